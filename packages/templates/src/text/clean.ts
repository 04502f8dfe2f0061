/**
 * Plain-text hygiene for values that go into a template: whitespace runs (including line breaks,
 * which would otherwise start a new block) become one space, the ends are trimmed, and a leading
 * bullet or number pasted from a list (`- `, `• `, `1. `) is dropped, since it would read as a list
 * mark in the template. An empty
 * result is `undefined`, so a mustache section over it drops its sentence.
 */
export function clean(value: string | undefined | null): string | undefined {
  if (typeof value !== "string") return undefined;
  // Most values need nothing done; only those with something to fold are rewritten.
  const flat = (NEEDS_FOLDING.test(value) ? value.replace(/\s+/gu, " ") : value)
    .trim()
    .replace(/^(?:[-*•#]+|\d+[.)])\s+/u, "");
  return flat === "" ? undefined : flat;
}

/** Whitespace that `\s+` → " " would change: a run of two, or any white space but the plain space. */
const NEEDS_FOLDING = /\s\s|[^\S ]/u;

/** `clean` for a list: cleaned items, empty ones left out. */
export function cleanList(values: readonly (string | undefined)[] | undefined): string[] {
  return (values ?? []).map(clean).filter((item): item is string => item !== undefined);
}

/** Dashes that set words apart: any em dash, and an en dash or hyphen not joining two words (`2019–2021`, `on-call`). */
const DASHES = /—|(?<![\p{L}\p{N}])[-–]+|[-–]+(?![\p{L}\p{N}])/gu;

/**
 * The text without a comma, semicolon or colon at its end, nor a dash left open there. A dash
 * that closes a pair ("the tool — and its tests —") stays, so the pair stays whole.
 */
function withoutTrailingMarks(text: string): string {
  let out = text.replace(/[\s,;:]+$/u, "");
  while (/[-–—]$/u.test(out) && (out.match(DASHES)?.length ?? 0) % 2 === 1) {
    out = out.replace(/[-–—]+$/u, "").replace(/[\s,;:]+$/u, "");
  }
  return out;
}

/** A sentence's closing mark, and any quotes or brackets that close after it. */
const ENDED = /[.!?…]["'”’»)\]]*$/u;

/**
 * The candidate's words made to stand as sentences of their own, changed only where a sentence
 * needs it: a first word written all in lower case gets a capital (`ran the test` becomes `Ran
 * the test`, while `iPhone` and `eBay` are left alone, as are quotes and brackets before it), and
 * the end gets exactly one closing mark. A comma, semicolon, colon or unpaired dash left at the
 * end is dropped rather than followed by a full stop, and a full stop typed after another mark (`!.`,
 * `..`) is dropped; an ellipsis stays. Nothing else is changed.
 *
 * @example
 * ```ts
 * asSentence("ran the A/B test that doubled sign-ups;");
 * //=> "Ran the A/B test that doubled sign-ups."
 * asSentence('"ship it," she said (twice)');
 * //=> '"Ship it," she said (twice).'
 * asSentence("iPhone sales doubled!");
 * //=> "iPhone sales doubled!"
 * ```
 */
export function asSentence(value: string | undefined): string | undefined {
  const text = clean(withoutTrailingMarks(clean(value) ?? ""));
  if (text === undefined) return undefined;
  const capital = text.replace(
    /^([^\p{L}\p{N}]*)(\p{Ll})(?=[\p{Ll}'’-]*(?:[^\p{L}'’-]|$))/u,
    (_all, before: string, letter: string) => before + letter.toLocaleUpperCase("en"),
  );
  if (!ENDED.test(capital)) return `${capital}.`;
  // An ellipsis is one mark; a full stop after another mark is one too many.
  return /\.\.\.$/u.test(capital) ? capital : capital.replace(/([.!?…])\.$/u, "$1");
}

/** A phrase that will sit inside a sentence or a list item: trailing full stops and semicolons removed. */
export function asPhrase(value: string | undefined): string | undefined {
  return clean(clean(value)?.replace(/[.;,:]+$/u, ""));
}

/** The first word of a name ("Dana" of "Dana Whitfield"), used for a warm greeting. */
export function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

/** Everything after the first word of a name ("Whitfield" of "Dana Whitfield"), or the name itself; for a greeting with a title. */
export function surname(name: string): string {
  const space = name.indexOf(" ");
  return space < 0 ? name : name.slice(space + 1);
}

/** `asPhrase` for a list: phrases, empty ones left out. */
export function phraseList(values: readonly (string | undefined)[] | undefined): string[] {
  return (values ?? []).map(asPhrase).filter((item): item is string => item !== undefined);
}
