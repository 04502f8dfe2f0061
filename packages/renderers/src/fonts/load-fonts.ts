import { AfterviewValidationError } from "@afterview/core";
import { defaultFontBytes } from "./default-font.js";
import { FontStack } from "./font-stack.js";
import { type FontData, fontBytes, parseFont } from "./parse-font.js";

/** Which fonts draw the text. */
export interface FontOptions {
  /**
   * Fallback fonts (TrueType or OpenType bytes; the first font of a .ttc), tried in order for
   * each character the main font lacks, e.g. a CJK font for Chinese names.
   */
  fonts?: FontData[];
  /**
   * The main font, in place of DejaVu Sans. DejaVu Sans is read from the `dejavu-fonts-ttf`
   * package with `node:fs`, so outside Node pass its bytes (or another font's) here.
   */
  font?: FontData;
}

/** The fonts a render uses, with the bytes pdf-lib embeds: each parsed once per process. */
export interface LoadedFonts {
  stack: FontStack;
  bytes: Uint8Array[];
}

/**
 * Loads the main font (DejaVu Sans unless `options.font`) and the fallbacks. Parsing is cached
 * per byte array, so the same fonts passed again cost nothing.
 *
 * @throws AfterviewValidationError when `fonts` is not an array or an entry is not font bytes.
 */
export async function loadFonts(options: FontOptions): Promise<LoadedFonts> {
  const fallbacks = options.fonts ?? [];
  if (!Array.isArray(fallbacks)) {
    throw new AfterviewValidationError(
      [{ path: "fonts", message: "expected an array of font files (Uint8Array or ArrayBuffer)", code: "invalid_type" }],
      { subject: "options" },
    );
  }
  const entries: [string, unknown][] = [
    ["font", options.font],
    ...fallbacks.map((data, index): [string, unknown] => [`fonts[${index}]`, data]),
  ];
  for (const [path, data] of entries) {
    if (data === undefined && path === "font") continue;
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
  return { stack: new FontStack(fonts), bytes };
}
