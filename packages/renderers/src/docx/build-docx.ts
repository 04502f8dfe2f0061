import type { Document } from "@afterview/templates";
import { Document as DocxDocument, Packer, Paragraph, type Table, TextRun } from "docx";
import { recipientSteps, senderLines } from "../internal/address-block.js";
import { documentDate } from "../internal/document-date.js";
import { readOptions } from "../internal/options-input.js";
import { printableDocument } from "../internal/printable-text.js";
import { twips } from "../internal/units.js";
import { letterGeometry, letterHeadText } from "../pdf/letter-conventions.js";
import type { LetterGeometry } from "../pdf/measures.js";
import type { RenderDocxOptions } from "./render-docx.js";
import { LETTER_NUMBERING, LIST, letterStyles, STYLE } from "./styles.js";
import { windowHead } from "./window-head.js";
import { fixZipTimestamps } from "./zip-timestamps.js";

/**
 * The Word document {@link renderDocx} packs, with the checked input it was built from (for tests,
 * which lay it out with `docx/layout`). Not exported from the package.
 */
export function buildDocx(doc: Document, given: RenderDocxOptions = {}) {
  const options = readOptions(given);
  const input = printableDocument(doc);
  const geometry = letterGeometry(options.paper, input.locale);
  const title = input.subject || input.templateId || "Letter";
  const creator = input.from?.name || input.from?.lines[0] || "afterview";
  const window = options.envelopeWindow !== false && input.kind === "letter";
  const file = new DocxDocument({
    title,
    creator,
    styles: letterStyles(geometry.window.date.align),
    numbering: LETTER_NUMBERING,
    sections: [
      { properties: { page: page(geometry) }, children: letterParagraphs(input, window ? geometry : undefined) },
    ],
  });
  return { file, input, title, creator };
}

/** The page size and margins of a paper, in twentieths of a point. */
function page(geometry: LetterGeometry) {
  const { margin } = geometry;
  return {
    size: { width: twips(geometry.width), height: twips(geometry.height) },
    margin: {
      top: twips(margin.top),
      right: twips(margin.right),
      bottom: twips(margin.bottom),
      left: twips(margin.left),
    },
  };
}

/** The letter's paragraphs, its head in a table at the window envelope's places when `window` is given. */
function letterParagraphs(doc: Document, window: LetterGeometry | undefined): (Paragraph | Table)[] {
  const styled = (style: string, text: string) => new Paragraph({ style, children: runs(text) });
  const out: (Paragraph | Table)[] = [];
  const sender = senderLines(doc);
  const recipient = recipientSteps(doc)[0]?.lines ?? [];
  // The place-and-date line and the subject as the letter's language sets them out, as in the PDF.
  const text = letterHeadText(doc);
  if (window && (sender.length > 0 || recipient.length > 0)) {
    out.push(windowHead(doc, window, styled));
  } else {
    for (const line of sender) out.push(styled(STYLE.sender, line));
    if (text.date) out.push(styled(STYLE.date, text.date));
    for (const line of recipient) out.push(styled(STYLE.recipient, line));
  }
  if (text.subject) out.push(styled(STYLE.subject, text.subject));
  if (doc.salutation) out.push(styled(STYLE.salutation, doc.salutation));
  let lists = 0;
  for (const block of doc.blocks) {
    if (block.type === "paragraph") out.push(styled(STYLE.body, block.text));
    else if (block.type === "heading") out.push(styled(STYLE.heading, block.text));
    else {
      // Each list is its own numbering instance, so a numbered list after another starts again at 1.
      const instance = lists++;
      const [item, last, reference] = block.ordered
        ? [STYLE.listNumber, STYLE.listNumberLast, LIST.number]
        : [STYLE.listBullet, STYLE.listBulletLast, LIST.bullet];
      block.items.forEach((text, index) => {
        const style = index === block.items.length - 1 ? last : item;
        out.push(new Paragraph({ style, numbering: { reference, level: 0, instance }, children: runs(text) }));
      });
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

/** The .docx bytes of `doc`: what {@link renderDocx} returns once the Word engine is loaded. */
export async function packDocx(doc: Document, given: RenderDocxOptions = {}): Promise<Uint8Array> {
  const { file, input, title, creator } = buildDocx(doc, given);
  const date = documentDate(input);
  const core = { path: "docProps/core.xml", data: coreProperties(title, creator, input.locale, date) };
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file, false, [core]));
  return fixZipTimestamps(bytes, date);
}
