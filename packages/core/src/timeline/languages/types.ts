import type { TimeMention } from "../mention.js";
import type { Reading, TimelineContext } from "../reading.js";

/** How a language's timelines are read: the `timeline` of a `ReadingLanguage`. */
export interface TimelineRules {
  /** Every phrase of `text` that names when the decision comes, in business days. */
  readonly find: (text: string, ctx: TimelineContext) => Reading[];
  /** The first words of `text` that name a time, as `detectTimeMention` does for English. */
  readonly mention: (text: string) => TimeMention | null;
}
