import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { Document as DocxDocument, Packer, Paragraph, TextRun } from "docx";
import { documentDate } from "../internal/document-date.js";
import { readDocument } from "../internal/document-input.js";
import { readOptions } from "../internal/options-input.js";
import { printableDocument } from "../internal/printable-text.js";
import { LETTER_NUMBERING, LETTER_STYLES, LIST, STYLE } from "./styles.js";
import { fixZipTimestamps } from "./zip-timestamps.js";

/** Options for {@link renderDocx}. */
export interface RenderDocxOptions {
  /** Paper size. Default: `letter` for `en-US`, `a4` for `en-GB`. */
  paper?: "letter" | "a4";
}

// Page sizes and margins in twentieths of a point: Letter with 1 in margins; A4 with DIN 5008's 25 mm left and 20 mm right.
const PAGES = {
  letter: { size: { width: 12240, height: 15840 }, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 } },
  a4: { size: { width: 11906, height: 16838 }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1417 } },
} as const;

/**
 * Renders a document as an editable Word file (.docx): the same letter as `renderPdf`, in
 * paragraphs that each carry a named style from the document's style sheet ("Letter Sender",
 * "Letter Body", "Letter List Bullet", "Letter Signature"...), so restyling a part of the letter
 * is one change in Word. Identical input gives identical bytes (fixed dates in the package).
 *
 * @throws AfterviewValidationError when the document or options are malformed (the path names the field).
 * @example
 * ```ts
 * const bytes = await renderDocx(letter);
 * String.fromCharCode(bytes[0]!, bytes[1]!);
 * //=> "PK"
 * ```
 */
export async function renderDocx(doc: Document, given: RenderDocxOptions = {}): Promise<Uint8Array> {
  const options = readOptions(given);
  const input = printableDocument(readDocument(doc));
  const paper = options.paper ?? (input.locale === "en-GB" ? "a4" : "letter");
  if (typeof paper !== "string" || !Object.hasOwn(PAGES, paper)) {
    throw new AfterviewValidationError(
      [{ path: "paper", message: 'expected "letter" or "a4"', code: "invalid_value" }],
      {
        subject: "options",
      },
    );
  }
  const title = input.subject || input.templateId || "Letter";
  const creator = input.from?.name || input.from?.lines[0] || "afterview";
  const file = new DocxDocument({
    title,
    creator,
    styles: LETTER_STYLES,
    numbering: LETTER_NUMBERING,
    sections: [{ properties: { page: PAGES[paper] }, children: letterParagraphs(input) }],
  });
  const date = documentDate(input);
  const core = { path: "docProps/core.xml", data: coreProperties(title, creator, input.locale, date) };
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file, false, [core]));
  return fixZipTimestamps(bytes, date);
}

function letterParagraphs(doc: Document): Paragraph[] {
  const styled = (style: string, text: string) => new Paragraph({ style, children: runs(text) });
  const out: Paragraph[] = [];
  for (const line of doc.from?.lines ?? []) out.push(styled(STYLE.sender, line));
  if (doc.date) out.push(styled(STYLE.date, doc.date));
  for (const line of doc.to?.lines ?? []) out.push(styled(STYLE.recipient, line));
  if (doc.subject) out.push(styled(STYLE.subject, doc.subject));
  if (doc.salutation) out.push(styled(STYLE.salutation, doc.salutation));
  let lists = 0;
  for (const block of doc.blocks) {
    if (block.type === "paragraph") out.push(styled(STYLE.body, block.text));
    else if (block.type === "heading") out.push(styled(STYLE.heading, block.text));
    else {
      // Each list is its own numbering instance, so a numbered list after another starts again at 1.
      const instance = lists++;
      const [style, reference] = block.ordered ? [STYLE.listNumber, LIST.number] : [STYLE.listBullet, LIST.bullet];
      for (const item of block.items) {
        out.push(new Paragraph({ style, numbering: { reference, level: 0, instance }, children: runs(item) }));
      }
    }
  }
  if (doc.closing) out.push(styled(STYLE.closing, doc.closing));
  for (const line of doc.signature ?? []) out.push(styled(STYLE.signature, line));
  return out;
}

/** Text runs for one paragraph: a `\n` in the text is a line break inside it. */
function runs(text: string): TextRun[] {
  return text.split("\n").map((part, index) => new TextRun({ text: part, ...(index > 0 ? { break: 1 } : {}) }));
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** docProps/core.xml with the document's date in place of the clock's. */
function coreProperties(title: string, creator: string, language: string, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy><dc:language>${escapeXml(language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
