import { asSentence, phraseList } from "../text/clean.js";
import { joinAnd } from "../text/join.js";
import { type CommonView, commonView } from "./common.js";
import type { Resolved } from "./resolved.js";

/** The view of the thank-you letter, email and note. */
export interface ThankYouView extends CommonView {
  /** This reader's own topics as prose: `the warehouse migration and on-call load on the data team`. */
  topics: string | undefined;
  /** The first of them. */
  firstTopic: string | undefined;
  /** Their other topics, when there are two or more. */
  laterTopics: string | undefined;
  /** The example the candidate left out, as a sentence of their own. */
  missed: string | undefined;
  /** What sets the candidate apart, as list items. */
  strengths: string[];
  /** The first strength, for the short versions. */
  strength: string | undefined;
  /** `true` when there are strengths (mustache cannot test a list's length). */
  hasStrengths: boolean;
}

/**
 * Builds the thank-you view. The four jobs of the letter each have their own value: interest in
 * this role at this company (`role`, `company`), the missed example (`missed`), the thanks, and
 * what sets the candidate apart (`strengths`); `topics` are the reader's own, so two letters to
 * the same company differ.
 */
export function thankYouView(r: Resolved): ThankYouView {
  const notes = r.context.input.notes;
  const topics = phraseList(r.recipient?.topics);
  const strengths = phraseList(notes?.strengths);
  return {
    ...commonView(r),
    topics: joinAnd(topics, r.locale),
    firstTopic: topics[0],
    laterTopics: joinAnd(topics.slice(1), r.locale),
    missed: asSentence(notes?.missedExample),
    strengths,
    strength: strengths[0],
    hasStrengths: strengths.length > 0,
  };
}
