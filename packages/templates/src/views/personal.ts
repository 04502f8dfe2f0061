import type { InterviewInput, Person } from "@afterview/core";
import type { LanguagePack } from "../languages/types.js";
import { asSentence, clean, firstName, phraseList } from "../text/clean.js";

/*
 * What makes each interviewer's thank-you letter their own, so that two letters to the same
 * company never read as copies (core's `reviewDrafts` warns about letters sharing over 90% of
 * their words). Every choice is deterministic: it depends only on the interview and on the
 * reader's place among the interviewers.
 */

/** The parts of a thank-you letter chosen for one reader. */
export interface PersonalParts {
  /** The reader's place among the interviewers, or 0 for anyone else (a scheduler, an outsider). */
  index: number;
  /** The full missed example, for the interviewer it concerns (or anyone outside the panel). */
  missed: string | undefined;
  /** For the other interviewers: what the example was about, as a short run of whole words from it (see `exampleTopic`). */
  aside: string | undefined;
  /** The first name of the interviewer the example concerns, when the aside can name them. */
  asideTo: string | undefined;
  /** Their full name. */
  asideToName: string | undefined;
  /** The strength closest to the reader's topics (else one chosen by their place). */
  strength: string | undefined;
  /** The other strengths, in the order given. */
  moreStrengths: string[];
}

/** Words that say nothing about what a topic or a strength is about. */
const FILLER = new Set(
  `about after also from have into more next over than that their them there they this what when where which
  with your year years team work`.split(/\s+/),
);

/** The words a phrase is matched by: lower case, four letters or more, cut to five (a light stem). */
function keyWords(text: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const word of (text ?? "").toLocaleLowerCase("en").split(/[^\p{L}\p{N}]+/u)) {
    if ([...word].length >= 4 && !FILLER.has(word)) out.add(word.slice(0, 5));
  }
  return out;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

const LETTER = /\p{L}/u;

/** The character (a whole code point) that ends just before `at`, or "" at the start. */
function charBefore(text: string, at: number): string {
  if (at === 0) return "";
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/** True when `word` stands in `text` as a whole word: no letter right before or after it. */
function standsAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text.codePointAt(at + word.length);
    if (!LETTER.test(charBefore(text, at)) && (after === undefined || !LETTER.test(String.fromCodePoint(after)))) {
      return true;
    }
  }
  return false;
}

/** True when `name` (or its first word) stands as a word of the folded text, accents and case aside. */
function names(folded: string, name: string | undefined): boolean {
  return name !== undefined && [name, firstName(name)].some((part) => standsAlone(folded, fold(part)));
}

/**
 * The interviewer a missed example is about: the first one it names (full or first name); else
 * the one whose topics share the most words with it; else the first interviewer.
 */
export function exampleOwner(input: InterviewInput, example: string): number {
  const folded = fold(example);
  const named = input.interviewers.findIndex((person) => names(folded, clean(person.name)));
  if (named >= 0) return named;
  const words = keyWords(example);
  let best = 0;
  let bestScore = 0;
  input.interviewers.forEach((person, index) => {
    const score = overlap(keyWords((person.topics ?? []).join(" ")), words);
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/** The reader's place among the interviewers: by name, else by the same topics; -1 when not one of them. */
export function readerIndex(input: InterviewInput, reader: Person | undefined): number {
  if (!reader) return -1;
  const name = clean(reader.name)?.toLocaleLowerCase("en");
  if (name) return input.interviewers.findIndex((person) => clean(person.name)?.toLocaleLowerCase("en") === name);
  const topics = JSON.stringify(phraseList(reader.topics));
  if (topics === "[]") return -1;
  return input.interviewers.findIndex(
    (person) => !clean(person.name) && JSON.stringify(phraseList(person.topics)) === topics,
  );
}

/** The strength whose words are closest to the reader's topics; with none close, one chosen by `index`. */
export function leadStrength(strengths: readonly string[], topics: readonly string[], index: number): number {
  if (strengths.length === 0) return -1;
  const topicWords = keyWords(topics.join(" "));
  let best = -1;
  let bestScore = 0;
  strengths.forEach((strength, at) => {
    const score = overlap(keyWords(strength), topicWords);
    if (score > bestScore) [best, bestScore] = [at, score];
  });
  return best >= 0 ? best : index % strengths.length;
}

/**
 * Chooses, for one reader, which form of the missed example they get and which strength leads.
 * The interviewer the example concerns gets it in full (and is spoken to as "you" in it); the
 * others get a short reference to it when a whole phrase saying what was left out can be taken
 * from the note, else the example in full too.
 */
export function personalParts(
  input: InterviewInput,
  reader: Person | undefined,
  personal: LanguagePack["personal"],
): PersonalParts {
  const at = readerIndex(input, reader);
  const index = Math.max(at, 0);
  const example = asSentence(input.notes?.missedExample);
  let missed: string | undefined;
  let aside: string | undefined;
  let asideTo: string | undefined;
  let asideToName: string | undefined;
  if (example) {
    const owner = exampleOwner(input, example);
    aside = personal && at >= 0 && at !== owner ? personal.exampleTopic(example) : undefined;
    if (aside) {
      asideToName = clean(input.interviewers[owner]?.name);
      asideTo = asideToName ? firstName(asideToName) : undefined;
    } else {
      const name = clean(reader?.name);
      missed = personal && name && at === owner ? personal.addressedTo(example, name) : example;
    }
  }
  const strengths = phraseList(input.notes?.strengths);
  const lead = leadStrength(strengths, phraseList(reader?.topics), index);
  return {
    index,
    missed,
    aside,
    asideTo,
    asideToName,
    strength: strengths[lead],
    moreStrengths: strengths.filter((_item, position) => position !== lead),
  };
}
