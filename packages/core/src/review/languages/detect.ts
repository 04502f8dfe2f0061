import { availableLanguages } from "../../languages/available.js";
import type { DraftLanguage } from "../../languages/types.js";
import { wordsOf } from "../text/words.js";
import { ENGLISH_FUNCTION_WORDS } from "./function-words.js";

/** The fewest votes a language other than English needs to be chosen. */
export const MIN_VOTES = 4;

/**
 * The language of a draft among English and `languages` (those this build reads: in the Node build
 * German, French and Spanish), by a vote of its function words (function-words.ts). A language
 * other than English is chosen when it has at least {@link MIN_VOTES} votes and more than any
 * other; a tie, a short draft or a draft in another language reads as English (`undefined`).
 *
 * @example
 * ```ts
 * detectLanguage("Vielen Dank für das freundliche Gespräch und die Zeit, die Sie sich genommen haben.")?.tag;
 * //=> "de"
 * detectLanguage("Merci !");
 * //=> undefined
 * ```
 */
export function detectLanguage(
  text: string,
  languages: readonly DraftLanguage[] = availableLanguages(),
): DraftLanguage | undefined {
  let english = 0;
  const votes = languages.map(() => 0);
  for (const { fold: word } of wordsOf(text)) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    languages.forEach((language, i) => {
      if (language.review.isFunctionWord(word)) votes[i]!++;
    });
  }
  const most = Math.max(english, ...votes);
  const winners = votes.flatMap((count, i) => (count === most ? [i] : []));
  if (most < MIN_VOTES || english === most || winners.length !== 1) return undefined;
  return languages[winners[0]!];
}
