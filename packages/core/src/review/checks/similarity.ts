import type { NamedPerson, ReviewPerson } from "../subject.js";
import type { DraftText } from "../text/draft-text.js";
import { findSalutation } from "../text/salutation.js";
import { wordsOf } from "../text/words.js";

/**
 * Above this share of words in common, two letters to different people count as nearly
 * identical (inferred: our own threshold, no evidence id; a letter that changes only the
 * names and a phrase or two stays above it, one with a paragraph of its own falls below).
 */
export const IDENTICAL_LETTERS_THRESHOLD = 0.9;

/** A letter as compared: its text and whom it is for. */
export interface Letter {
  text: DraftText;
  recipient: ReviewPerson;
}

/** Two letters that say the same thing: their indexes and the share of words in common. */
export interface IdenticalPair {
  first: number;
  second: number;
  overlap: number;
}

/**
 * The words a letter is compared by: folded, without its greeting and without any word of a
 * person's name or a title ("Ms", "Frau", "Sra."), so that two letters differing only in whom
 * they address compare as equal.
 */
export function comparableWords(text: DraftText, people: readonly NamedPerson[]): string[] {
  const names = new Set<string>(text.rules.honorifics);
  for (const person of people) for (const word of wordsOf(person.name, text.rules.elisions)) names.add(word.fold);
  const salutation = findSalutation(text);
  return text.words
    .filter((word) => !salutation || word.index < salutation.firstWord || word.index >= salutation.endWord)
    .map((word) => word.fold)
    .filter((word) => !names.has(word));
}

/**
 * The share of words two lists have in common, counting repeats (the Dice coefficient of the
 * two multisets): 1 for the same words in any order, 0 for none in common or an empty list.
 */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Pairs of letters to different people whose words, names and greeting left out, overlap by
 * more than `threshold`. Letters to the same person are not compared.
 */
export function findIdenticalLetters(
  letters: readonly Letter[],
  people: readonly NamedPerson[],
  threshold = IDENTICAL_LETTERS_THRESHOLD,
): IdenticalPair[] {
  const words = letters.map((letter) => comparableWords(letter.text, people));
  const pairs: IdenticalPair[] = [];
  for (let first = 0; first < letters.length; first++) {
    for (let second = first + 1; second < letters.length; second++) {
      const a = letters[first]!.recipient.name?.trim().toLowerCase();
      const b = letters[second]!.recipient.name?.trim().toLowerCase();
      if (a && b && a === b) continue;
      const overlap = wordOverlap(words[first]!, words[second]!);
      if (overlap > threshold) pairs.push({ first, second, overlap });
    }
  }
  return pairs;
}
