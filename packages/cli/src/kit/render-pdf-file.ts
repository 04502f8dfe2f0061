import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import type { UnsupportedCharacterError } from "@afterview/renderers";
import type { FontData } from "@afterview/renderers/pdf";
import type { PdfFonts } from "../fonts/pdf-fonts.js";
import { assertLeftToRight, RightToLeftTextError } from "./right-to-left.js";

/**
 * Why a PDF of the kit was not made: a character no font has (an `UnsupportedCharacterError`), text
 * the fonts have but cannot lay out (an `AfterviewError` with code `unsupported-character` and no
 * code point), or right-to-left text.
 */
export type PdfRefusal = UnsupportedCharacterError | AfterviewError | RightToLeftTextError;

/** A PDF, or why it was not made. */
export type PdfResult = { bytes: Uint8Array } | { refusal: PdfRefusal };

/**
 * Renders one PDF of the kit with the kit's fonts. When the renderer names a character that none
 * of them has, a font for it is looked for on the machine and the PDF is rendered again, until it
 * is made or no font is found. A PDF that cannot be made is a refusal, not an error: the rest of the
 * kit does not depend on it. Any other error is thrown.
 *
 * @param render Renders the PDF with these fallback fonts (`renderPdf(doc, { fonts })`).
 * @param fields The texts the PDF prints, checked for right-to-left text first.
 */
export async function renderPdfFile(
  render: (fonts: FontData[]) => Promise<Uint8Array>,
  fields: Iterable<readonly [string, string]>,
  fonts: PdfFonts,
): Promise<PdfResult> {
  try {
    assertLeftToRight(fields);
  } catch (error) {
    if (error instanceof RightToLeftTextError) return { refusal: error };
    throw error;
  }
  for (;;) {
    try {
      return { bytes: await render([...fonts.list]) };
    } catch (error) {
      const unreadable = unreadableFont(error);
      if (unreadable && fonts.drop(unreadable.index, unreadable.reason)) continue;
      if (!(error instanceof AfterviewError) || error.code !== "unsupported-character") throw error;
      const codePoint = missingCodePoint(error);
      if (codePoint !== undefined && (await fonts.addFor(codePoint))) continue;
      return { refusal: error };
    }
  }
}

/** The code point an `unsupported-character` error names as data (not there for a layout failure). */
export function missingCodePoint(error: AfterviewError): number | undefined {
  const { codePoint } = error as Partial<UnsupportedCharacterError>;
  return typeof codePoint === "number" ? codePoint : undefined;
}

/** The renderer's complaint about one of the `fonts` it was given (`fonts[1]: is not a TrueType or OpenType font file`). */
function unreadableFont(error: unknown): { index: number; reason: string } | undefined {
  if (!(error instanceof AfterviewValidationError)) return undefined;
  const issue = error.issues[0];
  const match = /^fonts\[(\d+)\]$/.exec(issue?.path ?? "");
  return match && issue ? { index: Number(match[1]), reason: issue.message } : undefined;
}
