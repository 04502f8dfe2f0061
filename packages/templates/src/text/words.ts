import type { Block, Document } from "../document/types.js";

/**
 * Counts the words of a text: runs of letters or digits, with inner apostrophes, hyphens and points.
 *
 * @example
 * ```ts
 * countWords("I can't wait: on-call, 40 TB, 3.5 days — done.");
 * //=> 9
 * ```
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The words of a document's body: its paragraphs, headings and list items (not the greeting, the
 * address blocks or the signature). Each template's `words` range in `listTemplates()` counts these.
 *
 * @example
 * ```ts
 * bodyWords({ blocks: [{ type: "heading", text: "Two words" }, { type: "list", items: ["one", "two three"] }] });
 * //=> 5
 * ```
 */
export function bodyWords(document: Pick<Document, "blocks">): number {
  return document.blocks.reduce((sum, block) => sum + blockWords(block), 0);
}

function blockWords(block: Block): number {
  return block.type === "list" ? block.items.reduce((sum, item) => sum + countWords(item), 0) : countWords(block.text);
}
