import { AfterviewValidationError } from "@afterview/core";
import { defaultBoldFontBytes, defaultFontBytes } from "./default-font.js";
import { FontStack } from "./font-stack.js";
import { type FontData, fontBytes, parseFont } from "./parse-font.js";

/** Which fonts draw the text. */
export interface FontOptions {
  /**
   * Fallback fonts (TrueType or OpenType bytes; the first font of a .ttc), tried in order for
   * each character the main font lacks, e.g. a CJK font for Chinese names. They serve bold text
   * too, in their own weight.
   */
  fonts?: FontData[];
  /**
   * The main font, in place of DejaVu Sans. DejaVu Sans is read from the `dejavu-fonts-ttf`
   * package with `node:fs`, so outside Node pass its bytes (or another font's) here.
   */
  font?: FontData;
  /**
   * The bold face, for the subject line and headings. Default: DejaVu Sans Bold (read from disk,
   * like DejaVu Sans) when `font` is not given either; with your own `font` and no `boldFont`, bold
   * text is set in `font` itself, as no other family's bold would match it. A character the bold
   * face lacks comes from the main font, then from the fallbacks.
   */
  boldFont?: FontData;
}

/** A font stack and the file each of its fonts was parsed from (`bytes[i]` for `stack.fonts[i]`). */
export interface FontFiles {
  stack: FontStack;
  bytes: Uint8Array[];
}

/** The fonts a render uses, with the bytes pdf-lib embeds: each parsed once per process. */
export interface LoadedFonts extends FontFiles {
  /**
   * Bold text: the bold face, then the main font and the fallbacks, so it covers every character
   * the regular stack does. The regular fonts themselves when there is no bold face.
   */
  bold: FontFiles;
}

/**
 * Loads the main font (DejaVu Sans unless `options.font`) and the fallbacks and, when `weights.bold`,
 * the bold face (see {@link FontOptions.boldFont}). Parsing is cached per byte array, so the same
 * fonts passed again cost nothing.
 *
 * @throws AfterviewValidationError when `fonts` is not an array or an entry is not font bytes.
 */
export async function loadFonts(options: FontOptions, weights: { bold?: boolean } = {}): Promise<LoadedFonts> {
  const fallbacks = options.fonts ?? [];
  if (!Array.isArray(fallbacks)) {
    throw new AfterviewValidationError(
      [{ path: "fonts", message: "expected an array of font files (Uint8Array or ArrayBuffer)", code: "invalid_type" }],
      { subject: "options" },
    );
  }
  const entries: [string, unknown][] = [
    ["font", options.font],
    ["boldFont", options.boldFont],
    ...fallbacks.map((data, index): [string, unknown] => [`fonts[${index}]`, data]),
  ];
  for (const [path, data] of entries) {
    if (data === undefined && (path === "font" || path === "boldFont")) continue;
    if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) {
      throw new AfterviewValidationError(
        [{ path, message: "expected font bytes (Uint8Array or ArrayBuffer)", code: "invalid_type" }],
        { subject: "options" },
      );
    }
  }
  const main = options.font === undefined ? await defaultFontBytes() : fontBytes(options.font);
  const bytes = [main, ...fallbacks.map(fontBytes)];
  const fonts = bytes.map((data, index) => parseFont(data, index === 0 ? "font" : `fonts[${index - 1}]`));
  const regular: FontFiles = { stack: new FontStack(fonts), bytes };

  const boldBytes = await boldFace(options, weights.bold === true);
  if (!boldBytes) return { ...regular, bold: regular };
  const boldFont = parseFont(boldBytes, "boldFont");
  return { ...regular, bold: { stack: new FontStack([boldFont, ...fonts]), bytes: [boldBytes, ...bytes] } };
}

/** The bold face's bytes: the caller's, else DejaVu Sans Bold beside the default DejaVu Sans; none when not needed. */
async function boldFace(options: FontOptions, needed: boolean): Promise<Uint8Array | undefined> {
  if (!needed) return undefined;
  if (options.boldFont !== undefined) return fontBytes(options.boldFont);
  return options.font === undefined ? defaultBoldFontBytes() : undefined;
}
