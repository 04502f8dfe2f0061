import { AfterviewError } from "@afterview/core";
import type { Font } from "fontkit";

/** A run of text drawn in one font of a {@link FontStack}. */
export interface FontRun {
  /** Index of the font in the stack. */
  font: number;
  text: string;
}

const MARK_OR_SPACE = /[\p{M}\p{Zs}]/u;

/**
 * An ordered list of fonts where each character is drawn by the first font that has a glyph for
 * it. Combining marks and spaces stay in the font of the run they are in when that font has them,
 * so a mark is positioned by the same font as its base letter.
 */
export class FontStack {
  readonly fonts: readonly Font[];
  private readonly widths = new Map<string, number>();

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
   * @throws AfterviewError with code `unsupported-character`, naming the character, its code point and the field.
   */
  assertCovered(text: string, path: string): void {
    for (const character of text) {
      if (character === "\n") continue;
      const codePoint = character.codePointAt(0)!;
      if (this.fontFor(codePoint) >= 0) continue;
      const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
      throw new AfterviewError(
        "unsupported-character",
        `No font has a glyph for "${character}" (${code}) in ${path}; pass a font that covers it in options.fonts.`,
      );
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

  /** The advance width of `text` at `size` points, as pdf-lib draws it (glyph advances, no kerning). */
  width(text: string, size: number): number {
    let units = this.widths.get(text);
    if (units === undefined) {
      units = 0;
      for (const run of this.runs(text)) {
        const font = this.fonts[run.font]!;
        let advance = 0;
        for (const glyph of font.layout(run.text).glyphs) advance += glyph.advanceWidth;
        units += advance / font.unitsPerEm;
      }
      this.widths.set(text, units);
    }
    return units * size;
  }
}
