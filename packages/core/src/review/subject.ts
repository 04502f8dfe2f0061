import type { DraftText } from "./text/draft-text.js";
import type { TextPosition } from "./text/lines.js";
import type { DraftChannel, DraftFinding, DraftFindingCode, DraftSeverity, WordLimits } from "./types.js";

/** A person as the checks read one: only those with a name are looked for in the draft. */
export interface ReviewPerson {
  name?: string | undefined;
  /** False when the candidate has not yet checked how the name is spelled. */
  spellingConfirmed?: boolean | undefined;
  /** What was discussed with this person. */
  topics?: readonly string[] | undefined;
}

/** A person with a name. */
export type NamedPerson = ReviewPerson & { name: string };

/** The parts of an interview that the checks read (a structural subset of `InterviewInput`). */
export interface ReviewInput {
  role: string;
  company: { name: string };
  interviewers: readonly ReviewPerson[];
  scheduler?: ReviewPerson | undefined;
  candidate?: { name: string } | undefined;
  interest?: "want" | "unsure" | "not-interested" | undefined;
  notes?: { missedExample?: string | undefined; strengths?: readonly string[] | undefined } | undefined;
}

/** A validated draft and its context, as every check receives it. */
export interface ReviewSubject {
  text: DraftText;
  input: ReviewInput;
  recipient: ReviewPerson | undefined;
  otherCompanies: readonly string[];
  channel: DraftChannel;
  limits: WordLimits;
}

/** Builds a finding; `at` is left out when there is no position. */
export function finding(
  severity: DraftSeverity,
  code: DraftFindingCode,
  message: string,
  at?: TextPosition,
): DraftFinding {
  return at ? { severity, code, message, at } : { severity, code, message };
}

/** Every named person the draft might name: the recipient, the interviewers, the scheduler; each once. */
export function peopleOf(subject: Pick<ReviewSubject, "input" | "recipient">): NamedPerson[] {
  const people: NamedPerson[] = [];
  const seen = new Set<string>();
  for (const person of [subject.recipient, ...subject.input.interviewers, subject.input.scheduler]) {
    if (!person || !isNamed(person) || seen.has(person.name)) continue;
    seen.add(person.name);
    people.push(person);
  }
  return people;
}

/** True when the person has a name that holds a letter or digit. */
export function isNamed(person: ReviewPerson): person is NamedPerson {
  return typeof person.name === "string" && /[\p{L}\p{N}]/u.test(person.name);
}
