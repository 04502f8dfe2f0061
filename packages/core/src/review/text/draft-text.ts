import { lineIndexAt, lineStarts, positionOf, type TextPosition } from "./lines.js";
import { type Word, wordsOf } from "./words.js";

/** A word of the draft, with the line and sentence it belongs to. */
export interface DraftWord extends Word {
  /** 0-based line. */
  line: number;
  /** 0-based sentence. */
  sentence: number;
}

/** A sentence of the draft: a span of words. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of its first word. */
  firstWord: number;
  /** Index after its last word. */
  endWord: number;
}

/** A draft read once, shared by every check: its words, sentences and line index. */
export interface DraftText {
  source: string;
  words: DraftWord[];
  sentences: Sentence[];
  lineStarts: number[];
  /** The position of the span `start`–`end`. */
  at(start: number, end: number): TextPosition;
}

const sentenceSegmenter = /* @__PURE__ */ new Intl.Segmenter("en", { granularity: "sentence" });

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "e.g",
  "i.e",
]);

/** Reads `source` into words, sentences and lines. */
export function readDraft(source: string): DraftText {
  const starts = lineStarts(source);
  const plain = wordsOf(source);
  const spans = sentenceSpans(source, plain);
  const words: DraftWord[] = [];
  let sentence = 0;
  for (const word of plain) {
    while (sentence < spans.length - 1 && word.start >= spans[sentence]!.end) sentence++;
    words.push({ ...word, line: lineIndexAt(starts, word.start), sentence });
  }
  const sentences: Sentence[] = [];
  let next = 0;
  spans.forEach((span, index) => {
    const firstWord = next;
    while (next < words.length && words[next]!.sentence === index) next++;
    sentences.push({ ...span, firstWord, endWord: next });
  });
  return { source, words, sentences, lineStarts: starts, at: (start, end) => positionOf(starts, start, end) };
}

function sentenceSpans(source: string, words: readonly Word[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let wordIndex = 0;
  let mergeNext = false;
  for (const segment of sentenceSegmenter.segment(unwrapLines(source))) {
    const start = segment.index;
    const end = start + segment.segment.length;
    let last: Word | undefined;
    while (wordIndex < words.length && words[wordIndex]!.start < end) last = words[wordIndex++];
    const previous = spans.at(-1);
    if (mergeNext && previous) previous.end = end;
    else spans.push({ start, end });
    mergeNext = last !== undefined && endsWithAbbreviation(source.slice(last.end, end), last);
  }
  if (spans.length === 0) spans.push({ start: 0, end: source.length });
  return spans;
}

/**
 * The text with each single line break turned into a space (same length, so offsets still match):
 * Unicode sentence rules end a sentence at every line break, but a draft wrapped at 72 columns
 * breaks lines mid-sentence ("Senior\nData Engineer"). A blank line still ends a paragraph, and
 * with it the sentence.
 */
function unwrapLines(source: string): string {
  return source.replace(/\r\n|\r|\n/g, (brk, offset: number) => {
    const next = source.slice(offset + brk.length).match(/^[ \t]*(\r\n|\r|\n)?/)?.[1];
    const before = source.slice(0, offset).match(/(\r\n|\r|\n)[ \t]*$/);
    return next || before ? brk : " ".repeat(brk.length);
  });
}

/** True when a sentence piece ends in "Ms." or an initial ("J."), which rarely end a sentence. */
function endsWithAbbreviation(after: string, last: Word): boolean {
  if (after.trimEnd() !== ".") return false;
  return ABBREVIATIONS.has(last.lower) || /^\p{Lu}$/u.test(last.text);
}
