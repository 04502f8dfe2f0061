import type { ValidationIssue } from "../errors/afterview-error.js";
import { builtInLanguages } from "./built-in.js";
import { registeredLanguages } from "./registry.js";
import type { DraftLanguage, ReadingLanguage } from "./types.js";

/** The languages other than English that core has rules for, by primary subtag. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { de: "German", fr: "French", es: "Spanish" };

/** The primary language subtag of a well-formed BCP 47 tag (`"de-AT"` → `"de"`); `undefined` when malformed. */
export function primaryLanguage(tag: string): string | undefined {
  if (tag.trim() !== tag || tag === "") return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical?.split("-")[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The registered or built-in language of a primary subtag (`"de"`); `undefined` for English, for
 * languages core has no rules for, and for one this build carries only once the app registers it.
 *
 * @param builtIn The build's built-in languages (the browser build has none).
 */
export function availableLanguage(
  primary: string,
  builtIn: readonly ReadingLanguage[] = builtInLanguages,
): ReadingLanguage | undefined {
  return registeredLanguages.get(primary) ?? builtIn.find((language) => language.tag === primary);
}

/**
 * Every language whose drafts this build reads besides English: the registered ones, then the
 * built-in ones not registered over. English drafts are read in every build, outside this list; a
 * registered `en` brings only its timelines.
 */
export function availableLanguages(builtIn: readonly ReadingLanguage[] = builtInLanguages): DraftLanguage[] {
  const registered = [...registeredLanguages.values()];
  return [...registered, ...builtIn.filter((language) => !registeredLanguages.has(language.tag))].filter(
    (language): language is DraftLanguage => language.review !== undefined,
  );
}

/**
 * The issue for a field that asks for German, French or Spanish (or holds English words to read
 * into dates) in a build where the app has not registered the language (`language-not-registered`), with the lines to add. `what` says what was to be read.
 */
export function notRegistered(
  path: string,
  tag: string,
  primary: string,
  what: "timelines" | "drafts",
): ValidationIssue {
  const name = LANGUAGE_NAMES[primary] ?? (primary === "en" ? "English" : primary);
  // English is never asked for by a tag: it is what the words are read in when no other language is.
  const asked = primary === "en" ? "" : `asks for ${name} ("${tag}"), but `;
  return {
    path,
    code: "language-not-registered",
    message:
      `${asked}this build reads ${name} ${what} only once the app registers the language:\n` +
      `  import { ${primary}, registerLanguage } from "@afterview/core/languages";\n` +
      `  registerLanguage(${primary});`,
  };
}
