import { en } from "../languages/en.js";
import type { LanguageRules } from "../languages/types.js";
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
  /** The rules of the language the draft is read in. */
  rules: LanguageRules;
  /** The position of the span `start`–`end`. */
  at(start: number, end: number): TextPosition;
}

const sentenceSegmenter = /* @__PURE__ */ new Intl.Segmenter("en", { granularity: "sentence" });

/** Reads `source` into words, sentences and lines, in English unless `rules` say otherwise. */
export function readDraft(source: string, rules: LanguageRules = en): DraftText {
  const starts = lineStarts(source);
  const plain = wordsOf(source, rules.elisions);
  const spans = sentenceSpans(source, plain, rules);
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
  return { source, words, sentences, lineStarts: starts, rules, at: (start, end) => positionOf(starts, start, end) };
}

function sentenceSpans(source: string, words: readonly Word[], rules: LanguageRules): { start: number; end: number }[] {
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
    mergeNext = last !== undefined && endsWithAbbreviation(source.slice(last.end, end), last, rules);
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
function endsWithAbbreviation(after: string, last: Word, rules: LanguageRules): boolean {
  if (after.trimEnd() !== ".") return false;
  return en.abbreviations.has(last.lower) || rules.abbreviations.has(last.fold) || /^\p{Lu}$/u.test(last.text);
}
