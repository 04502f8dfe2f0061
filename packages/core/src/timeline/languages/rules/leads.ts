import type { WindowMode } from "../../reading.js";

/** What a word before a phrase does: a deadline, a point in time, the next one, a hedge, or nothing. */
export type LeadKind = "by" | "at" | "next" | "fuzzy" | "filler";

/** One language's words around a phrase (see `../../lead.ts` for the English ones). */
export interface LeadWords {
  /** Words before a phrase, in any order (they are tried longest first). */
  leads: ReadonlyArray<readonly [string, LeadKind]>;
  /** Deadline words that a negation earlier in the clause turns into a start ("nicht vor", "pas avant"). */
  negatable: readonly string[];
  /** A negation or a wait in the clause before (tested on the text before the lead word, anchored at its end). */
  negation: RegExp;
  /** Words right after a phrase: "spätestens", "maximum", "como mínimo". */
  tails: ReadonlyArray<readonly [string, "by" | "at" | "fuzzy"]>;
}

/** What the words before a phrase say. */
export interface Lead {
  start: number;
  mode: WindowMode | undefined;
  fuzzy: boolean;
  /** A negation or a wait before a deadline word: the named day is when the answer starts. */
  negated: boolean;
}

const LETTER = /[\p{L}\p{N}']/u;
const REACH = 60;

function endsWithWord(before: string, word: string): boolean {
  if (!before.endsWith(word)) return false;
  const prior = before[before.length - word.length - 1];
  return prior === undefined || !LETTER.test(prior);
}

/** Reads up to six lead words back from `index`, stopping at the first deadline or point word. */
export function readLeadIn(words: LeadWords, text: string, index: number): Lead {
  const sorted = sortedLeads(words);
  let position = index;
  let mode: WindowMode | undefined;
  let fuzzy = false;
  let negated = false;
  let start = index;
  for (let step = 0; step < 6; step++) {
    let cursor = position;
    while (cursor > 0 && /\s/.test(text[cursor - 1] ?? "")) cursor--;
    const before = text.slice(0, cursor).toLowerCase();
    const hit = sorted.find(([word]) => endsWithWord(before, word));
    if (!hit) break;
    const [word, kind] = hit;
    position = cursor - word.length;
    start = position;
    if (kind === "fuzzy") fuzzy = true;
    else if (kind === "next") mode ??= "by";
    else if (kind === "by" || kind === "at") {
      if (words.negatable.includes(word) && negatedIn(words, text, position)) {
        negated = true;
        mode = "at";
      }
      mode ??= kind;
      break;
    }
  }
  return { start, mode, fuzzy, negated };
}

/** True when the clause ending at `position` holds a negation or a wait. */
export function negatedIn(words: LeadWords, text: string, position: number): boolean {
  return words.negation.test(text.slice(Math.max(0, position - REACH), position));
}

/** The words right after a phrase. */
export interface Tail {
  end: number;
  mode: WindowMode | undefined;
  fuzzy: boolean;
}

/** Reads the tail word that starts at `end` (after spaces or a comma). */
export function readTailIn(words: LeadWords, text: string, end: number): Tail {
  const rest = text.slice(end);
  const gap = /^\s*,?\s*/.exec(rest)?.[0] ?? "";
  const after = rest.slice(gap.length).toLowerCase();
  for (const [word, kind] of words.tails) {
    const next = after[word.length];
    if (after.startsWith(word) && (next === undefined || !LETTER.test(next))) {
      const stop = end + gap.length + word.length;
      return kind === "fuzzy" ? { end: stop, mode: undefined, fuzzy: true } : { end: stop, mode: kind, fuzzy: false };
    }
  }
  return { end, mode: undefined, fuzzy: false };
}

const SORTED = /* @__PURE__ */ new WeakMap<LeadWords, ReadonlyArray<readonly [string, LeadKind]>>();

function sortedLeads(words: LeadWords): ReadonlyArray<readonly [string, LeadKind]> {
  let sorted = SORTED.get(words);
  if (!sorted) {
    sorted = [...words.leads].sort((a, b) => b[0].length - a[0].length);
    SORTED.set(words, sorted);
  }
  return sorted;
}
