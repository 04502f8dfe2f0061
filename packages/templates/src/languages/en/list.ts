import type { Locale } from "../../document/types.js";

/**
 * Joins phrases as prose: "a", "a and b", "a, b and c". American English puts a comma before the
 * last "and" (the serial comma, as most US style guides ask); British English usually does not.
 * When a phrase holds a comma of its own, three or more are separated by semicolons instead
 * ("a, b; c; and d"), so the reader can tell where each ends.
 */
export function joinAnd(items: readonly string[], locale: Locale, word = "and"): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
  const nested = items.some((item) => item.includes(","));
  const separator = nested ? ";" : ",";
  const serial = nested || locale === "en-US" ? separator : "";
  return `${items.slice(0, -1).join(`${separator} `)}${serial} ${word} ${items.at(-1)}`;
}
