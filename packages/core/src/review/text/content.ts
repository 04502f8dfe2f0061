import { sameStem, stem } from "./stem.js";
import { isContentWord } from "./stop-words.js";
import { type Word, wordsOf } from "./words.js";

/** The distinct stems of the content words of `text` (`"Led the migration"` → `["led", "migrat"]`). */
export function contentStems(text: string | readonly Word[]): string[] {
  const words = typeof text === "string" ? wordsOf(text) : text;
  const stems = new Set<string>();
  for (const word of words) if (isContentWord(word.fold)) stems.add(stem(word.fold));
  return [...stems];
}

/** How many of `wanted` have a matching stem in `present`. */
export function countPresent(wanted: readonly string[], present: ReadonlySet<string>): number {
  let count = 0;
  for (const item of wanted) {
    if (present.has(item)) count++;
    else {
      for (const candidate of present) {
        if (sameStem(item, candidate)) {
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
export function isMentioned(stems: readonly string[], present: ReadonlySet<string>, share = 1 / 3): boolean {
  if (stems.length === 0) return false;
  const needed = stems.length <= 2 ? stems.length : Math.max(2, Math.ceil(stems.length * share));
  return countPresent(stems, present) >= needed;
}
