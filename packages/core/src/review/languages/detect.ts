import { wordsOf } from "../text/words.js";
import { foldedSet } from "./build.js";
import type { ReviewLanguage } from "./types.js";

/*
 * Which language a draft is written in, by a vote of function words: the short words every
 * sentence needs (articles, pronouns, prepositions), which say more about a language than its
 * nouns and are too few to be names. Each list keeps only words that belong to one of the four
 * languages: "la", "de", "que", "en", "un" (French and Spanish), "me" (English and Spanish),
 * "es" and "was" (German and another) vote for no one.
 */

/** The function words that vote for each language, folded. */
export const FUNCTION_WORDS: Readonly<Record<ReviewLanguage, ReadonlySet<string>>> = {
  en: /* @__PURE__ */ foldedSet(
    "the and you your i to of for with my this that is it have be are would our we about at thank from",
  ),
  de: /* @__PURE__ */ foldedSet(
    "und ich sie ihnen ihr ihre ihrem ihren der das den dem mit für nicht ein eine einen einem ist bin zu zum zur auf mich mir wir auch sehr über dass im bei von habe haben wie noch",
  ),
  fr: /* @__PURE__ */ foldedSet(
    "je vous votre vos et pour avec qui est suis une dans mon ma mes pas au aux sur nous du ce cette mais très",
  ),
  es: /* @__PURE__ */ foldedSet("y el los las del con por para mi su una muy usted estoy al sus lo gracias mucho"),
};

/** French elided particles (`j'ai`, `l'équipe`, `qu'il`), each a vote for French. */
const FRENCH_ELISION = /^(j|l|d|qu|n|c|m|s)'\p{L}/u;

/** The fewest votes a language other than English needs to be chosen. */
export const MIN_VOTES = 4;

/**
 * The language of a draft among English, German, French and Spanish, by counting its function
 * words. A language other than English is chosen when it has at least {@link MIN_VOTES} votes
 * and more than any other; a tie, a short draft or a draft in another language reads as English.
 *
 * @example
 * ```ts
 * detectLanguage("Vielen Dank für das freundliche Gespräch und die Zeit, die Sie sich genommen haben.");
 * //=> "de"
 * detectLanguage("Merci !");
 * //=> "en"
 * ```
 */
export function detectLanguage(text: string): ReviewLanguage {
  const votes: Record<ReviewLanguage, number> = { en: 0, de: 0, fr: 0, es: 0 };
  for (const { fold: word } of wordsOf(text)) {
    for (const language of ["en", "de", "fr", "es"] as const) {
      if (FUNCTION_WORDS[language].has(word)) votes[language]++;
    }
    if (FRENCH_ELISION.test(word)) votes.fr++;
  }
  let best: ReviewLanguage = "en";
  for (const language of ["de", "fr", "es"] as const) {
    if (votes[language] > votes[best]) best = language;
  }
  if (best === "en") return "en";
  const beaten = (["en", "de", "fr", "es"] as const).every((other) => other === best || votes[other] < votes[best]);
  return beaten && votes[best] >= MIN_VOTES ? best : "en";
}
