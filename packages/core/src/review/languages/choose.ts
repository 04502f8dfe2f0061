import type { ValidationIssue } from "../../errors/afterview-error.js";
import {
  availableLanguage,
  availableLanguages,
  LANGUAGE_NAMES,
  notRegistered,
  primaryLanguage,
} from "../../languages/available.js";
import { builtInLanguages } from "../../languages/built-in.js";
import type { DraftLanguage, ReadingLanguage } from "../../languages/types.js";
import { detectLanguage } from "./detect.js";
import { en } from "./en.js";
import { type LanguageRules, REVIEW_LANGUAGES } from "./types.js";

/*
 * The rules the review reads a draft with: the language the context or the interview asks for,
 * else the one the draft's function words vote for. English is always there; German, French and
 * Spanish are built in to the Node build and registered by the app in the browser build.
 */

const built: WeakMap<DraftLanguage, LanguageRules> = /* @__PURE__ */ new WeakMap();

/** A language's review rules, built on first use. */
export function rulesOf(language: DraftLanguage): LanguageRules {
  let rules = built.get(language);
  if (rules === undefined) {
    rules = language.review.build();
    built.set(language, rules);
  }
  return rules;
}

/**
 * The rules a field's BCP 47 tag asks for: English for `en-*`, a registered or built-in language's
 * for `de`, `fr` and `es`. `undefined` for a tag the review does not read: with `strict` (the
 * context's own `language`) that is an `unsupported-language` issue; without (the interview's
 * `language`), the draft's words decide. Pushes `language-not-registered` to `issues` when the
 * language is one the build reads only once the app registers it.
 *
 * @param tag A well-formed BCP 47 tag (already checked).
 * @param builtIn The build's built-in languages (the browser build has none).
 */
export function askedRules(
  tag: string,
  path: string,
  strict: boolean,
  issues: ValidationIssue[],
  builtIn: readonly ReadingLanguage[] = builtInLanguages,
): LanguageRules | undefined {
  const primary = primaryLanguage(tag) ?? "";
  if (primary === "en") return en;
  const language = availableLanguage(primary, builtIn);
  if (language?.review) return rulesOf(language as DraftLanguage);
  if (LANGUAGE_NAMES[primary] !== undefined) issues.push(notRegistered(path, tag, primary, "drafts"));
  else if (strict) {
    issues.push({
      path,
      code: "unsupported-language",
      message: `the review reads ${REVIEW_LANGUAGES.map((t) => `"${t}"`).join(", ")}, not ${JSON.stringify(tag)}: leave \`language\` out to detect the draft's language`,
    });
  }
  return undefined;
}

/**
 * The rules to read `draft` with: `asked` (from the context or the interview), else those of the
 * language its function words vote for among English and the languages this build reads (in the
 * browser build, those the app registered: an unregistered language reads as English).
 */
export function chooseRules(
  draft: string,
  asked: LanguageRules | undefined,
  builtIn: readonly ReadingLanguage[] = builtInLanguages,
): LanguageRules {
  if (asked) return asked;
  const detected = detectLanguage(draft, availableLanguages(builtIn));
  return detected ? rulesOf(detected) : en;
}
