import { foldKey, lowerKey, withoutPossessive } from "./fold.js";

/** One word of a text, found by `Intl.Segmenter`, with its place in the text and its comparison keys. */
export interface Word {
  /** Position in the list of words. */
  index: number;
  /** The word as written, e.g. `"Dana’s"`. */
  text: string;
  /** The word without a trailing possessive, e.g. `"Dana"`. */
  bare: string;
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset after the word as written. */
  end: number;
  /** UTF-16 offset after the bare word. */
  bareEnd: number;
  /** `bare` in lower case, accents kept. */
  lower: string;
  /** `bare` in lower case, accents removed. */
  fold: string;
}

const wordSegmenter = /* @__PURE__ */ new Intl.Segmenter("en", { granularity: "word" });

/**
 * The words of `text`, in order. A word holds at least one letter or digit, so runs of
 * underscores or punctuation are not words; `"don’t"` and `"O’Brien"` are one word each.
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike || !/[\p{L}\p{N}]/u.test(segment.segment)) continue;
    const bare = withoutPossessive(segment.segment) || segment.segment;
    words.push({
      index: words.length,
      text: segment.segment,
      bare,
      start: segment.index,
      end: segment.index + segment.segment.length,
      bareEnd: segment.index + bare.length,
      lower: lowerKey(bare),
      fold: foldKey(bare),
    });
  }
  return words;
}

/** The folded keys of the words of `text` (`"José García-López"` → `["jose", "garcia", "lopez"]`). */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map((word) => word.fold);
}
