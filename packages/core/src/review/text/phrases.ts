import type { Word } from "./words.js";

/** A phrase to look for: its words in folded lower case, e.g. `["look", "forward"]`. */
export type Phrase = readonly string[];

/** Turns `"look forward"` into a phrase (words separated by single spaces, already folded). */
export function phrase(text: string): Phrase {
  return text.split(" ").filter(Boolean);
}

/** Index of each word where `pattern` starts within `words[from..to)`. */
export function findPhrase(words: readonly Word[], pattern: Phrase, from = 0, to = words.length): number[] {
  const hits: number[] = [];
  if (pattern.length === 0) return hits;
  for (let i = from; i + pattern.length <= to; i++) {
    let matched = true;
    for (let k = 0; k < pattern.length; k++) {
      // Words compare without a possessive: "Acme's" matches "acme", "it's" matches "it".
      if (words[i + k]!.fold !== pattern[k]) {
        matched = false;
        break;
      }
    }
    if (matched) hits.push(i);
  }
  return hits;
}

/** The first phrase of `patterns` found in `words[from..to)`, with where it starts. */
export function findAnyPhrase(
  words: readonly Word[],
  patterns: readonly Phrase[],
  from = 0,
  to = words.length,
): { phrase: Phrase; index: number } | null {
  for (const pattern of patterns) {
    const [index] = findPhrase(words, pattern, from, to);
    if (index !== undefined) return { phrase: pattern, index };
  }
  return null;
}
