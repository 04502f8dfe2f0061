/**
 * Number words a recruiter uses for a count of days, weeks or months, and how they read.
 * Counts run from one to twelve in words, any positive integer in digits.
 */

/** Word → value for one…twelve (and "a"/"an" as one). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
});

/** A count read from text: its bounds and how exact the words were. */
export interface Quantity {
  low: number;
  high: number;
  /** `exact` for digits and number words, `fuzzy` for "a couple"/"a few", `vague` for "several". */
  precision: "exact" | "fuzzy" | "vague";
}

const EXACT = `\\d{1,3}|${
  /* @__PURE__ */ Object.keys(NUMBER_WORDS)
    .filter((w) => w !== "a" && w !== "an")
    .join("|")
}`;
const SINGLE = `${EXACT}|another|an?`;
const FUZZY = "(?:a\\s+)?couple(?:\\s+of)?|(?:a\\s+)?few|several";

/**
 * A regular-expression source matching a count: one number ("two", "3", "a", "a couple of",
 * "a few"), or a range ("2-3", "2–3", "2 to 3", "two or three", "between 2 and 3").
 */
export const QUANTITY_SOURCE = `(?:between\\s+(?:${EXACT})\\s+and\\s+(?:${EXACT})|(?:${EXACT})\\s*(?:-|–|—|\\bto\\b|\\bor\\b)\\s*(?:${EXACT})|${FUZZY}|${SINGLE})`;

/** A regular-expression source for a single number (used in "a day or two"). */
export const SINGLE_SOURCE = `(?:${SINGLE})`;

/** Reads one number token ("two", "12", "a"); `undefined` when it is not one. */
export function readNumber(token: string): number | undefined {
  const word = token.trim().toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  if (word === "another") return 1;
  return NUMBER_WORDS[word];
}

/**
 * Reads a count matched by {@link QUANTITY_SOURCE}. "a couple" is 2 and "a few" is 3 (fuzzy);
 * "several" is 3 to 7 (vague). Ranges come back ordered. `undefined` for zero or nonsense.
 */
export function readQuantity(source: string): Quantity | undefined {
  const text = source.trim().toLowerCase().replace(/\s+/g, " ");
  if (/couple/.test(text)) return { low: 2, high: 2, precision: "fuzzy" };
  if (/few/.test(text)) return { low: 3, high: 3, precision: "fuzzy" };
  if (text === "several") return { low: 3, high: 7, precision: "vague" };
  const parts = text
    .replace(/^between /, "")
    .split(/\s*(?:-|–|—|\bto\b|\bor\b|\band\b)\s*/)
    .filter((part) => part !== "");
  const values = parts.map(readNumber);
  if (values.length === 0 || values.length > 2) return undefined;
  const numbers: number[] = [];
  for (const value of values) {
    if (value === undefined || value < 1) return undefined;
    numbers.push(value);
  }
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  return { low, high, precision: "exact" };
}
