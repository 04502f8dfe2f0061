import { phraseList } from "../text/clean.js";
import { type CommonView, commonView } from "./common.js";
import { personalParts } from "./personal.js";
import type { Resolved } from "./resolved.js";

/** The view of the thank-you letter, email and note. */
export interface ThankYouView extends CommonView {
  /** This reader's own topics as prose: `the warehouse migration and on-call load on the data team`. */
  topics: string | undefined;
  /** The first of them. */
  firstTopic: string | undefined;
  /** Their other topics, when there are two or more. */
  laterTopics: string | undefined;
  /** The example the candidate left out, in full: for the interviewer it concerns, or anyone off the panel. */
  missed: string | undefined;
  /** For the other interviewers, what that example was about (`the backfill tool I built`). */
  aside: string | undefined;
  /** The first name of the interviewer the example concerns, for the aside. */
  asideTo: string | undefined;
  /** Their full name, for the formal aside. */
  asideToName: string | undefined;
  /** The strength closest to this reader's topics (else one chosen by their place on the panel). */
  strength: string | undefined;
  /** The other strengths, as list items. */
  moreStrengths: string[];
  /** `true` when there are other strengths (mustache cannot test a list's length). */
  hasMoreStrengths: boolean;
  /** Which of three sentence frames this reader gets: the first, fourth, ... interviewer `frameA`. */
  frameA: boolean;
  frameB: boolean;
  frameC: boolean;
  /** Which of two wordings of the interest and closing lines: alternate interviewers `turnA`, `turnB`. */
  turnA: boolean;
  turnB: boolean;
}

/**
 * Builds the thank-you view. The four jobs of the letter each have their own value: interest in
 * this role at this company (`role`, `company`), the missed example (`missed`, or `aside` for the
 * interviewers it does not concern), the thanks, and what sets the candidate apart (`strength`,
 * the one closest to the reader's topics, then `moreStrengths`). The reader's own topics open the
 * letter, and the frames change with their place on the panel, so two letters to the same
 * company differ in more than their names.
 */
export function thankYouView(r: Resolved): ThankYouView {
  const { input } = r.context;
  const topics = phraseList(r.recipient?.topics);
  const personal = personalParts(input, r.recipient, r.pack.personal);
  return {
    ...commonView(r),
    topics: r.words.list(topics, r.locale),
    firstTopic: topics[0],
    laterTopics: r.words.list(topics.slice(1), r.locale),
    missed: personal.missed,
    aside: personal.aside,
    asideTo: personal.asideTo,
    asideToName: personal.asideToName,
    strength: personal.strength,
    moreStrengths: personal.moreStrengths,
    hasMoreStrengths: personal.moreStrengths.length > 0,
    frameA: personal.index % 3 === 0,
    frameB: personal.index % 3 === 1,
    frameC: personal.index % 3 === 2,
    turnA: personal.index % 2 === 0,
    turnB: personal.index % 2 === 1,
  };
}
