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
 *
 * With `elisions` (French `l`, `d`, `qu`...), a particle joined to the next word by an
 * apostrophe is a word of its own, apostrophe included: `"d’Acme"` is `"d’"` and `"Acme"`.
 */
export function wordsOf(text: string, elisions: ReadonlySet<string> = NO_ELISIONS): Word[] {
  const words: Word[] = [];
  for (const segment of wordSegmenter.segment(text)) {
    if (!segment.isWordLike || !/[\p{L}\p{N}]/u.test(segment.segment)) continue;
    let piece = segment.segment;
    let start = segment.index;
    if (elisions.size > 0) {
      for (let match = ELIDED.exec(piece); match; match = ELIDED.exec(piece)) {
        if (!elisions.has(foldKey(match[1]!))) break;
        const particle = match[0];
        words.push(wordAt(words.length, particle, particle, start));
        piece = piece.slice(particle.length);
        start += particle.length;
      }
    }
    words.push(wordAt(words.length, piece, withoutPossessive(piece) || piece, start));
  }
  return words;
}

const NO_ELISIONS: ReadonlySet<string> = /* @__PURE__ */ new Set();

/** A particle and its apostrophe at the start of a word, followed by a letter: `l’` of `l’équipe`. */
const ELIDED = /^(\p{L}{1,7})['’](?=\p{L})/u;

function wordAt(index: number, text: string, bare: string, start: number): Word {
  return {
    index,
    text,
    bare,
    start,
    end: start + text.length,
    bareEnd: start + bare.length,
    lower: lowerKey(bare),
    fold: foldKey(bare),
  };
}

/** The folded keys of the words of `text` (`"José García-López"` → `["jose", "garcia", "lopez"]`). */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map((word) => word.fold);
}
