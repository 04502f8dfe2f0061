import type { DraftText } from "./draft-text.js";
import { findPhrase } from "./phrases.js";

/** The greeting of a draft ("Dear Ms. Whitfield,"): its span and the words in it. */
export interface Salutation {
  start: number;
  end: number;
  /** Index of the greeting word ("Dear"). */
  firstWord: number;
  /** Index after the last word of the greeting. */
  endWord: number;
}

/** The longest greeting looked for, in words. */
const MAX_WORDS = 12;

/**
 * Finds the greeting: the first line that opens with a greeting word of the draft's language
 * ("Dear", "Hi", "Sehr geehrte", "Bonjour", "Estimada") or a greeting that names no one ("To
 * whom it may concern", "A quien corresponda"), up to the first comma, colon, dash or line end;
 * or else a short first line ending in a comma ("Dana,"). Lines before it (an address block, a
 * date) are skipped.
 */
export function findSalutation(text: DraftText): Salutation | null {
  const { words, source, rules } = text;
  let lineSeen = -1;
  for (const word of words) {
    if (word.line === lineSeen) continue;
    lineSeen = word.line;
    if (rules.greetings.has(word.fold)) return span(text, word.index);
    const opener = rules.genericOpeners.find(
      (phrase) => findPhrase(words, phrase, word.index, Math.min(words.length, word.index + phrase.length)).length > 0,
    );
    if (opener) return span(text, word.index, word.index + opener.length);
  }
  const first = words[0];
  if (!first) return null;
  const lineEnd = text.lineStarts[first.line + 1] ?? source.length;
  const line = source.slice(first.start, lineEnd).trimEnd();
  const count = words.filter((word) => word.line === first.line).length;
  if (count <= 4 && (line.endsWith(",") || line.endsWith(":"))) return span(text, 0);
  return null;
}

function span(text: DraftText, firstWord: number, atLeast = firstWord + 1): Salutation {
  const { words, source, rules } = text;
  const start = words[firstWord]!.start;
  let endWord = atLeast;
  while (endWord < words.length && endWord - firstWord < MAX_WORDS) {
    const gap = source.slice(words[endWord - 1]!.end, words[endWord]!.start);
    if (endWord === firstWord + 1 && rules.greetingComma && /^,[ \t]*$/.test(gap)) {
      endWord++;
      continue;
    }
    if (/[,:;!?—–\r\n]|\s-\s/.test(gap)) break;
    if (gap.includes(".") && !rules.honorifics.has(words[endWord - 1]!.fold)) break;
    endWord++;
  }
  return { start, end: words[endWord - 1]!.end, firstWord, endWord };
}
