import { en } from "../languages/en.js";
import type { LanguageRules } from "../languages/types.js";
import type { Word } from "./words.js";
import { wordsOf } from "./words.js";

/**
 * The distinct stems of the content words of `text` (`"Led the migration"` → `["led", "migrat"]`),
 * with the stop words and stemmer of `rules` (English unless told).
 */
export function contentStems(text: string | readonly Word[], rules: LanguageRules = en): string[] {
  const words = typeof text === "string" ? wordsOf(text, rules.elisions) : text;
  const stems = new Set<string>();
  for (const word of words) {
    if (word.fold.length > 1 && !rules.stopWords.has(word.fold)) stems.add(rules.stem(word.fold));
  }
  return [...stems];
}

/** How many of `wanted` have a matching stem in `present`. */
export function countPresent(
  wanted: readonly string[],
  present: ReadonlySet<string>,
  rules: LanguageRules = en,
): number {
  let count = 0;
  for (const item of wanted) {
    if (present.has(item)) count++;
    else {
      for (const candidate of present) {
        if (rules.sameStem(item, candidate)) {
          count++;
          break;
        }
      }
    }
  }
  return count;
}

/**
 * True when a note's content shows up in a draft: all of its stems when it has one or two,
 * otherwise `share` of them (a third unless told) and at least two. A paraphrase passes; one
 * shared word does not.
 */
export function isMentioned(
  stems: readonly string[],
  present: ReadonlySet<string>,
  share = 1 / 3,
  rules: LanguageRules = en,
): boolean {
  if (stems.length === 0) return false;
  const needed = stems.length <= 2 ? stems.length : Math.max(2, Math.ceil(stems.length * share));
  return countPresent(stems, present, rules) >= needed;
}
