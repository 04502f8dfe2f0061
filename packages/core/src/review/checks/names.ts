import type { LanguageRules } from "../languages/types.js";
import { finding, isNamed, type NamedPerson, peopleOf, type ReviewSubject } from "../subject.js";
import { editDistance } from "../text/distance.js";
import type { DraftWord } from "../text/draft-text.js";
import { findSalutation, type Salutation } from "../text/salutation.js";
import { type Word, wordsOf } from "../text/words.js";
import type { DraftFinding } from "../types.js";

/** One word of a person's name, e.g. "Whitfield" of "Dana Whitfield". */
interface NamePart {
  text: string;
  lower: string;
  fold: string;
  person: NamedPerson;
}

/** How a draft word relates to a name part. */
type Likeness = { kind: "case" | "accents" } | { kind: "typo"; distance: number };

/**
 * Checks how people are named: each name spelled as given (`name-misspelled`, a warning at
 * the word), and, when the draft has a recipient, a greeting that addresses them
 * (`wrong-recipient`, an error, when another interviewer is named there;
 * `generic-salutation`, a warning, when no one is).
 *
 * A word is a near miss of a name part when it differs only in accents ("Jose" for "José"),
 * only in inner capitals ("Mcdonald" for "McDonald"), or, being capitalised, by one edit for
 * names of four to six letters and two edits for longer ones (Damerau-Levenshtein, accents
 * ignored: "Whitfeld" for "Whitfield"). Words that appear elsewhere in the context (the role,
 * the company, topics, other people's names) are never near misses, and a capitalised word
 * that merely opens a sentence must be closer still, so "Data" does not read as "Dana". In
 * German, where every noun is capitalised, so must any capitalised word that stands beside no
 * title and no other part of a name. A missing accent or umlaut is a misspelling in every
 * language ("Muller" for "Müller", "Nunez" for "Núñez", "Francois" for "François").
 */
export function checkNames(subject: ReviewSubject): DraftFinding[] {
  const people = peopleOf(subject);
  const { rules } = subject.text;
  const parts = people.flatMap((person) => partsOf(person, rules));
  const vocabulary = contextVocabulary(subject, people);
  const { text } = subject;
  const salutation = findSalutation(text);
  const findings: DraftFinding[] = [];

  for (const word of text.words) {
    if (vocabulary.exact.has(word.bare)) continue;
    const inSalutation = salutation !== null && word.index >= salutation.firstWord && word.index < salutation.endWord;
    const near = nearestPart(word, parts, vocabulary.lower, strictness(subject, word, parts, inSalutation), rules);
    if (near) findings.push(misspelling(subject, word, near.part, near.likeness));
  }
  if (subject.recipient && isNamed(subject.recipient) && salutation)
    findings.push(...checkSalutation(subject, subject.recipient, salutation, parts));
  return findings;
}

function partsOf(person: NamedPerson, rules: LanguageRules): NamePart[] {
  return wordsOf(person.name, rules.elisions)
    .filter((word) => [...word.fold].length >= 2)
    .map((word) => ({ text: word.bare, lower: word.lower, fold: word.fold, person }));
}

/** Words the context itself uses; a draft word equal to one of them is taken as meant. */
function contextVocabulary(subject: ReviewSubject, people: readonly NamedPerson[]) {
  const { input } = subject;
  const texts = [
    input.role,
    input.company.name,
    input.candidate?.name ?? "",
    ...(input.notes?.strengths ?? []),
    ...subject.otherCompanies,
    ...people.flatMap((person) => [person.name, ...(person.topics ?? [])]),
  ];
  const exact = new Set<string>();
  const lower = new Set<string>();
  for (const item of texts) {
    for (const word of wordsOf(item, subject.text.rules.elisions)) {
      exact.add(word.bare);
      lower.add(word.lower);
    }
  }
  return { exact, lower };
}

/** "loose" in a greeting or next to another part of a name; "strict" where a capital may only open a sentence. */
type Strictness = "loose" | "normal" | "strict";

function strictness(
  subject: ReviewSubject,
  word: DraftWord,
  parts: readonly NamePart[],
  inSalutation: boolean,
): Strictness {
  if (inSalutation) return "loose";
  const { words, sentences, rules } = subject.text;
  const before = words[word.index - 1];
  const after = words[word.index + 1];
  const nextToName = [before, after].some(
    (neighbour) =>
      neighbour !== undefined &&
      (rules.honorifics.has(neighbour.fold) || parts.some((part) => part.fold === neighbour.fold)),
  );
  if (nextToName) return "loose";
  const opensSentence = sentences[word.sentence]?.firstWord === word.index || before?.line !== word.line;
  return opensSentence || rules.capitalisedNouns ? "strict" : "normal";
}

