import type { Person } from "../schema/person.js";
import { findIdenticalLetters } from "./checks/similarity.js";
import { readIn, reviewValid } from "./review-draft.js";
import { finding, peopleOf } from "./subject.js";
import type { DraftFinding, DraftReview, DraftSeverity, ReviewContext } from "./types.js";
import { validateReviews } from "./validate.js";

/** One letter of a set: whom it is for and what it says. */
export interface RecipientDraft {
  recipient: Person;
  text: string;
}

/** The shared context of {@link reviewDrafts}: as for {@link reviewDraft}, without `recipient`. */
export interface DraftSetContext extends Omit<ReviewContext, "recipient"> {
  /**
   * Letters whose words (names and greeting left out) overlap more than this share, 0–1, are
   * nearly identical. Default 0.9 (inferred; see `IDENTICAL_LETTERS_THRESHOLD`).
   */
  similarityThreshold?: number | undefined;
}

/** A finding about two letters of a set. */
export interface DraftSetFinding {
  severity: DraftSeverity;
  code: "identical-letters";
  message: string;
  /** The indexes of the two drafts, the smaller first. */
  drafts: [number, number];
  /** The share of words the two letters have in common, 0–1. */
  overlap: number;
}

/** The result of {@link reviewDrafts}. */
export interface DraftSetReview {
  /** One review per draft, in the order given; each also lists the `identical-letters` findings it is part of. */
  reviews: DraftReview[];
  /** Findings about pairs of drafts. */
  findings: DraftSetFinding[];
  /** True when every review is ok. */
  ok: boolean;
}

/**
 * Reviews one letter per interviewer: each draft as {@link reviewDraft} would with its own
 * recipient, and the set as a whole. Two letters to different people that say nearly the same
 * thing (over 90% of their words in common once names and greetings are left out) are an
 * `identical-letters` warning, in the set's `findings` and in both drafts' reviews.
 *
 * @throws {AfterviewValidationError} when a draft (`drafts[1].text`), a recipient
 *   (`drafts[0].recipient.name`) or the context does not validate; at most 50 drafts.
 *
 * @example
 * ```ts
 * const letter = (name: string) => `Dear ${name},\n\nThank you for your time today...`;
 * const result = reviewDrafts(
 *   [
 *     { recipient: { name: "Dana Whitfield" }, text: letter("Dana") },
 *     { recipient: { name: "Sam Okafor" }, text: letter("Sam") },
 *   ],
 *   { input },
 * );
 * result.findings.map((finding) => [finding.code, finding.drafts]);
 * //=> [["identical-letters", [0, 1]]]
 * ```
 */
export function reviewDrafts(drafts: readonly RecipientDraft[], context: DraftSetContext): DraftSetReview {
  const valid = validateReviews(drafts, context);
  const letters = valid.drafts.map((draft) => ({
    text: readIn(draft.text, valid.context),
    recipient: draft.recipient,
  }));
  const people = peopleOf({ input: valid.context.input, recipient: undefined });
  for (const draft of valid.drafts) {
    const more = peopleOf({ input: { ...valid.context.input, interviewers: [] }, recipient: draft.recipient });
    for (const person of more) if (!people.some((known) => known.name === person.name)) people.push(person);
  }
  const pairs = findIdenticalLetters(letters, people, valid.context.similarityThreshold);
  const findings: DraftSetFinding[] = pairs.map((pair) => ({
    severity: "warning",
    code: "identical-letters",
    message: `The letters to ${nameOf(valid.drafts[pair.first]!.recipient)} and ${nameOf(valid.drafts[pair.second]!.recipient)} are nearly the same (${percent(pair.overlap)} of their words): each letter should be personal, so mention what you discussed with each person.`,
    drafts: [pair.first, pair.second],
    overlap: pair.overlap,
  }));
  const reviews = valid.drafts.map((draft, index) => {
    const extra: DraftFinding[] = [];
    for (const pair of pairs) {
      if (pair.first !== index && pair.second !== index) continue;
      const other = valid.drafts[pair.first === index ? pair.second : pair.first]!.recipient;
      extra.push(finding("warning", "identical-letters", personalMessage(draft.recipient, other, pair.overlap)));
    }
    return reviewValid(letters[index]!.text, { ...valid.context, recipient: draft.recipient }, extra);
  });
  return { reviews, findings, ok: reviews.every((review) => review.ok) };
}

function personalMessage(recipient: Person, other: Person, overlap: number): string {
  const topics = recipient.topics ?? [];
  const hint = topics.length > 0 ? ` (with ${nameOf(recipient)}: ${topics.slice(0, 2).join(", ")})` : "";
  return `This letter is nearly the same as the one to ${nameOf(other)} (${percent(overlap)} of its words): each letter should be personal, so mention what you discussed with each person${hint}.`;
}

function nameOf(person: Person): string {
  return person.name?.trim() || "an unnamed interviewer";
}

function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}
