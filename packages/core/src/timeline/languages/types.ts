import type { TimeMention } from "../mention.js";
import type { Reading, TimelineContext } from "../reading.js";

/**
 * A language `parseDecisionTimeline` can read besides English: its primary subtag and its rules.
 * Built in to the Node build; in the browser build an app registers the ones it needs with
 * `registerTimelineLanguage` from `@afterview/core/timeline-languages`.
 */
export interface TimelineLanguage {
  /** The BCP 47 primary language subtag, lower case (`"de"`). */
  readonly tag: string;
  /** The language's English name, for messages (`"German"`). */
  readonly name: string;
  /** Every phrase of `text` that names when the decision comes, in business days. Internal to core. */
  readonly find: (text: string, ctx: TimelineContext) => Reading[];
  /** The first words of `text` that name a time, as `detectTimeMention` does for English. */
  readonly mention: (text: string) => TimeMention | null;
}
