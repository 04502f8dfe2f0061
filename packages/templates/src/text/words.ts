import { countWords } from "@afterview/core";
import type { Document } from "../document/types.js";

/*
 * Core's word count, the one afterview uses everywhere: the templates' word ranges and the review's
 * length check count alike, so a letter composed within its range passes the review.
 */
export { countWords };

/**
 * The words of a document's body: its paragraphs, headings and list items (not the greeting, the
 * address blocks or the signature). Each template's `words` range in `listTemplates()` counts these.
 *
 * @example
 * ```ts
 * bodyWords({ blocks: [{ type: "heading", text: "Two words" }, { type: "list", items: ["one", "on-call rota"] }] });
 * //=> 5
 * ```
 */
export function bodyWords(document: Pick<Document, "blocks">): number {
  let words = 0;
  for (const block of document.blocks) {
    if (block.type === "list") for (const item of block.items) words += countWords(item);
    else words += countWords(block.text);
  }
  return words;
}
