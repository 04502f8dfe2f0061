import { finding, peopleOf, type ReviewSubject } from "../subject.js";
import { contentStems, countPresent, isMentioned } from "../text/content.js";
import type { DraftText } from "../text/draft-text.js";
import { findAnyPhrase, findPhrase } from "../text/phrases.js";
import type { DraftFinding } from "../types.js";
import { companyName, findCompany } from "./companies.js";

/*
 * The four jobs of a thank-you letter: say thank you, say again that you want the job, add
 * what you did not get to say in the interview, and give the reader a reason to prefer you.
 */

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
 *
 * Every word list is the draft's language's (languages/*.ts); the messages stay in English. In
 * German, French and Spanish a sentence also restates interest without a word for the job when
 * it says the interest lasts ("mi interés sigue intacto", "je reste très motivée").
 */
export function checkPurposes(subject: ReviewSubject): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const { text, input } = subject;
  const { rules } = text;
  const present = new Set(contentStems(text.words, rules));

  if (!text.words.some((word) => rules.isThanks(word.fold))) {
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
    if (!isMentioned(noteStems(missed), present, 1 / 3, rules)) {
      findings.push(
        finding(
          "warning",
          "missing-example",
          `Your notes hold an example you did not get to give ("${excerpt(missed)}"): add it to the letter.`,
        ),
      );
    }
  } else if (!findAnyPhrase(text.words, rules.exampleCues) && !mentionsTopic(subject, present, noteStems)) {
    findings.push(
      finding(
        "info",
        "missing-example",
        "Consider adding something you did not get to say, or explaining a point from the interview better, such as an example you forgot to mention.",
      ),
    );
  }

  const strengths = (input.notes?.strengths ?? []).map(noteStems);
  const showsStrength = strengths.some((stems) => isMentioned(stems, present, 1 / 2, rules));
  const cue =
    findAnyPhrase(text.words, rules.differentiator.phrases) ||
    text.words.some((word) => rules.differentiator.isWord(word.fold));
  if (!showsStrength && !cue) {
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

/**
 * True when a sentence pairs a word of wanting with the role, the company or a word for the job,
 * or (outside English) with a word saying the interest lasts.
 */
function restatesInterest(subject: ReviewSubject): boolean {
  const { text, input } = subject;
  const { rules } = text;
  const { interest } = rules;
  const company = companyName(input.company.name, rules);
  const roleStems = contentStems(input.role, rules).filter((item) => !rules.titleLevels.has(item));
  const folds = text.words.map((word) => word.fold);
  for (const sentence of text.sentences) {
    const from = sentence.firstWord;
    const to = sentence.endWord;
    if (from === to || !hasInterestWord(text, folds, from, to)) continue;
    const words = text.words.slice(from, to);
    if (words.some((word) => interest.isRoleReference(word.fold) || interest.renewal.has(word.fold))) return true;
    if (findCompany(words, company).length > 0) return true;
    const present = new Set(contentStems(words, rules));
    if (roleStems.length > 0 && countPresent(roleStems, present, rules) >= Math.ceil(roleStems.length / 2)) {
      return true;
    }
  }
  return false;
}

function hasInterestWord(text: DraftText, folds: readonly string[], from: number, to: number): boolean {
  const { interest } = text.rules;
  if (findAnyPhrase(text.words, interest.phrases, from, to)) return true;
  for (let i = from; i < to; i++) {
    if (!interest.isWord(folds[i]!) || isNegated(text, i, from)) continue;
    if (interest.isOtherWish(folds, i, to)) continue;
    return true;
  }
  return false;
}

/**
 * True when a negation stands within reach before word `index` of a sentence starting at
 * `from` ("not", "nicht mehr an der Stelle", "ne suis plus", "ya no"), and is not one of the
 * phrases that only look negative ("nicht nur", "no solo").
 */
function isNegated(text: DraftText, index: number, from: number): boolean {
  const { words, source, rules } = text;
  const { interest } = rules;
  for (let j = index - 1; j >= from && j >= index - interest.negationReach; j--) {
    const word = words[j]!;
    if (interest.clauseBound && /[,;:]/.test(source.slice(word.end, words[j + 1]!.start))) return false;
    if (interest.negationStops.has(word.fold)) return false;
    if (!interest.negations.has(word.fold)) continue;
    const excused = interest.notNegating.some(
      (phrase) =>
        findPhrase(words, phrase, Math.max(from, j - phrase.length + 1), Math.min(index, j + phrase.length)).length > 0,
    );
    if (!excused) return true;
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
    (person.topics ?? []).some((topic) => isMentioned(noteStems(topic), present, 1 / 3, subject.text.rules)),
  );
}

/** The stems a note is recognised by: its content words less those of the role and company, if any remain. */
function stemsOfNotes(subject: ReviewSubject): (note: string) => string[] {
  const { rules } = subject.text;
  const common = new Set(contentStems(`${subject.input.role} ${subject.input.company.name}`, rules));
  return (note) => {
    const own = contentStems(note, rules);
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
