import type { DraftText } from "./draft-text.js";

/** The greeting of a draft ("Dear Ms. Whitfield,"): its span and the words in it. */
export interface Salutation {
  start: number;
  end: number;
  /** Index of the greeting word ("Dear"). */
  firstWord: number;
  /** Index after the last word of the greeting. */
  endWord: number;
}

/** Words that open a greeting. */
const GREETINGS = /* @__PURE__ */ new Set(["dear", "dearest", "hi", "hello", "hey", "greetings", "good"]);

/** Titles written with a full stop that does not end the greeting ("Dear Ms. Whitfield"). */
export const HONORIFICS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "madam",
]);

/** The longest greeting looked for, in words. */
const MAX_WORDS = 12;

/**
 * Finds the greeting: the first line that opens with a greeting word ("Dear", "Hi", "Hello",
 * "Good morning"), up to the first comma, colon, dash or line end; or else a short first line
 * ending in a comma ("Dana,"). Lines before it (an address block, a date) are skipped.
 */
export function findSalutation(text: DraftText): Salutation | null {
  const { words, source } = text;
  let lineSeen = -1;
  for (const word of words) {
    if (word.line === lineSeen) continue;
    lineSeen = word.line;
    if (GREETINGS.has(word.fold)) return span(text, word.index);
  }
  const first = words[0];
  if (!first) return null;
  const lineEnd = text.lineStarts[first.line + 1] ?? source.length;
  const line = source.slice(first.start, lineEnd).trimEnd();
  const count = words.filter((word) => word.line === first.line).length;
  if (count <= 4 && (line.endsWith(",") || line.endsWith(":"))) return span(text, 0);
  return null;
}

function span(text: DraftText, firstWord: number): Salutation {
  const { words, source } = text;
  const start = words[firstWord]!.start;
  let endWord = firstWord + 1;
  while (endWord < words.length && endWord - firstWord < MAX_WORDS) {
    const gap = source.slice(words[endWord - 1]!.end, words[endWord]!.start);
    if (/[,:;!?—–\r\n]|\s-\s/.test(gap)) break;
    if (gap.includes(".") && !HONORIFICS.has(words[endWord - 1]!.fold)) break;
    endWord++;
  }
  return { start, end: words[endWord - 1]!.end, firstWord, endWord };
}
