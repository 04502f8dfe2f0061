import { nesting } from "../../text/balance.js";
import { clean } from "../../text/clean.js";

/*
 * A letter to one interviewer may mention, in passing, the example the candidate is sending to
 * another. That mention is a piece of the candidate's own words, so it must read as a whole
 * thought on its own: it is taken only where the note says what was left out ("I forgot to
 * mention ..."), it ends only where a clause ends and never inside brackets or quotes, and when
 * no such piece exists the mention is left out (the letter then carries the whole example).
 */

/** Phrases after which a note says what was left out: "I forgot to mention the backfill tool". */
const LEFT_OUT =
  /\b(?:forgot|forget|neglected|failed|meant|wanted|didn't get|did not get|never got|didn't have time|did not have time|ran out of time)\s+to\s+(?:mention|explain|say|describe|share|bring up|talk about|give)\s+/iu;

/**
 * Words that open a new clause, where a phrase can end whole: "the backfill tool I built | that
 * replays a day of events". "and", "or" and bare commas are not among them, as they join the
 * items of a list more often than clauses, and cutting a list leaves half a thought.
 */
const CLAUSE_WORDS = new Set(
  `that which who whom whose where because since so when while although though after before until but as`.split(" "),
);

/**
 * First words that would not read after "about" or "mention": a new subject ("I built ...") or a
 * that-clause ("that I ran ..."), which need the sentence around them.
 */
const NOT_A_TOPIC = new Set(`i i'm i've i'd i'll we we're we've we'd you he she they it it's that to if`.split(" "));

/**
 * Words a whole phrase does not end on. After one of them, "that" or "which" is part of the
 * phrase ("the data from that week", "the team for which I built it"), not the start of a clause.
 */
const FUNCTION_WORDS = new Set(
  `a an the and or nor of from to for with in on at by about into onto over under than like per via
  between across through during without within my our your his her its their this these those`.split(/\s+/u),
);

/** Short words followed by a point that do not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st vs etc approx inc ltd co corp no jr sr dept e.g i.e cf al fig`.split(" "),
);

/** Longer than this, a passing mention stops being one; the letter then carries the whole example. */
const MAX_WORDS = 12;

/** The word as compared with the lists above: lower case, quotes, brackets and end marks trimmed. */
function bare(word: string): string {
  return word
    .toLocaleLowerCase("en")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[^\p{L}\p{N}]+$/u, "")
    .replace(/’/gu, "'");
}

/**
 * Where the phrase that starts at `from` ends whole: before the first clause word, semicolon,
 * colon or dash, or at the end of its sentence, whichever comes first outside any brackets or
 * quotes. Returns the end index, or -1 when the phrase runs into a point that may not end a
 * sentence (an abbreviation), which would leave a cut word.
 */
function phraseEnd(text: string, from: number, depth: readonly number[]): number {
  let words = 0;
  let previous = "";
  for (const match of text.slice(from).matchAll(/\S+/gu)) {
    const start = from + match.index;
    const word = match[0];
    const opensClause = words >= 2 && CLAUSE_WORDS.has(bare(word)) && !FUNCTION_WORDS.has(bare(previous));
    if (depth[start] === 0 && opensClause && /^\p{L}/u.test(word)) return start;
    if (depth[start] === 0 && /^(?:[-–—]+)$/u.test(word)) return start;
    for (let i = start; i < start + word.length; i++) {
      if (depth[i] !== 0) continue;
      const char = text[i]!;
      const rest = text.slice(i + 1, start + word.length);
      // "10:30" and "2019–2021" go on; a colon or semicolon before a space, or an em dash, ends it.
      if ((char === ";" || char === ":") && rest === "") return i;
      if (char === "—") return i;
      if (/[.!?…]/u.test(char) && /^[.!?…"'”’»)\]]*$/u.test(rest)) {
        if (char === "." && ABBREVIATIONS.has(bare(text.slice(start, i + 1)))) return -1;
        if (char === "." && /\.\p{L}/u.test(word)) return -1; // U.S., e.g.
        return i;
      }
    }
    words++;
    previous = word;
  }
  return text.length;
}

/**
 * What a missed example was about, as a phrase to mention in passing in a letter to someone else
 * ("the backfill tool I built"): the words after "I forgot to mention" (or "never got to explain",
 * ...) up to the end of their clause. It is always a run of whole words from the note, with every
 * bracket and quote in it closed. Undefined when the note does not say what it left out in that
 * way, or when no such phrase of two to twelve words reads whole after "about" (the letter then
 * gives the example in full).
 *
 * @example
 * ```ts
 * exampleTopic("I forgot to mention the backfill tool I built that replays a day of events.");
 * //=> "the backfill tool I built"
 * exampleTopic("I forgot to mention the pipeline I designed (regexes, heuristics) that cut costs.");
 * //=> "the pipeline I designed (regexes, heuristics)"
 * exampleTopic("I forgot to mention that I ran our graduate scheme.");
 * //=> undefined
 * ```
 */
export function exampleTopic(example: string): string | undefined {
  const text = clean(example);
  if (!text) return undefined;
  const { depth, balanced } = nesting(text);
  // With the candidate's own brackets left open, no piece of it can be promised whole.
  if (!balanced) return undefined;
  const match = LEFT_OUT.exec(text);
  if (!match || depth[match.index] !== 0) return undefined;
  const from = match.index + match[0].length;
  const end = phraseEnd(text, from, depth);
  if (end < 0) return undefined;
  const phrase = text
    .slice(from, end)
    .replace(/[\s,]+$/u, "")
    .trim();
  const words = phrase.split(" ");
  if (words.length < 2 || words.length > MAX_WORDS) return undefined;
  if (NOT_A_TOPIC.has(bare(words[0]!)) || FUNCTION_WORDS.has(bare(words.at(-1)!))) return undefined;
  // It ends on a word, or on marks that close pairs opened within it; never on other punctuation.
  if (!/[\p{L}\p{N}%]["'”’»)\]]*$/u.test(phrase) || !nesting(phrase).balanced) return undefined;
  return phrase;
}
