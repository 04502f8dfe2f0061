import type { WindowMode } from "./reading.js";

/** The words before a phrase that change its meaning: "within", "by", "in the next", "about". */
export interface Lead {
  /** Where the lead words start (the phrase's own index when there are none). */
  start: number;
  /** `by` for deadline words, `at` for "in"/"on"/"after", `undefined` when none was said. */
  mode: WindowMode | undefined;
  /** True when a hedge ("about", "around", "roughly") was said. */
  fuzzy: boolean;
  /**
   * True when "until", "till" or "before" follows a negation in the same clause ("can't decide until
   * Monday", "not before the 10th"): the day named is then when the answer starts, not a deadline.
   */
  negated: boolean;
}

type Kind = "by" | "at" | "next" | "fuzzy" | "filler";

// Longest first, so "no later than" wins over "than" and "close of business on" over "on".
const LEAD_WORDS: ReadonlyArray<readonly [string, Kind]> = [
  // "COB Friday", "by close of business on Friday", "EOD Monday": a deadline at that day's end.
  ["close of business on", "by"],
  ["end of business on", "by"],
  ["close of play on", "by"],
  ["end of play on", "by"],
  ["end of day on", "by"],
  ["end of the day on", "by"],
  ["close of business", "by"],
  ["end of business", "by"],
  ["close of play", "by"],
  ["end of play", "by"],
  ["end of day", "by"],
  ["cob on", "by"],
  ["eod on", "by"],
  ["eop on", "by"],
  ["the end of", "by"],
  ["end of", "by"],
  ["the close of", "by"],
  ["cob", "by"],
  ["eod", "by"],
  ["eop", "by"],
  ["at the very latest", "by"],
  ["at the latest", "by"],
  ["no later than", "by"],
  ["not later than", "by"],
  ["on or before", "by"],
  ["sometime before", "by"],
  ["no more than", "by"],
  ["inside of", "by"],
  ["prior to", "by"],
  ["ahead of", "by"],
  ["at most", "by"],
  ["less than", "by"],
  ["at least", "at"],
  ["more than", "at"],
  ["within", "by"],
  ["before", "by"],
  ["until", "by"],
  ["till", "by"],
  ["'til", "by"],
  ["til", "by"],
  ["inside", "by"],
  ["during", "by"],
  ["up to", "by"],
  ["under", "by"],
  ["over", "by"],
  ["by", "by"],
  ["after", "at"],
  ["in", "at"],
  ["on", "at"],
  ["next", "next"],
  ["coming", "next"],
  ["approximately", "fuzzy"],
  ["approx.", "fuzzy"],
  ["approx", "fuzzy"],
  ["roughly", "fuzzy"],
  ["around", "fuzzy"],
  ["about", "fuzzy"],
  ["some", "fuzzy"],
  ["maybe", "fuzzy"],
  ["probably", "fuzzy"],
  ["likely", "fuzzy"],
  ["hopefully", "fuzzy"],
  ["possibly", "fuzzy"],
  ["ideally", "fuzzy"],
  ["perhaps", "fuzzy"],
  ["~", "fuzzy"],
  ["sometime", "filler"],
  ["the", "filler"],
  ["at", "filler"],
];

const LETTER = /[a-z0-9']/i;

/** The lead words that a negation turns around: "not until Friday" starts on Friday. */
const NEGATABLE = /* @__PURE__ */ new Set(["until", "till", "'til", "til", "before", "prior to"]);
/** A negation earlier in the same clause: "can't", "won't … until", "not", "no decision … before". */
const NEGATION =
  /(?:n't|\bnot|\bnever|\bcannot|\bno\b|\bunable\s+to|\bnothing|\bwait(?:ing)?|\bdelay(?:s|ed|ing)?|\bpostpon(?:e|es|ed|ing)|\bhold(?:ing)?\s+off|\bon\s+hold|\bpush(?:ed|ing)?\s+back)(?:(?!\bbut\b)[^.;:!?])*$/i;
/** How far back a negation may stand from its "until". */
const NEGATION_REACH = 60;

/**
 * True when the clause that ends at `position` holds a negation or a wait ("we can't decide",
 * "I have to wait"): a time after it is when the answer starts, not a deadline.
 */
export function negatedBefore(text: string, position: number): boolean {
  const clause = text.slice(Math.max(0, position - NEGATION_REACH), position);
  // "If you don't hear from us before June 9, call": a condition, so the date stays a deadline.
  return NEGATION.test(clause) && !CONDITION.test(clause);
}

const CONDITION = /\b(?:if|unless|in\s+case)\b[^.;:!?]*(?:n't|\bnot|\bno\b)[^.;:!?]*$/i;

const SENTENCE_DEADLINE = /\b(?:at\s+the\s+(?:very\s+)?latest|no\s+later\s+than)\b/i;

/** The sentence of `text` that holds `index`. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(
    text.lastIndexOf(".", index - 1),
    text.lastIndexOf("!", index - 1),
    text.lastIndexOf("?", index - 1),
  );
  const ends = [".", "!", "?"].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
  return text.slice(start + 1, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** Reads the lead words that end right before `index` (at most five words back). */
export function readLead(text: string, index: number): Lead {
  let position = index;
  let mode: WindowMode | undefined;
  let fuzzy = false;
  let negated = false;
  let start = index;
  for (let step = 0; step < 6; step++) {
    let cursor = position;
    while (cursor > 0 && /\s/.test(text[cursor - 1] ?? "")) cursor--;
    const before = text.slice(0, cursor).toLowerCase();
    const hit = LEAD_WORDS.find(([word]) => {
      if (!before.endsWith(word)) return false;
      const prior = before[before.length - word.length - 1];
      return word === "~" || prior === undefined || !LETTER.test(prior);
    });
    if (!hit) break;
    const [word, kind] = hit;
    position = cursor - word.length;
    start = position;
    if (kind === "fuzzy") fuzzy = true;
    else if (kind === "next") mode ??= "by";
    else if (kind === "by" || kind === "at") {
      if (NEGATABLE.has(word) && negatedBefore(text, position)) {
        negated = true;
        mode = "at";
      }
      mode ??= kind;
      break;
    }
  }
  // "At the very latest it will be mid-June": the deadline words stand elsewhere in the sentence.
  if (mode === undefined && SENTENCE_DEADLINE.test(sentenceAround(text, index))) mode = "by";
  return { start, mode, fuzzy, negated };
}

/** The words after a phrase that change its meaning: "at the latest", "or so". */
export interface Tail {
  end: number;
  mode: WindowMode | undefined;
  fuzzy: boolean;
}

const TAIL =
  /^(?:\s*,)?\s*(at the (?:very )?(?:earliest|soonest)|at (?:the )?(?:very )?least|at the (?:very )?latest|at the most|at most|or sooner|or less|max(?:imum)?\b|tops\b|or so\b|-?ish\b|give or take(?: a (?:day|week))?|or more\b|or longer\b)/i;

/** Reads the tail words that start right at `end`. */
export function readTail(text: string, end: number): Tail {
  const match = TAIL.exec(text.slice(end));
  if (!match) return { end, mode: undefined, fuzzy: false };
  const word = (match[1] ?? "").toLowerCase();
  if (/earliest|soonest|least/.test(word)) return { end: end + match[0].length, mode: "at", fuzzy: false };
  const by = /latest|most|sooner|less|max|tops/.test(word);
  return { end: end + match[0].length, mode: by ? "by" : undefined, fuzzy: !by };
}
