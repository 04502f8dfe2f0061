import type { Block, Document } from "../document/types.js";

/** Counts the words of a text: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The words of a document's body: its paragraphs, headings and list items (not the address blocks). */
export function bodyWords(document: Pick<Document, "blocks">): number {
  return document.blocks.reduce((sum, block) => sum + blockWords(block), 0);
}

function blockWords(block: Block): number {
  return block.type === "list" ? block.items.reduce((sum, item) => sum + countWords(item), 0) : countWords(block.text);
}
