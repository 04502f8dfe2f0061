import { AfterviewError } from "@afterview/core";
import type { Font } from "fontkit";
import { type Shaped, shape } from "./advance.js";
import { boundaryAdvance, piecesShapeApart, scriptless } from "./shaping-boundary.js";
import { UnsupportedCharacterError } from "./unsupported-character.js";

/** A run of text drawn in one font of a {@link FontStack}. */
export interface FontRun {
  /** Index of the font in the stack. */
  font: number;
  text: string;
}

const MARK_OR_SPACE = /[\p{M}\p{Zs}]/u;

/**
 * The error for text a font has glyphs for but cannot lay out: fontkit throws a TypeError on a few
 * mark-over-base pairs in some fonts (a null anchor, e.g. "ɉ\u0301" in DejaVu Serif), when
 * measuring or when pdf-lib draws. Anything already an AfterviewError passes through.
 */
export function layoutError(text: string, error: unknown): AfterviewError {
  if (error instanceof AfterviewError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new AfterviewError(
    "unsupported-character",
    `The font cannot lay out ${JSON.stringify(text.slice(0, 80))} (fontkit: ${reason.slice(0, 120)}); pass another font in options.fonts.`,
    { cause: error },
  );
}
/** Characters a word may end with that shaping may stop at (see `boundaryAdvance`). */
const BOUNDARY_END = /[ \-/\u2010\u2013\u2014]/;

/**
 * An ordered list of fonts where each character is drawn by the first font that has a glyph for
 * it. Combining marks and spaces stay in the font of the run they are in when that font has them,
 * so a mark is positioned by the same font as its base letter.
 */
export class FontStack {
  readonly fonts: readonly Font[];
  private readonly widths = new Map<string, number>();
  /** Texts drawn in one font: the font's index and the text's shaping; `null` for texts that need several fonts. */
  private readonly single = new Map<string, { font: number; shaped: Shaped } | null>();
  /** Advances of pieces shaped as another script than their own (the line's), by script and text. */
  private readonly asScript = new Map<string, Shaped>();

  constructor(fonts: readonly Font[]) {
    this.fonts = fonts;
  }

  /** The index of the first font with a glyph for `codePoint`, or -1 when none has one. */
  fontFor(codePoint: number): number {
    return this.fonts.findIndex((font) => font.hasGlyphForCodePoint(codePoint));
  }

  /**
   * Throws when a character of `text` has no glyph in any font: a blank in a printed letter is
   * never acceptable.
   *
   * @param path the field the text came from, named in the error (e.g. `to.lines[0]`).
   * @throws UnsupportedCharacterError (code `unsupported-character`), naming the character, its code point and the field.
   */
  assertCovered(text: string, path: string): void {
    for (const character of text) {
      if (character === "\n") continue;
      const codePoint = character.codePointAt(0)!;
      if (this.fontFor(codePoint) >= 0) continue;
      throw new UnsupportedCharacterError(character, path);
    }
  }

  /** Splits text (already checked with {@link assertCovered}) into runs of one font each. */
  runs(text: string): FontRun[] {
    const runs: FontRun[] = [];
    let current: FontRun | undefined;
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      const stays =
        current !== undefined &&
        MARK_OR_SPACE.test(character) &&
        this.fonts[current.font]!.hasGlyphForCodePoint(codePoint);
      const font = stays ? current!.font : this.fontFor(codePoint);
      if (current && current.font === font) current.text += character;
      else {
        current = { font, text: character };
        runs.push(current);
      }
    }
    return runs;
  }

  /**
   * The advance width of `text` at `size` points, as pdf-lib draws it (glyph advances, no kerning).
   *
   * @param pieces optionally, `text` split into pieces (`pieces.join("") === text`), e.g. the words
   *   of a line: where shaping provably cannot reach from one piece into the next, the width is
   *   the sum of the pieces' widths (each piece shaped once, and remembered), which is the same
   *   number as shaping the whole text, found with less work.
   */
  width(text: string, size: number, pieces?: readonly string[]): number {
    let units = this.widths.get(text);
    if (units === undefined) {
      try {
        units = (pieces && pieces.length > 1 ? this.piecesUnits(pieces) : undefined) ?? this.units(text);
      } catch (error) {
        throw layoutError(text, error);
      }
      this.widths.set(text, units);
    }
    return units * size;
  }

  /** Advance width in ems: each run's glyph advances over its font's units per em. */
  private units(text: string): number {
    const one = this.singleFont(text);
    if (one) return one.shaped.advance / this.fonts[one.font]!.unitsPerEm;
    let units = 0;
    for (const run of this.runs(text)) {
      const font = this.fonts[run.font]!;
      units += shape(font, run.text).advance / font.unitsPerEm;
    }
    return units;
  }

  /**
   * The width in ems of the pieces joined, as their sum, when all are in one font and shape apart
   * (see `piecesShapeApart`); `undefined` otherwise. In one font, `units` of the joined text is
   * its integer advance over units per em, so summing integer advances gives the very same number.
   */
  private piecesUnits(pieces: readonly string[]): number | undefined {
    const shaped: Shaped[] = [];
    let fontIndex = -1;
    for (const piece of pieces) {
      const one = this.singleFont(piece);
      if (!one || (fontIndex >= 0 && one.font !== fontIndex)) return undefined;
      fontIndex = one.font;
      shaped.push(one.shaped);
    }
    const font = this.fonts[fontIndex]!;
    const none = scriptless(font);
    // The line's script is its first strong character's: the first piece that has one.
    const script = shaped.find((s) => s.script !== none)?.script ?? none;
    if (!piecesShapeApart(font, pieces, script)) return undefined;
    let advance = 0;
    for (const [index, piece] of pieces.entries()) {
      let own = shaped[index]!;
      if (own.script !== script) {
        const key = `${String(script)}\u0000${piece}`;
        own = this.asScript.get(key) ?? shape(font, piece, script);
        this.asScript.set(key, own);
      }
      // Whole numbers add up exactly in any order; fractional advances (variable fonts) might not.
      if (!own.whole) return undefined;
      advance += own.advance;
    }
    return Number.isSafeInteger(advance) ? advance / font.unitsPerEm : undefined;
  }

  /** The text's font and shaping when one font draws all of it, else `null`; remembered. */
  private singleFont(text: string): { font: number; shaped: Shaped } | null {
    let known = this.single.get(text);
    if (known === undefined) {
      const runs = this.runs(text);
      known = runs.length === 1 ? { font: runs[0]!.font, shaped: this.shapeOne(runs[0]!.font, text) } : null;
      this.single.set(text, known);
    }
    return known;
  }

  /**
   * Shapes text drawn in one font. A word with trailing spaces (or a dash or slash) is the word's
   * shaping plus those characters' glyphs, when shaping stops at them (`boundaryAdvance`): the
   * line breaker measures the word without its spaces too, so the word is shaped once.
   */
  private shapeOne(fontIndex: number, text: string): Shaped {
    const font = this.fonts[fontIndex]!;
    let end = text.length;
    while (end > 0 && BOUNDARY_END.test(text[end - 1]!)) end--;
    if (end > 0 && end < text.length) {
      const head = this.singleFont(text.slice(0, end));
      if (head && head.font === fontIndex && head.shaped.whole) {
        let advance: number | undefined = head.shaped.advance;
        for (let i = end; i < text.length && advance !== undefined; i++) {
          const tail = boundaryAdvance(font, text.charCodeAt(i), head.shaped.script);
          advance = tail === undefined || !Number.isInteger(tail) ? undefined : advance + tail;
        }
        if (advance !== undefined && Number.isSafeInteger(advance)) {
          return { advance, script: head.shaped.script, whole: true };
        }
      }
    }
    return shape(font, text);
  }
}
