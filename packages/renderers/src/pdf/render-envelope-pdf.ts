import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import type { FontOptions } from "../fonts/load-fonts.js";
import { readOptions } from "../internal/options-input.js";
import { addressFields, printableDocument } from "../internal/printable-text.js";
import { layoutEnvelope } from "./envelope-layout.js";
import { defaultPaper } from "./letter-conventions.js";
import { loadPdfEngine } from "./load-engine.js";
import { ENVELOPE_10, ENVELOPE_DL, type EnvelopeGeometry } from "./measures.js";
import { pdfMetadata } from "./metadata.js";

/** An envelope size: US #10 (9½ × 4⅛ in) or DL (220 × 110 mm). */
export type EnvelopeSize = "10" | "DL";

/** Options for {@link renderEnvelopePdf}. */
export interface RenderEnvelopePdfOptions extends FontOptions {
  /** Envelope size. Default: the one for the letter's default paper: `10` for `en-US`, `fr-CA` and `es-MX` (Letter), `DL` for the other locales (A4). */
  size?: EnvelopeSize;
}

const SIZES: Record<EnvelopeSize, EnvelopeGeometry> = { "10": ENVELOPE_10, DL: ENVELOPE_DL };

/**
 * Renders the envelope for a letter as a one-page PDF the size of the envelope (to print on it
 * directly): the sender's address in the upper-left corner and the recipient's in the postal
 * reading zone, the same lines as the letter's (see `renderPdf` on addresses). Same fonts, errors
 * and determinism as `renderPdf`.
 *
 * @throws AfterviewValidationError when the options are malformed.
 * @throws AfterviewError with code `unsupported-character` when no font has a glyph for a character.
 * @example
 * ```ts
 * const bytes = await renderEnvelopePdf(letter, { size: "DL" });
 * bytes.length > 0;
 * //=> true
 * ```
 */
export async function renderEnvelopePdf(doc: Document, given: RenderEnvelopePdfOptions = {}): Promise<Uint8Array> {
  const options = readOptions(given);
  const input = printableDocument(doc);
  const size = options.size ?? (defaultPaper(input.locale) === "letter" ? "10" : "DL");
  if (typeof size !== "string" || !Object.hasOwn(SIZES, size)) {
    throw new AfterviewValidationError([{ path: "size", message: 'expected "10" or "DL"', code: "invalid_value" }], {
      subject: "options",
    });
  }
  const { loadFonts, drawPdf } = await loadPdfEngine("renderEnvelopePdf");
  const fonts = await loadFonts(options);
  for (const [path, text] of addressFields(input)) fonts.stack.assertCovered(text, path);
  const geometry = SIZES[size];
  const main = fonts.stack.fonts[0]!;
  const font = { ascent: main.ascent / main.unitsPerEm, descent: -main.descent / main.unitsPerEm };
  const page = layoutEnvelope(input, geometry, font, (text, s, pieces) => fonts.stack.width(text, s, pieces));
  const metadata = pdfMetadata(input, "Envelope");
  return drawPdf([page], geometry, fonts, {
    ...metadata,
    title: `Envelope${input.to?.lines[0] ? ` to ${input.to.lines[0]}` : ""}`,
  });
}
