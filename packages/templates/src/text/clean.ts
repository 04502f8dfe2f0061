/**
 * Plain-text hygiene for values that go into a template: whitespace runs (including line breaks,
 * which would otherwise start a new block) become one space, the ends are trimmed, and a leading
 * bullet or number pasted from a list (`- `, `• `, `1. `) is dropped, since it would read as a list
 * mark in the template. An empty
 * result is `undefined`, so a mustache section over it drops its sentence.
 */
export function clean(value: string | undefined | null): string | undefined {
  if (typeof value !== "string") return undefined;
  const flat = value
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^(?:[-*•#]+|\d+[.)])\s+/u, "");
  return flat === "" ? undefined : flat;
}

/** `clean` for a list: cleaned items, empty ones left out. */
export function cleanList(values: readonly (string | undefined)[] | undefined): string[] {
  return (values ?? []).map(clean).filter((item): item is string => item !== undefined);
}

/** A sentence as written by the candidate, with a capital first letter and closing punctuation. */
export function asSentence(value: string | undefined): string | undefined {
  const text = clean(value);
  if (text === undefined) return undefined;
  const capital = text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
  return /[.!?…]["'”’)]*$/u.test(capital) ? capital : `${capital}.`;
}

/** A phrase that will sit inside a sentence or a list item: trailing full stops and semicolons removed. */
export function asPhrase(value: string | undefined): string | undefined {
  return clean(clean(value)?.replace(/[.;,:]+$/u, ""));
}

/** The first word of a name ("Dana" of "Dana Whitfield"), used for a warm greeting. */
export function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

/** `asPhrase` for a list: phrases, empty ones left out. */
export function phraseList(values: readonly (string | undefined)[] | undefined): string[] {
  return (values ?? []).map(asPhrase).filter((item): item is string => item !== undefined);
}
