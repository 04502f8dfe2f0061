import type { InterviewInput } from "../schema/interview-input.js";
import type { Person } from "../schema/person.js";

/** How much a finding matters: an `error` should be fixed before sending; `ok` is false while one remains. */
export type DraftSeverity = "error" | "warning" | "info";

/**
 * The stable code of a finding. Switch on it, never on `message`.
 *
 * - `missing-thanks`, `missing-interest`, `missing-example`, `missing-differentiator`: one of the
 *   four jobs of a thank-you letter is not done (say thanks, restate interest in the role, add
 *   what was left unsaid, stand out from the other candidates).
 * - `not-interested`: the notes say the candidate does not want the job, so the letter should not restate interest.
 * - `company-missing`, `company-misspelled`, `other-company`: the company is not named, named
 *   wrongly, or another company's name was left in.
 * - `name-misspelled`, `wrong-recipient`, `generic-salutation`: a person's name differs from
 *   the given spelling, or the greeting addresses someone else or no one.
 * - `placeholder`: template text was left in (`{{name}}`, `[Company]`, `XXX`, `Lorem ipsum`...).
 * - `too-long`, `too-short`: the word count is outside the limits for the channel.
 * - `identical-letters`: two letters to different people say the same thing.
 */
export type DraftFindingCode =
  | "missing-thanks"
  | "missing-interest"
  | "missing-example"
  | "missing-differentiator"
  | "not-interested"
  | "company-missing"
  | "company-misspelled"
  | "other-company"
  | "name-misspelled"
  | "wrong-recipient"
  | "generic-salutation"
  | "placeholder"
  | "too-long"
  | "too-short"
  | "identical-letters";

/** Where a finding sits in the draft: UTF-16 offsets (`draft.slice(start, end)`), 1-based line and column. */
export interface DraftPosition {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset after the last UTF-16 code unit. */
  end: number;
  /** 1-based line; `\n`, `\r\n` and `\r` each end a line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
}

/** One thing found in a draft. */
export interface DraftFinding {
  severity: DraftSeverity;
  code: DraftFindingCode;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** Where, when the finding is about a particular piece of text. */
  at?: DraftPosition;
}

/** The result of `reviewDraft`. */
export interface DraftReview {
  /** Document-wide findings first, then findings with a position in the order they appear. */
  findings: DraftFinding[];
  /** True when no finding has severity `error`. */
  ok: boolean;
}

/** How the letter will travel; it sets the default word limits. */
export type DraftChannel = "email" | "postal" | "note";

/**
 * Word-count limits for a draft. Outside `min`–`max` is a warning; inside those but outside
 * `idealMin`–`idealMax` is an info finding.
 */
export interface WordLimits {
  min: number;
  idealMin: number;
  idealMax: number;
  max: number;
}

/** What `reviewDraft` checks a draft against. */
export interface ReviewContext {
  /** The interview: company, role, interviewers, candidate and notes. */
  input: InterviewInput;
  /** Whom this draft is addressed to; when given with a name, the greeting must name them. */
  recipient?: Person | undefined;
  /** Companies the candidate also applies to; their names must not appear (at most 50). */
  otherCompanies?: readonly string[] | undefined;
  /** How the letter travels; `"email"` when left out. */
  channel?: DraftChannel | undefined;
  /** Overrides for the channel's default word limits. */
  limits?: Partial<WordLimits> | undefined;
  /**
   * The language the draft is written in, as a BCP 47 tag or its primary subtag (`"de-AT"`,
   * `"fr"`); the review reads English, German, French and Spanish (`en`, `de`, `fr`, `es`).
   * When left out, the interview's `language` is used if the review reads it, and otherwise the
   * draft's own function words decide (English for a tie or a draft too short to tell).
   * Findings' messages are in English whatever the language.
   */
  language?: string | undefined;
}
