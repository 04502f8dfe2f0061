import type { BusinessCalendar } from "../calendar/types.js";
import type { TimelineConfidence, TimelineUnit } from "../schema/enums.js";

/**
 * When an employer said the decision would come, as a window of the employer's business days.
 * Plain JSON: dates are `YYYY-MM-DD` in the employer's calendar.
 */
export interface DecisionTimeline {
  /** The first business day on which the answer may come; always after the reference date. */
  earliest: string;
  /** The last business day the employer gave itself; never before `earliest`. */
  latest: string;
  /** The smaller stated count, in `unit` (absent when `unit` is `date`). */
  min?: number;
  /** The larger stated count, in `unit` (absent when `unit` is `date`). */
  max?: number;
  /** What `min` and `max` count. */
  unit?: TimelineUnit;
  /** The phrase the window was read from, as it appears in the input (e.g. `"within two or three days"`). */
  text: string;
  /** `high` for exact counts and dates, `medium` for fuzzy words, `low` for weak readings. */
  confidence: TimelineConfidence;
  /**
   * What the candidate should know about the reading, in plain sentences: a numeric date that reads
   * two ways ("4/1"), a holiday the employer's country does not keep. The plan repeats them in `why`.
   */
  notes?: string[];
}

/** Options of {@link parseDecisionTimeline}. */
export interface DecisionTimelineOptions {
  /**
   * The employer's business calendar. Default: Monday to Friday with no holidays.
   * Its `country` also picks how numeric dates read: day first ("4/12" = 4 December) for
   * countries that write dates that way (GB, IE, AU, NZ, IN, ZA, …), month first otherwise.
   */
  calendar?: BusinessCalendar;
  /**
   * The language of `text`, as a BCP 47 tag or its primary subtag (`"de-AT"`, `"fr"`, `"es-MX"`).
   * Default: English. German, French and Spanish have their own rules (built in to the Node build;
   * registered with `registerLanguage` from `@afterview/core/languages` in the browser build); any
   * other well-formed tag is read as English. A malformed tag is an `AfterviewValidationError` on
   * `options.language`.
   */
  language?: string;
}
