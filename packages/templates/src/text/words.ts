import { AfterviewValidationError } from "@afterview/core";
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
  if (typeof text !== "string") throw notText("text");
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
  const blocks: unknown = typeof document === "object" && document !== null ? document.blocks : undefined;
  if (!Array.isArray(blocks)) {
    throw new AfterviewValidationError(
      [{ path: "blocks", code: "invalid_type", message: "expected a document with a list of blocks" }],
      { subject: "document" },
    );
  }
  return blocks.reduce((sum: number, block: unknown, i: number) => sum + blockWords(block, `blocks[${i}]`), 0);
}

function blockWords(block: unknown, path: string): number {
  const b = (typeof block === "object" && block !== null ? block : {}) as Partial<
    Record<keyof Block | "items", unknown>
  >;
  if (b.type === "list") {
    if (!Array.isArray(b.items)) throw notText(`${path}.items`, "expected a list of strings");
    return b.items.reduce((sum: number, item: unknown, j: number) => sum + wordsAt(item, `${path}.items[${j}]`), 0);
  }
  return wordsAt((b as { text?: unknown }).text, `${path}.text`);
}

function wordsAt(text: unknown, path: string): number {
  if (typeof text !== "string") throw notText(path);
  return countWords(text);
}

function notText(path: string, message = "expected a string"): AfterviewValidationError {
  return new AfterviewValidationError([{ path, code: "invalid_type", message }], { subject: "document" });
}
