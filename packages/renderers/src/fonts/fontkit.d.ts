// The few parts of upstream fontkit 2 (which ships no types) that afterview uses.
declare module "fontkit" {
  /** One glyph of a font. */
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  /** The glyphs a string shapes to. */
  export interface GlyphRun {
    glyphs: Glyph[];
    /** The script the text was shaped as: the one passed to `layout`, else the one detected from the text. */
    script: string | string[];
  }
  /** A subset being built: glyphs are added, then the whole is encoded as a font file. */
  export interface Subset {
    cff?: unknown;
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  /** A parsed TrueType or OpenType font. */
  export interface Font {
    postscriptName: string | null;
    familyName: string | null;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    /** Shapes text; `script` (an OpenType script tag) overrides the script detected from the text. */
    layout(text: string, features?: Record<string, boolean> | string[], script?: string | string[]): GlyphRun;
    createSubset(): Subset;
  }
  /** A TrueType collection (.ttc) or a Mac dfont: several fonts in one file. */
  export interface FontCollection {
    fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
