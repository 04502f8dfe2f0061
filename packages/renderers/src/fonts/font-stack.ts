import { AfterviewError } from "@afterview/core";
import type { Font, GlyphRun } from "fontkit";
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

/**
 * An ordered list of fonts where each character is drawn by the first font that has a glyph for
 * it. Combining marks and spaces stay in the font of the run they are in when that font has them,
 * so a mark is positioned by the same font as its base letter.
 */
export class FontStack {
  readonly fonts: readonly Font[];
  /*
   * What this stack has measured. A stack is made for one render (see `loadFonts`), so these are
   * per-render caches: each word is shaped once per render, and nothing outlives the render.
   */
  /** Widths in ems of texts measured whole. */
  private readonly ems = new Map<string, number>();
  /** Texts drawn in one font, by the script they were shaped as (none: the script fontkit detected); `null` for texts in several fonts. */
  private readonly shaped = new Map<string, Shaped | null>();
  /** Per font, the script fontkit gives text with no character of a script (`zzzz`). */
  private readonly scriptless: (Script | undefined)[] = [];

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
   * The advance width of `text` at `size` points, as pdf-lib draws it: the sum of the advance
   * widths of the glyphs `font.layout` gives (pdf-lib writes glyph advances and no kerning).
   *
   * @param pieces optionally, `text` split into pieces (`pieces.join("") === text`), e.g. the words
   *   of a line with their trailing spaces, as the line breaker builds it: when all are in one font,
   *   the width is the sum of the pieces' advances, each piece shaped whole (as the line's script)
   *   once per render. That is the number shaping the whole line gives unless the font's
   *   substitutions reach across a break; `font-stack.test.ts` and
   *   `pdf/word-widths.test.ts` check that for the DejaVu faces.
   */
  width(text: string, size: number, pieces?: readonly string[]): number {
    let units = pieces && pieces.length > 1 ? this.piecesUnits(pieces) : undefined;
    if (units === undefined) {
      units = this.ems.get(text);
      if (units === undefined) {
        units = this.units(text);
        this.ems.set(text, units);
      }
    }
    return units * size;
  }

  /** Advance width in ems: each run's glyph advances over its font's units per em. */
  private units(text: string): number {
    const one = this.shape(text);
    if (one) return one.advance / this.fonts[one.font]!.unitsPerEm;
    let units = 0;
    for (const run of this.runs(text)) {
      const font = this.fonts[run.font]!;
      units += layoutAdvance(font, run.text).advance / font.unitsPerEm;
    }
    return units;
  }

  /**
   * The width in ems of the pieces joined, as the sum of their advances, when one font draws them
   * all; `undefined` otherwise. fontkit shapes a line as the script of its first character that
   * has one, so a piece of another script (or none: `2026 `) is shaped as the line's. The sum is
   * of whole font units, divided once: the very number `units` gives for the same glyphs.
   */
  private piecesUnits(pieces: readonly string[]): number | undefined {
    let font = -1;
    let script: Script | undefined;
    for (const piece of pieces) {
      const one = this.shape(piece);
      if (!one || (font >= 0 && one.font !== font)) return undefined;
      font = one.font;
      if (script === undefined && !sameScript(one.script, this.noScript(font))) script = one.script;
    }
    script ??= this.noScript(font);
    let advance = 0;
    for (const piece of pieces) {
      let one = this.shape(piece)!;
      if (!sameScript(one.script, script)) one = this.shape(piece, script)!;
      advance += one.advance;
    }
    // Whole numbers add up exactly in any order; fractional advances might not.
    return Number.isSafeInteger(advance) ? advance / this.fonts[font]!.unitsPerEm : undefined;
  }

  /**
   * The text's shaping when one font draws all of it (as `script`, when given), else `null`;
   * remembered. A word with trailing spaces is the word's shaping plus the spaces' (shaped as the
   * word's script): the line breaker measures the word without its spaces too, so each word is
   * shaped once.
   */
  private shape(text: string, script?: Script): Shaped | null {
    const key = script === undefined ? text : `${String(script)}\u0000${text}`;
    let known = this.shaped.get(key);
    if (known === undefined) {
      const word = text.trimEnd();
      if (word !== "" && word.length < text.length) {
        const head = this.shape(word, script);
        const tail = head && this.shape(text.slice(word.length), head.script);
        known = head && tail?.font === head.font ? { ...head, advance: head.advance + tail.advance } : null;
        // Whole font units add up exactly; fractional advances (a variable font's) are shaped as one text.
        if (known && !Number.isSafeInteger(known.advance)) known = this.layoutOne(text, script);
      } else {
        known = this.layoutOne(text, script);
      }
      this.shaped.set(key, known);
    }
    return known;
  }

  /** `font.layout` of a text one font draws all of (as `script`, when given); `null` when it takes several fonts. */
  private layoutOne(text: string, script?: Script): Shaped | null {
    const runs = this.runs(text);
    if (runs.length !== 1) return null;
    return { font: runs[0]!.font, ...layoutAdvance(this.fonts[runs[0]!.font]!, text, script) };
  }

  /** The script fontkit gives text with no character of a script, in the font at `index`. */
  private noScript(index: number): Script {
    let script = this.scriptless[index];
    if (script === undefined) {
      script = layoutAdvance(this.fonts[index]!, "").script;
      this.scriptless[index] = script;
    }
    return script;
  }
}

/** The script fontkit shaped a text as: an OpenType tag, or several for some Indic scripts. */
type Script = GlyphRun["script"];

/** A text in one font of a stack, shaped. */
interface Shaped {
  /** Index of the font in the stack. */
  font: number;
  /** The sum of the glyphs' advance widths, in font units. */
  advance: number;
  /** The script it was shaped as. */
  script: Script;
}

const sameScript = (a: Script, b: Script) => a === b || String(a) === String(b);

/** `font.layout(text)` (as `script`, when given): the glyphs' advance widths added up, and the script used. */
function layoutAdvance(font: Font, text: string, script?: Script): { advance: number; script: Script } {
  let run: GlyphRun;
  try {
    run = font.layout(text, undefined, script);
  } catch (error) {
    throw layoutError(text, error);
  }
  let advance = 0;
  for (const glyph of run.glyphs) advance += glyph.advanceWidth;
  return { advance, script: run.script };
}
