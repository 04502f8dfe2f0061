import { checkCompanies } from "./checks/companies.js";
import { checkLength } from "./checks/length.js";
import { checkNames } from "./checks/names.js";
import { checkPlaceholders } from "./checks/placeholders.js";
import { checkPurposes } from "./checks/purposes.js";
import { chooseRules } from "./languages/choose.js";
import type { ReviewSubject } from "./subject.js";
import { type DraftText, readDraft } from "./text/draft-text.js";
import type { DraftFinding, DraftReview, ReviewContext } from "./types.js";
import { type ValidContext, validateReview } from "./validate.js";

/** The checks, in the order their document-wide findings are listed. */
const CHECKS: readonly ((subject: ReviewSubject) => DraftFinding[])[] = [
  checkPurposes,
  checkCompanies,
  checkNames,
  checkPlaceholders,
  checkLength,
];

/**
 * Reviews a thank-you letter before it is sent, the way a careful friend would: does it thank
 * them, say you still want the job, add the example you forgot, and give a reason to choose
 * you? Does it name the right company and no other, spell every name as given, greet the right
 * person, hold no leftover template text, and suit its channel's length?
 *
 * Each finding has a stable `code`, a `severity` and a plain message; findings about a piece
 * of text carry its position (`at`: UTF-16 offsets, so `draft.slice(at.start, at.end)` is the
 * text, and a 1-based line and column). Document-wide findings come first, then the rest in
 * reading order. `ok` is false while any finding is an `error`.
 *
 * Length limits default by channel (email 100–300 words ideal, 50–400 at most; a postal letter
 * at most 400 words, one page; a handwritten note at most 150). These are our own choice (no
 * source measures letter length); override them with `context.limits`.
 *
 * The same draft and context always give the same review; nothing is read from the clock.
 *
 * @param draft - The letter as plain text, at most 50,000 characters.
 * @param context - The interview (`input`, validated like `parseInterviewInput`), and optionally the
 *   `recipient`, `otherCompanies` the candidate applies to (at most 50), the `channel` and `limits`.
 * @throws {AfterviewValidationError} when the draft is not a string of at most 50,000 characters
 *   (path `draft`) or the context does not validate (paths such as `input.company.name`, `otherCompanies[0]`).
 *
 * @example
 * ```ts
 * const review = reviewDraft(
 *   "Dear Ms. Whitfeld,\n\nThank you for meeting me today. I enjoyed our talk about Globex's " +
 *     "warehouse migration...",
 *   { input, recipient: input.interviewers[0], otherCompanies: ["Globex"] },
 * );
 * review.ok;
 * //=> false
 * review.findings.map((finding) => finding.code);
 * //=> ["missing-interest", "missing-example", "missing-differentiator", "company-missing",
 * //    "too-short", "name-misspelled", "other-company"]
 * review.findings.find((finding) => finding.code === "name-misspelled")?.at;
 * //=> { start: 9, end: 17, line: 1, column: 10 }
 * ```
 */
export function reviewDraft(draft: string, context: ReviewContext): DraftReview {
  const valid = validateReview(draft, context);
  return reviewValid(valid.draft, valid.context);
}

/** Reviews a draft (text, or already read) whose context is already validated, adding `extra` findings. */
export function reviewValid(
  draft: string | DraftText,
  context: ValidContext,
  extra: readonly DraftFinding[] = [],
): DraftReview {
  const subject: ReviewSubject = {
    text: typeof draft === "string" ? readIn(draft, context) : draft,
    input: context.input,
    recipient: context.recipient,
    otherCompanies: context.otherCompanies,
    channel: context.channel,
    limits: context.limits,
  };
  const findings = orderFindings(withoutEchoes([...CHECKS.flatMap((check) => check(subject)), ...extra]));
  return { findings, ok: findings.every((item) => item.severity !== "error") };
}

/** Reads a draft in the language the context asks for, the interview's, or the one it is written in. */
export function readIn(draft: string, context: ValidContext): DraftText {
  return readDraft(draft, chooseRules(draft, context.language));
}

/**
 * Drops a `generic-salutation` finding whose greeting holds a placeholder ("Dear [Name],"): the
 * placeholder finding already says what to fix there.
 */
function withoutEchoes(findings: readonly DraftFinding[]): DraftFinding[] {
  const placeholders = findings.filter((item) => item.code === "placeholder" && item.at);
  return findings.filter(
    (item) =>
      item.code !== "generic-salutation" ||
      !placeholders.some((other) => other.at!.start < item.at!.end + 1 && other.at!.end > item.at!.start),
  );
}

/** Document-wide findings first, in check order; then findings with a position, in reading order. */
function orderFindings(findings: readonly DraftFinding[]): DraftFinding[] {
  return findings
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const left = a.item.at?.start ?? -1;
      const right = b.item.at?.start ?? -1;
      return left - right || a.index - b.index;
    })
    .map(({ item }) => item);
}
