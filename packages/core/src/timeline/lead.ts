import type { WindowMode } from "./reading.js";

/** The words before a phrase that change its meaning: "within", "by", "in the next", "about". */
export interface Lead {
  /** Where the lead words start (the phrase's own index when there are none). */
  start: number;
  /** `by` for deadline words, `at` for "in"/"on"/"after", `undefined` when none was said. */
  mode: WindowMode | undefined;
  /** True when a hedge ("about", "around", "roughly") was said. */
  fuzzy: boolean;
}

type Kind = "by" | "at" | "next" | "fuzzy" | "filler";

// Longest first, so "no later than" wins over "than".
const LEAD_WORDS: ReadonlyArray<readonly [string, Kind]> = [
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
  ["perhaps", "fuzzy"],
  ["~", "fuzzy"],
  ["sometime", "filler"],
  ["the", "filler"],
  ["at", "filler"],
];

const LETTER = /[a-z0-9']/i;

/** Reads the lead words that end right before `index` (at most five words back). */
export function readLead(text: string, index: number): Lead {
  let position = index;
  let mode: WindowMode | undefined;
  let fuzzy = false;
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
      mode ??= kind;
      break;
    }
  }
  return { start, mode, fuzzy };
}

/** The words after a phrase that change its meaning: "at the latest", "or so". */
export interface Tail {
  end: number;
  mode: WindowMode | undefined;
  fuzzy: boolean;
}

const TAIL =
  /^(?:\s*,)?\s*(at the (?:very )?latest|at the most|at most|or sooner|or less|max(?:imum)?\b|tops\b|or so\b|-?ish\b|give or take(?: a (?:day|week))?|or more\b|or longer\b)/i;

/** Reads the tail words that start right at `end`. */
export function readTail(text: string, end: number): Tail {
  const match = TAIL.exec(text.slice(end));
  if (!match) return { end, mode: undefined, fuzzy: false };
  const word = (match[1] ?? "").toLowerCase();
  const by = /latest|most|sooner|less|max|tops/.test(word);
  return { end: end + match[0].length, mode: by ? "by" : undefined, fuzzy: !by };
}
