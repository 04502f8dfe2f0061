import { finding, peopleOf, type ReviewSubject } from "../subject.js";
import { contentStems, countPresent, isMentioned } from "../text/content.js";
import type { DraftText } from "../text/draft-text.js";
import { findAnyPhrase, type Phrase, phrase } from "../text/phrases.js";
import type { DraftFinding } from "../types.js";
import { companyName, findCompany } from "./companies.js";

/*
 * The four jobs of a thank-you letter: say thank you, say again that you want the job, add
 * what you did not get to say in the interview, and give the reader a reason to prefer you.
 */

const THANKS_PREFIXES = ["thank", "appreciat", "grateful", "gratitude", "thx"];

/** Words that express wanting the job, when they sit in a sentence about the role or company. */
const INTEREST_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `want wanted wants excited excite exciting excitement keen eager eagerly interested interest enthusiastic
  enthusiasm thrilled delighted passionate motivated hope hoping hopeful love appeals appealing`.split(/\s+/),
);

const INTEREST_PHRASES: Phrase[] = /* @__PURE__ */ [
  "look forward",
  "looking forward",
  "would welcome",
  "i'd welcome",
  "can't wait",
  "cannot wait",
  "would love",
  "i'd love",
].map(phrase);

/** "I wanted to thank you" is not wanting the job. */
const WANT_TO_NOT_INTEREST = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `thank say let follow mention add share express tell write send ask note apologise apologize check reach take`.split(
    /\s+/,
  ),
);

const NEGATIONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `not never no longer don't doesn't didn't isn't wasn't aren't won't dont doesnt didnt isnt wasnt`.split(
    /\s+/,
  ),
);

/** Words that stand for the role itself in a sentence ("this role", "the team", "joining you"). */
const ROLE_REFERENCES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `role position job opportunity opening team company organisation organization work working join joining
  contribute contributing post vacancy mission`.split(/\s+/),
);

/** Words of a job title that say nothing about the job ("Senior", "II"). */
const TITLE_LEVELS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `senior junior lead principal staff associate head chief sr jr ii iii iv entry level mid`.split(
    /\s+/,
  ),
);

/** Phrases that introduce an explanation or an example the interview left out. */
const EXAMPLE_CUES: Phrase[] = /* @__PURE__ */ [
  "for example",
  "for instance",
  "forgot to mention",
  "forget to mention",
  "neglected to mention",
  "didn't mention",
  "did not mention",
  "didn't get to",
  "did not get to",
  "didn't have time to",
  "should have mentioned",
  "to add to",
  "one more example",
  "another example",
  "i'd like to add",
  "i would like to add",
  "i wanted to add",
  "want to add",
  "to expand on",
  "to elaborate",
  "elaborate on",
  "follow up on",
  "following up on",
  "you asked about",
  "you asked me",
  "when we discussed",
  "when we talked about",
  "we discussed",
  "we talked about",
  "our conversation about",
  "our discussion of",
  "our discussion about",
  "to clarify",
].map(phrase);

/** Phrases that set the candidate apart: what they bring, their record, their fit. */
const DIFFERENTIATOR_CUES: Phrase[] = /* @__PURE__ */ [
  "what i bring",
  "i bring",
  "i can bring",
  "i could bring",
  "i'd bring",
  "i would bring",
  "bring to",
  "experience in",
  "experience with",
  "experience of",
  "years of",
  "background in",
  "track record",
  "i have led",
  "i've led",
  "i led",
  "i built",
  "i've built",
  "i have built",
  "i delivered",
  "i have delivered",
  "my strength",
  "my strengths",
  "skills in",
  "expertise",
  "i am confident",
  "i'm confident",
  "confident that",
  "well suited",
  "well placed",
  "strong fit",
  "great fit",
  "good fit",
  "strong match",
  "i can help",
  "i could help",
  "i can contribute",
  "i could contribute",
  "qualified",
  "proven",
  "hit the ground running",
].map(phrase);

/**
 * Checks that the draft does the four jobs of a thank-you letter:
 * - `missing-thanks` (error): no thank, grateful or appreciate.
 * - `missing-interest` (warning): no sentence that pairs a word of wanting (want, excited, keen,
 *   eager, interested, look forward, would love...) with the role, the company or a word for the
 *   job ("this role", "the team"). When the notes say the candidate does not want the job,
 *   `not-interested` (warning) is reported instead.
 * - `missing-example` (warning): the notes' missed example does not show up. With no missed
 *   example in the notes, an info finding when the draft neither introduces an explanation
 *   ("for example", "I forgot to mention") nor mentions a topic discussed.
 * - `missing-differentiator` (warning): no strength from the notes shows up and no phrase such
 *   as "what I bring" or "experience in" is used.
 *
 * A note "shows up" when enough of its content words, lightly stemmed, are in the draft: all of
 * one or two, otherwise at least two and a third (a missed example, a topic) or half (a
 * strength, which is short and restated closely). Words of the role and company are left
 * aside, as any letter uses them.
 */