function nearestPart(
  word: Word,
  parts: readonly NamePart[],
  vocabulary: ReadonlySet<string>,
  strictness: Strictness,
  rules: LanguageRules,
): { part: NamePart; likeness: Likeness } | null {
  let best: { part: NamePart; likeness: Likeness } | null = null;
  for (const part of parts) {
    const likeness = compare(word, part, vocabulary, strictness, rules);
    if (!likeness) continue;
    if (!best || rank(likeness) < rank(best.likeness)) best = { part, likeness };
  }
  return best;
}

function rank(likeness: Likeness): number {
  return likeness.kind === "typo" ? likeness.distance : 0;
}

function compare(
  word: Word,
  part: NamePart,
  vocabulary: ReadonlySet<string>,
  strictness: Strictness,
  rules: LanguageRules,
): Likeness | null {
  if (word.bare === part.text) return null;
  if (word.lower === part.lower) {
    // "dana" may be the word "dana"; "DANA" is shouting, not a mistake; "Mcdonald" is a mistake.
    const mixed = word.bare !== word.bare.toLowerCase() && word.bare !== word.bare.toUpperCase();
    return mixed ? { kind: "case" } : null;
  }
  if (vocabulary.has(word.lower)) return null;
  if (word.fold === part.fold) return { kind: "accents" };
  if (rules.letterWords.has(word.fold) || rules.honorifics.has(word.fold)) return null;
  if (!/^\p{Lu}/u.test(word.bare)) return null;
  const length = [...part.fold].length;
  let allowed = length >= 7 ? 2 : length >= 4 ? 1 : 0;
  if (strictness === "strict") allowed = length >= 6 ? Math.min(allowed, 1) : 0;
  if (allowed === 0) return null;
  const distance = editDistance(word.fold, part.fold, allowed);
  if (distance > allowed) return null;
  // A distance of two must keep the first letter: "Whitfeild" is Whitfield, "Chitfeld" is not.
  if (distance === 2 && word.fold[0] !== part.fold[0]) return null;
  return { kind: "typo", distance };
}

function misspelling(subject: ReviewSubject, word: Word, part: NamePart, likeness: Likeness): DraftFinding {
  const who = part.person.name;
  const written = `"${word.bare}"`;
  const expected = `"${part.text}"`;
  let message: string;
  if (likeness.kind === "accents") message = `${written} should be ${expected}, with its accents, as in ${who}.`;
  else if (likeness.kind === "case") message = `${written} should be capitalised ${expected}, as in ${who}.`;
  else message = `${written} looks like a misspelling of ${expected} (${who}): spell names exactly as given.`;
  if (part.person.spellingConfirmed === false) {
    message += ` The spelling of ${who} is not confirmed yet: check it with the person who scheduled the interview.`;
  }
  return finding("warning", "name-misspelled", message, subject.text.at(word.start, word.bareEnd));
}

function checkSalutation(
  subject: ReviewSubject,
  recipient: NamedPerson,
  salutation: Salutation,
  parts: readonly NamePart[],
): DraftFinding[] {
  const findings: DraftFinding[] = [];
  let addressed = false;
  const { words, rules } = subject.text;
  for (let i = salutation.firstWord; i < salutation.endWord; i++) {
    const word = words[i]!;
    const matches = (part: NamePart) =>
      part.fold === word.fold || compare(word, part, new Set(), "loose", rules) !== null;
    if (parts.some((part) => part.person.name === recipient.name && matches(part))) {
      addressed = true;
      continue;
    }
    const other = parts.find((part) => part.person.name !== recipient.name && matches(part));
    if (other) {
      findings.push(
        finding(
          "error",
          "wrong-recipient",
          `The greeting names ${other.person.name}, but this letter is for ${recipient.name}.`,
          subject.text.at(word.start, word.bareEnd),
        ),
      );
    }
  }
  if (!addressed && findings.length === 0) {
    findings.push(
      finding(
        "warning",
        "generic-salutation",
        `The greeting does not name ${recipient.name}: address the letter to them by name.`,
        subject.text.at(salutation.start, salutation.end),
      ),
    );
  }
  return findings;
}
