import { AfterviewError } from "@afterview/core";

/**
 * No font of a PDF render has a glyph for a character. An `AfterviewError` with code
 * `unsupported-character` whose message names the character, its code point and the field, and
 * which carries them as data, so a caller can find a font for exactly that character and render
 * again (the `afterview` command asks the system's fontconfig).
 *
 * Check `error.code === "unsupported-character"`, not `instanceof`: the PDF renderers are a
 * separate entry point, with their own copy of this class in the CommonJS build. Text a font has
 * glyphs for but cannot lay out is an `unsupported-character` error too, without `codePoint`.
 *
 * @example
 * ```ts
 * try {
 *   await renderPdf(letterToYamada);
 * } catch (error) {
 *   if (error instanceof AfterviewError && error.code === "unsupported-character" && "codePoint" in error) {
 *     const { character, codePoint, path } = error as UnsupportedCharacterError;
 *     [character, codePoint.toString(16), path];
 *     //=> ["山", "5c71", "to.name"]
 *   }
 * }
 * ```
 */
export class UnsupportedCharacterError extends AfterviewError {
  override name = "UnsupportedCharacterError";
  /** The character, as one code point (`"山"`). */
  readonly character: string;
  /** Its code point (`0x5c71`). */
  readonly codePoint: number;
  /** The field it is in (`to.lines[0]`), or `the page layout` for text the layout made. */
  readonly path: string;

  constructor(character: string, path: string) {
    const codePoint = character.codePointAt(0) ?? 0;
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    super(
      "unsupported-character",
      `No font has a glyph for "${character}" (${code}) in ${path}; pass a font that covers it in options.fonts.`,
    );
    this.character = character;
    this.codePoint = codePoint;
    this.path = path;
  }
}
