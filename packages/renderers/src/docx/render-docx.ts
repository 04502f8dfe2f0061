import type { Document } from "@afterview/templates";
import { DOCX_ENGINES, loadEngine } from "../internal/optional-engine.js";

/** Options for {@link renderDocx}. */
export interface RenderDocxOptions {
  /** Paper size. Default: `letter` for `en-US`, `fr-CA` and `es-MX`, `a4` for the other locales. */
  paper?: "letter" | "a4";
  /**
   * Set a letter's head out for a window envelope, as `renderPdf` does: the recipient where a #10
   * window (Letter) or a DL window (A4: DIN 5008 form B in English and German, the right-hand
   * window in French and Spanish) shows it. Default `true`.
   */
  envelopeWindow?: boolean;
}

/**
 * Renders a document as an editable Word file (.docx): the same letter as `renderPdf`, in
 * paragraphs that each carry a named style from the document's style sheet ("Letter Sender",
 * "Letter Body", "Letter List Bullet", "Letter Signature"...), so restyling a part of the letter
 * is one change in Word. A letter's head is a borderless table whose cells sit where the PDF puts
 * sender, date and recipient, so the recipient shows through the same envelope window, with the
 * same address lines. Identical input gives identical bytes (fixed dates in the package).
 *
 * @throws AfterviewValidationError when the options are malformed (the path names the field). The document is taken as `compose` returned it (or `parseDocument`'s copy of stored JSON).
 * @example
 * ```ts
 * const bytes = await renderDocx(letter);
 * String.fromCharCode(bytes[0]!, bytes[1]!);
 * //=> "PK"
 * ```
 */
export async function renderDocx(doc: Document, given: RenderDocxOptions = {}): Promise<Uint8Array> {
  const { packDocx } = await loadEngine("renderDocx", DOCX_ENGINES, () => import("./build-docx.js"));
  return packDocx(doc, given);
}
