import type { Block, Document } from "@afterview/templates";
import type { PostalParty } from "./address-block.js";

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
  const line = <T extends string | undefined>(text: T): T => (text === undefined ? text : printableLine(text)) as T;
  const party = (p: PostalParty | undefined): PostalParty | undefined => {
    if (!p) return p;
    const out: PostalParty = { ...p, lines: p.lines.map(printableLine) };
    for (const key of ["name", "title", "organization"] as const) if (p[key] !== undefined) out[key] = line(p[key]);
    if (p.address) {
      const { address } = p;
      out.address = {
        ...address,
        lines: address.lines.map(printableLine),
        locality: line(address.locality),
        ...(address.region === undefined ? {} : { region: line(address.region) }),
        ...(address.postalCode === undefined ? {} : { postalCode: line(address.postalCode) }),
      };
    }
    return out;
  };
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
    ...partyFields(doc.from, "from"),
    ["date", doc.date],
    ...partyFields(doc.to, "to"),
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

/**
 * The printed texts of the sender's and recipient's address blocks with their paths: the parts of
 * an address given in parts (`to.address.locality`), else the lines (`to.lines[2]`).
 */
export function addressFields(doc: Document): [path: string, text: string][] {
  return [...partyFields(doc.from, "from"), ...partyFields(doc.to, "to")];
}

function partyFields(party: PostalParty | undefined, path: string): [string, string][] {
  if (!party) return [];
  if (!party.address) return party.lines.map((text, i) => [`${path}.lines[${i}]`, text]);
  const { address } = party;
  const fields: [string, string | undefined][] = [
    party.name === undefined ? [`${path}.lines[0]`, party.lines[0]] : [`${path}.name`, party.name],
    [`${path}.title`, party.title],
    [`${path}.organization`, party.organization],
    ...address.lines.map((text, i): [string, string] => [`${path}.address.lines[${i}]`, text]),
    [`${path}.address.locality`, address.locality],
    [`${path}.address.region`, address.region],
    [`${path}.address.postalCode`, address.postalCode],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== undefined);
}
