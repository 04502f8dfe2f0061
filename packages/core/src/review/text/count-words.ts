import { AfterviewValidationError } from "../../errors/afterview-error.js";

/*
 * The one word count afterview uses: the templates' word ranges (`listTemplates`) and the review's
 * length check both count with it, so a letter composed within its range passes the review.
 * A word is a run of letters or digits with inner apostrophes, hyphens and points, as word
 * processors count: "on-call", "can't" and "3.5" are one word each.
 */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Where each counted word of `text` starts and ends (UTF-16 offsets). */
export function wordSpans(text: string): { start: number; end: number }[] {
  return Array.from(text.matchAll(WORD), (match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Counts the words of a text as word processors do.
 *
 * @example
 * ```ts
 * countWords("I can't wait: on-call, 40 TB, 3.5 days — done.");
 * //=> 9
 * ```
 */
export function countWords(text: string): number {
  if (typeof text !== "string") {
    throw new AfterviewValidationError([{ path: "text", code: "invalid_type", message: "expected a string" }]);
  }
  return text.match(WORD)?.length ?? 0;
}