export function checkPurposes(subject: ReviewSubject): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const { text, input } = subject;
  const present = new Set(contentStems(text.words));

  if (!text.words.some((word) => THANKS_PREFIXES.some((prefix) => word.fold.startsWith(prefix)))) {
    findings.push(finding("error", "missing-thanks", "The letter never says thank you: thank them for their time."));
  }

  if (input.interest === "not-interested") {
    findings.push(
      finding(
        "warning",
        "not-interested",
        "Your notes say you do not want this job: a thank-you letter is for a job you want, so send a short courteous note or withdraw instead.",
      ),
    );
  } else if (!restatesInterest(subject)) {
    findings.push(
      finding(
        "warning",
        "missing-interest",
        `Say again that you want the job: a sentence about why the ${input.role} role at ${input.company.name} excites you.`,
      ),
    );
  }

  const noteStems = stemsOfNotes(subject);
  const missed = input.notes?.missedExample?.trim();
  if (missed) {
    if (!isMentioned(noteStems(missed), present)) {
      findings.push(
        finding(
          "warning",
          "missing-example",
          `Your notes hold an example you did not get to give ("${excerpt(missed)}"): add it to the letter.`,
        ),
      );
    }
  } else if (!findAnyPhrase(text.words, EXAMPLE_CUES) && !mentionsTopic(subject, present, noteStems)) {
    findings.push(
      finding(
        "info",
        "missing-example",
        "Consider adding something you did not get to say, or explaining a point from the interview better, such as an example you forgot to mention.",
      ),
    );
  }

  const strengths = (input.notes?.strengths ?? []).map(noteStems);
  const showsStrength = strengths.some((stems) => isMentioned(stems, present, 1 / 2));
  if (!showsStrength && !findAnyPhrase(text.words, DIFFERENTIATOR_CUES)) {
    const hint = strengths.length > 0 ? ` such as ${quoteList(input.notes?.strengths ?? [])}` : "";
    findings.push(
      finding(
        "warning",
        "missing-differentiator",
        `Give them a reason to choose you over the other candidates: name a strength${hint} and what it brings to the role.`,
      ),
    );
  }
  return findings;
}

/** True when a sentence pairs a word of wanting with the role, the company or a word for the job. */
function restatesInterest(subject: ReviewSubject): boolean {
  const { text, input } = subject;
  const company = companyName(input.company.name);
  const roleStems = contentStems(input.role).filter((item) => !TITLE_LEVELS.has(item));
  for (const sentence of text.sentences) {
    const from = sentence.firstWord;
    const to = sentence.endWord;
    if (from === to || !hasInterestWord(text, from, to)) continue;
    const words = text.words.slice(from, to);
    if (words.some((word) => ROLE_REFERENCES.has(word.fold))) return true;
    if (findCompany(words, company).length > 0) return true;
    const present = new Set(contentStems(words));
    if (roleStems.length > 0 && countPresent(roleStems, present) >= Math.ceil(roleStems.length / 2)) return true;
  }
  return false;
}

function hasInterestWord(text: DraftText, from: number, to: number): boolean {
  if (findAnyPhrase(text.words, INTEREST_PHRASES, from, to)) return true;
  for (let i = from; i < to; i++) {
    const word = text.words[i]!;
    if (!INTEREST_WORDS.has(word.fold)) continue;
    const before = [text.words[i - 1], text.words[i - 2]].filter((item) => item !== undefined && item.index >= from);
    if (before.some((item) => NEGATIONS.has(item!.fold))) continue;
    if (word.fold.startsWith("want")) {
      const [to1, verb] = [text.words[i + 1]?.fold, text.words[i + 2]?.fold];
      if (to1 === "to" && verb !== undefined && WANT_TO_NOT_INTEREST.has(verb)) continue;
    }
    return true;
  }
  return false;
}

/** True when the draft mentions a topic discussed with someone. */
function mentionsTopic(
  subject: ReviewSubject,
  present: ReadonlySet<string>,
  noteStems: (note: string) => string[],
): boolean {
  return peopleOf(subject).some((person) =>
    (person.topics ?? []).some((topic) => isMentioned(noteStems(topic), present)),
  );
}

/** The stems a note is recognised by: its content words less those of the role and company, if any remain. */
function stemsOfNotes(subject: ReviewSubject): (note: string) => string[] {
  const common = new Set(contentStems(`${subject.input.role} ${subject.input.company.name}`));
  return (note) => {
    const own = contentStems(note);
    const distinctive = own.filter((item) => !common.has(item));
    return distinctive.length > 0 ? distinctive : own;
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

function quoteList(items: readonly string[]): string {
  const shown = items.slice(0, 3).map((item) => `"${excerpt(item)}"`);
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}`;
}
