/**
 * The width of a string at the size being laid out, in points. The line breaker also passes the
 * pieces a line was built from (`pieces.join("") === text`), each ending where a line may break,
 * so that a measure can add up the widths of words it has measured before instead of measuring
 * every longer candidate line in full.
 */
export type Measure = (text: string, pieces?: readonly string[]) => number;

// Spaces a line may break at (not the no-break spaces U+00A0, U+2007, U+202F).
const BREAKING_SPACE = /[\p{Zs}]/u;
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/;
// Dashes and slashes a word may break after when letters or digits stand on both sides.
const BREAK_AFTER = new Set(["-", "\u2010", "\u2013", "\u2014", "/"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Chinese, Japanese and Korean ideographs and kana may break between any two.
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// ...except before closing punctuation or after opening punctuation.
const NO_BREAK_BEFORE = /[\p{Pe}\p{Pf}\p{Po}]/u;
const NO_BREAK_AFTER = /[\p{Ps}\p{Pi}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Wraps text to lines no wider than `width`: `\n` is a hard break; lines break after spaces,
 * after a dash or slash inside a word (`follow-up`, `and/or`), and between CJK characters. A word
 * wider than the whole line is broken between characters (never inside a base letter and its
 * accents). Spaces at a break are dropped.
 *
 * @example
 * ```ts
 * wrapText("Thank you for your time today", 60, (s) => s.length * 5);
 * //=> ["Thank you", "for your", "time today"]
 * ```
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  return text.split("\n").flatMap((line) => wrapLine(line, width, measure));
}

function wrapLine(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  // The segments `line` is made of, so that the measure can add up their widths.
  let parts: string[] = [];
  let lineWidth = 0;
  for (const segment of segments(text)) {
    const visible = segment.trimEnd();
    const fits = lineWidth + measure(visible) <= width;
    if (fits || line === "") {
      if (!fits) {
        // A word wider than the line: break it between characters.
        const pieces = splitByWidth(segment, width, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? "";
        parts = [line];
      } else {
        line += segment;
        parts.push(segment);
      }
      lineWidth = measure(line, parts);
      continue;
    }
    lines.push(line.trimEnd());
    line = "";
    lineWidth = 0;
    const fitsAlone = measure(visible) <= width;
    const pieces = fitsAlone ? [segment] : splitByWidth(segment, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? "";
    parts = [line];
    lineWidth = measure(line);
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Pieces of `text`, each ending where a line may break (trailing spaces kept on the piece before). */
function segments(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    current += c;
    if (next !== undefined && breaksAfter(chars[i - 1], c, next)) {
      out.push(current);
      current = "";
    }
  }
  if (current !== "") out.push(current);
  return out;
}

function breaksAfter(previous: string | undefined, c: string, next: string): boolean {
  const isSpace = (s: string) => BREAKING_SPACE.test(s) && !NO_BREAK_SPACE.test(s);
  if (isSpace(next)) return false;
  if (isSpace(c)) return true;
  if (BREAK_AFTER.has(c)) return previous !== undefined && WORD_CHAR.test(previous) && WORD_CHAR.test(next);
  if (IDEOGRAPH.test(c) && !NO_BREAK_BEFORE.test(next)) return true;
  return IDEOGRAPH.test(next) && !NO_BREAK_AFTER.test(c) && !NO_BREAK_BEFORE.test(next);
}

/** Breaks text that is too wide between grapheme clusters; the last piece may be short. */
function splitByWidth(text: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const { segment } of graphemes.segment(text)) {
    if (piece !== "" && measure((piece + segment).trimEnd()) > width) {
      pieces.push(piece);
      piece = segment.trimStart();
    } else piece += segment;
  }
  pieces.push(piece);
  return pieces;
}
