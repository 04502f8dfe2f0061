import type { Block, Document, DocumentParty } from "@afterview/templates";

/**
 * Plain text as a printed page can show it. Shared by the PDF and Word renderers, which draw or
 * store characters one by one and must never pass on a control character (XML 1.0 forbids most
 * of them; a PDF would draw them as blanks).
 */

// C0/C1 controls except the line feed, and format characters (bidi overrides, zero-width marks, soft hyphens).
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085\v\f]/g;

/**
 * A block's text made printable: NFC-composed (so `e` + combining tilde becomes one `ẽ` glyph),
 * line breaks unified to `\n`, tabs to spaces, and control and format characters (bidi overrides,
 * zero-width joiners, soft hyphens) removed. Line feeds survive as hard line breaks.
 */
export function printableText(text: string): string {
  return text
    .normalize("NFC")
    .replace(LINE_BREAKS, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, (c) => (c === "\n" ? c : ""));
}

/** One printed line (an address line, a date, a subject): as {@link printableText}, with line breaks as spaces. */
export function printableLine(text: string): string {
  return printableText(text).replace(/\n/g, " ");
}

/**
 * A copy of the document with every field made printable: body blocks keep their line breaks,
 * one-line fields (addresses, date, subject, salutation, closing, signature) lose theirs.
 */
export function printableDocument(doc: Document): Document {
  const party = (p: DocumentParty | undefined): DocumentParty | undefined =>
    p && { ...p, ...(p.name === undefined ? {} : { name: printableLine(p.name) }), lines: p.lines.map(printableLine) };
  const line = (text: string | undefined) => (text === undefined ? undefined : printableLine(text));
  return {
    ...doc,
    subject: line(doc.subject),
    date: line(doc.date),
    from: party(doc.from),
    to: party(doc.to),
    salutation: line(doc.salutation),
    blocks: doc.blocks.map(
      (block): Block =>
        block.type === "list"
          ? { ...block, items: block.items.map(printableText) }
          : { ...block, text: printableText(block.text) },
    ),
    closing: line(doc.closing),
    signature: doc.signature?.map(printableLine),
  };
}

/** Every printed text of a document with its dotted path (`to.lines[1]`, `blocks[2].items[0]`), in reading order. */
export function printedFields(doc: Document): [path: string, text: string][] {
  const fields: [string, string | undefined][] = [
    ...(doc.from?.lines.map((text, i): [string, string] => [`from.lines[${i}]`, text]) ?? []),
    ["date", doc.date],
    ...(doc.to?.lines.map((text, i): [string, string] => [`to.lines[${i}]`, text]) ?? []),
    ["to.name", doc.to?.name],
    ["subject", doc.subject],
    ["salutation", doc.salutation],
    ...doc.blocks.flatMap((block, i): [string, string][] =>
      block.type === "list"
        ? block.items.map((item, j) => [`blocks[${i}].items[${j}]`, item])
        : [[`blocks[${i}].text`, block.text]],
    ),
    ["closing", doc.closing],
    ...(doc.signature?.map((text, i): [string, string] => [`signature[${i}]`, text]) ?? []),
  ];
  return fields.filter((field): field is [string, string] => field[1] !== undefined);
}
