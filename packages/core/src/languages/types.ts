import type { ReviewReading } from "../review/languages/types.js";
import type { TimelineRules } from "../timeline/languages/types.js";

/**
 * A language core reads: the rules `parseDecisionTimeline`, `detectTimeMention` and `createPlan`
 * read employers' timelines with, and the rules `reviewDraft` and `reviewDrafts` read drafts with.
 * Built in to the Node build; in the browser build an app registers the ones it needs with
 * `registerLanguage` from `@afterview/core/languages` (English drafts are read in every build). Its
 * rules are internal to core.
 */
export interface ReadingLanguage {
  /** The BCP 47 primary language subtag, lower case (`"de"`). */
  readonly tag: string;
  /** The language's English name, for messages (`"German"`). */
  readonly name: string;
  /**
   * How timelines in this language are read.
   * @internal
   */
  readonly timeline: TimelineRules;
  /**
   * How drafts in this language are recognised and reviewed; absent for English, whose drafts
   * every build reads.
   * @internal
   */
  readonly review?: ReviewReading;
}

/** A language whose drafts core reviews (German, French, Spanish). */
export type DraftLanguage = ReadingLanguage & { readonly review: ReviewReading };
