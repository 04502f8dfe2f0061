import { foldedSet } from "./build.js";

/*
 * The function words that vote for each language as a draft's language is detected (detect.ts):
 * the short words every sentence needs (articles, pronouns, prepositions), which say more about a
 * language than its nouns and are too few to be names. Each list keeps only words that belong to
 * one of the four languages: "la", "de", "que", "en", "un" (French and Spanish), "me" (English and
 * Spanish), "es" and "was" (German and another) vote for no one. English's votes are in every
 * build; the others come with their language (`isFunctionWord` of `de`, `fr`, `es` in
 * `@afterview/core/languages`).
 */

export const ENGLISH_FUNCTION_WORDS = /* @__PURE__ */ foldedSet(
  "the and you your i to of for with my this that is it have be are would our we about at thank from",
);

const GERMAN_FUNCTION_WORDS = /* @__PURE__ */ foldedSet(
  "und ich sie ihnen ihr ihre ihrem ihren der das den dem mit für nicht ein eine einen einem ist bin zu zum zur auf mich mir wir auch sehr über dass im bei von habe haben wie noch",
);

const FRENCH_FUNCTION_WORDS = /* @__PURE__ */ foldedSet(
  "je vous votre vos et pour avec qui est suis une dans mon ma mes pas au aux sur nous du ce cette mais très",
);

/** French elided particles (`j'ai`, `l'équipe`, `qu'il`), each a vote for French. */
const FRENCH_ELISION = /^(j|l|d|qu|n|c|m|s)'\p{L}/u;

const SPANISH_FUNCTION_WORDS = /* @__PURE__ */ foldedSet(
  "y el los las del con por para mi su una muy usted estoy al sus lo gracias mucho",
);

/** True when a folded word votes for German. */
export function isGermanFunctionWord(word: string): boolean {
  return GERMAN_FUNCTION_WORDS.has(word);
}

/** True when a folded word votes for French, elided particles included (`j'ai`). */
export function isFrenchFunctionWord(word: string): boolean {
  return FRENCH_FUNCTION_WORDS.has(word) || FRENCH_ELISION.test(word);
}

/** True when a folded word votes for Spanish. */
export function isSpanishFunctionWord(word: string): boolean {
  return SPANISH_FUNCTION_WORDS.has(word);
}
