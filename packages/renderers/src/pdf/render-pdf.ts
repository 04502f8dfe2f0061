import type { Document } from "@afterview/templates";
import type { FontOptions } from "../fonts/load-fonts.js";
import { readOptions } from "../internal/options-input.js";
import { printableDocument, printedFields } from "../internal/printable-text.js";
import { letterGeometry } from "./letter-conventions.js";
import { layoutLetter } from "./letter-layout.js";
import { loadPdfEngine } from "./load-engine.js";
import type { PaperSize } from "./measures.js";
import { pdfMetadata } from "./metadata.js";

/** Options for {@link renderPdf}. */
export interface RenderPdfOptions extends FontOptions {
  /**
   * Paper size. Default: `letter` where it is the usual paper (`en-US`, `fr-CA`, `es-MX`), `a4`
   * elsewhere (`en-GB`, `de-DE`, `de-AT`, `de-CH`, `fr-FR`, `es-ES`).
   */
  paper?: PaperSize;
  /**
   * Lay the first page out for a window envelope: on Letter, the recipient 2½ in from the top and
   * 1 in from the left, where a #10 window shows it however the folded sheet rests; on A4, DIN
   * 5008 form B for a DL window (left) in English and German, and in French and Spanish the
   * recipient on the right, 110 mm from the left and 55 mm down, for a DL window on the right,
   * with the place and date below it. A recipient too long for the window loses their title first,
   * then gets the street lines on one line, then smaller type, then loses the organization.
   * Default `true`.
   * With `false` (or a document with no addresses) sender, date and recipient simply follow one
   * another from the top margin.
   */
  envelopeWindow?: boolean;
}

/**
 * Renders a document as a printable business letter (PDF): the sender's block, the date, the
 * recipient placed to show through a window envelope, subject, salutation, the body (wrapped
 * paragraphs, bulleted and numbered lists, headings; page breaks without lone lines), the closing,
 * room to sign and the signature. Text is drawn in DejaVu Sans, the subject and headings in DejaVu
 * Sans Bold (see `boldFont`), each embedded as a subset; characters a font lacks come from the
 * first fallback font that has them. Identical input gives identical bytes.
 *
 * The head follows the conventions of the document's language (see `letter-conventions.ts`):
 * German letters DIN 5008 form B, with the place and date (`Berlin, 24. November 2026`) in the
 * information block and the subject in bold without `Betreff:`; French ones the sender top left,
 * the recipient on the right and `Lyon, le 24 novembre 2026` right-aligned below it, then
 * `Objet : …`; Spanish ones the same places, `Madrid, 24 de noviembre de 2026` and `Asunto: …`.
 * The place is the sender's locality when their address is given in parts, else the date stands alone.
 *
 * Addresses: a party whose address is given in parts (`address`, shaped as core's
 * `PostalAddress`, with `title` and `organization` beside `name`) is set out as the post of its
 * country expects (Google's libaddressinput formats), with the unit on the street line in the US
 * and the country's name last, in capitals, in the sender's language, for mail abroad; otherwise
 * `lines` is printed as given.
 *
 * Node first: DejaVu Sans (and DejaVu Sans Bold) are read from disk; elsewhere pass `font` (and `boldFont`).
 *
 * @throws AfterviewValidationError when the options are malformed (the path names the field). The document is taken as `compose` returned it (or `parseDocument`'s copy of stored JSON).
 * @throws AfterviewError with code `unsupported-character` when no font has a glyph for a character, naming it and its field.
 * @example
 * ```ts
 * const bytes = await renderPdf(letter, { paper: "a4" });
 * new TextDecoder().decode(bytes.subarray(0, 8));
 * //=> "%PDF-1.7"
 * ```
 */
export async function renderPdf(doc: Document, given: RenderPdfOptions = {}): Promise<Uint8Array> {
  const options = readOptions(given);
  const input = printableDocument(doc);
  const geometry = letterGeometry(options.paper, input.locale);
  const bold = Boolean(input.subject) || input.blocks.some((block) => block.type === "heading");
  const { loadFonts, drawPdf } = await loadPdfEngine("renderPdf");
  const fonts = await loadFonts(options, { bold });
  // The bold stack ends with the regular fonts: text they cover is covered in bold too.
  for (const [path, text] of printedFields(input)) fonts.stack.assertCovered(text, path);
  const main = fonts.stack.fonts[0]!;
  const pages = layoutLetter(input, {
    geometry,
    window: options.envelopeWindow !== false && input.kind === "letter",
    ascent: main.ascent / main.unitsPerEm,
    descent: -main.descent / main.unitsPerEm,
    measure: (text, size, pieces, bold) => (bold ? fonts.bold : fonts).stack.width(text, size, pieces),
  });
  return drawPdf(pages, geometry, fonts, pdfMetadata(input, input.templateId || "Letter"));
}
