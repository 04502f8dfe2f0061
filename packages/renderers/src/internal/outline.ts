import type { Block, Document } from "@afterview/templates";
import { oneLine } from "./clean-text.js";

/**
 * One piece of a laid-out document, in reading order. Every text is already on one line
 * ({@link oneLine}); each renderer only escapes and places it.
 */
export type Section =
  | { type: "address"; role: "sender" | "recipient"; lines: string[] }
  | { type: "date"; text: string }
  | { type: "title"; text: string }
  | { type: "subject"; text: string }
  | { type: "salutation"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string }
  | { type: "list"; items: string[]; ordered: boolean }
  | { type: "closing"; text: string; signature: string[] };

/** Options for {@link outline}. */
export interface OutlineOptions {
  /** Show an email's subject in the body (a `.txt` or Markdown copy); not in the body of an .eml. */
  emailSubject: boolean;
}

/**
 * Lays a document out in reading order by its kind:
 * - letter: sender's address, date, recipient's address, subject, salutation, body, closing, signature;
 * - note: date, salutation, body, closing, signature (a handwritten card has no address block);
 * - email: (subject), salutation, body, closing, signature (the addresses live in the headers);
 * - script: the subject as a title, then the body (headings, paragraphs, lists).
 * Empty texts and empty lists are left out.
 */
export function outline(doc: Document, options: OutlineOptions): Section[] {
  const out: Section[] = [];
  const push = (section: Section | undefined) => {
    if (section) out.push(section);
  };
  const textOf = (type: "date" | "title" | "subject" | "salutation", value: string | undefined) => {
    const text = value === undefined ? "" : oneLine(value);
    return text ? { type, text } : undefined;
  };
  const address = (role: "sender" | "recipient", lines: string[] | undefined): Section | undefined => {
    const clean = (lines ?? []).map(oneLine).filter(Boolean);
    return clean.length ? { type: "address", role, lines: clean } : undefined;
  };

  if (doc.kind === "letter") {
    push(address("sender", doc.from?.lines));
    push(textOf("date", doc.date));
    push(address("recipient", doc.to?.lines));
    push(textOf("subject", doc.subject));
  } else if (doc.kind === "note") {
    push(textOf("date", doc.date));
  } else if (doc.kind === "email") {
    if (options.emailSubject) push(textOf("subject", doc.subject));
  } else {
    push(textOf("title", doc.subject));
  }
  push(textOf("salutation", doc.salutation));
  for (const block of doc.blocks) push(blockSection(block));
  const closing = doc.closing === undefined ? "" : oneLine(doc.closing);
  const signature = (doc.signature ?? []).map(oneLine).filter(Boolean);
  if (closing || signature.length) out.push({ type: "closing", text: closing, signature });
  return out;
}

function blockSection(block: Block): Section | undefined {
  if (block.type === "list") {
    const items = block.items.map(oneLine).filter(Boolean);
    return items.length ? { type: "list", items, ordered: block.ordered === true } : undefined;
  }
  const text = oneLine(block.text);
  return text ? { type: block.type, text } : undefined;
}
