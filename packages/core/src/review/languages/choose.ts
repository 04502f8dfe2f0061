import { german } from "./de.js";
import { detectLanguage } from "./detect.js";
import { en } from "./en.js";
import { spanish } from "./es.js";
import { french } from "./fr.js";
import { type LanguageRules, REVIEW_LANGUAGES, type ReviewLanguage } from "./types.js";

/*
 * The languages the review reads, and how it picks one for a draft: the context's `language`,
 * else the interview's `language` when the review reads it, else a vote of the draft's function
 * words (detect.ts).
 */

const built: Partial<Record<ReviewLanguage, LanguageRules>> = { en };
const builders: Readonly<Record<Exclude<ReviewLanguage, "en">, () => LanguageRules>> = {
  de: german,
  fr: french,
  es: spanish,
};

/** The rules for a language, built on first use. */
export function rulesFor(language: ReviewLanguage): LanguageRules {
  if (language === "en") return en;
  built[language] ??= builders[language]();
  return built[language];
}

/** The language of a BCP 47 tag (`"de-CH"` → `"de"`) when the review reads it; otherwise undefined. */
export function reviewLanguageOf(tag: string | undefined): ReviewLanguage | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return REVIEW_LANGUAGES.find((language) => language === primary);
}

/**
 * The language to review `draft` in: `explicit` (already checked), else the interview's tag when
 * the review reads that language, else the one the draft's function words vote for.
 */
export function chooseLanguage(
  draft: string,
  explicit: ReviewLanguage | undefined,
  interviewLanguage: string | undefined,
): ReviewLanguage {
  return explicit ?? reviewLanguageOf(interviewLanguage) ?? detectLanguage(draft);
}
