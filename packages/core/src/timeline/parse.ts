import { Temporal } from "temporal-polyfill";
import { type DayCalendar, dayCalendar } from "../calendar/day-calendar.js";
import type { BusinessCalendar } from "../calendar/types.js";
import { calendarForZone } from "../calendar/zone-calendar.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toZonedDateTime } from "../time/instant.js";
import { dateString, dayOf } from "../time/zone-clock.js";
import { englishRules, timelineLanguage } from "./languages/choose.js";
import type { TimelineRules } from "./languages/types.js";
import type { detectTimeMention } from "./mention.js";
import { capConfidence, type Reading, type TimelineContext } from "./reading.js";
import type { DecisionTimeline, DecisionTimelineOptions } from "./types.js";

/** The longest text {@link parseDecisionTimeline} reads; a stated timeline is a sentence, not a letter. */
export const MAX_TIMELINE_TEXT = 500;

/**
 * Reads what an employer said about its decision date ("We'll decide within two or three days",
 * "by the end of next week", "mid-December") into a window of the employer's business days,
 * counted from the reference (the interview's end, in the employer's zone). Returns `null` when the
 * text names no time ("we'll be in touch", "soon", "").
 *
 * Rules (evidence `E-FU-STATED`: the follow-up comes on the next business day after `latest`):
 * - Counts are business days whether or not the text says "business" or "working"; "calendar days"
 *   are wall-calendar days. A week is 5 business days; a fortnight 2 weeks; a month a calendar month.
 *   Words one to twelve and digits; "a couple" = 2, "a few" = 3, "several" = 3 to 7 (low confidence);
 *   ranges "2-3", "2–3", "2 to 3", "two or three", "between 2 and 3", "a day or two".
 * - "in N …" expects the answer on day N (a range gives both bounds); "within", "by", "before",
 *   "until", "in the next", "at the latest" make the span a deadline: `earliest` is the next business
 *   day after the reference.
 * - Any day that falls on a weekend or holiday moves into the window's business days: a start moves
 *   forward, an end moves back (the follow-up day after it is unchanged), and a window with no
 *   business day left becomes the first business day after it. `earliest` is always after the
 *   reference date and `latest` never before `earliest`; both are business days of the calendar.
 * - Days: a weekday is the first one after the reference date ("by Friday" on a Friday = a week
 *   later); "next Monday" is the Monday of the following week; a month-day without a year is its next
 *   occurrence; an explicit year before the reference is ignored. "Today" or "end of day" becomes
 *   the next business day. A bare date is a deadline; "on …", "next …" and a bare weekday name one day.
 * - Periods: "end of the week/month/year" are deadlines on the period's last business day ("the week"
 *   is the current Monday–Sunday week while it has a business day left, else the next); "early next
 *   week" = Mon–Wed, "mid" = Tue–Thu, "late" = Thu–Fri; "early/mid/late December" = 1–10, 14–16,
 *   21–end; a bare month ("in January") is the whole month.
 * - When the text holds several phrases ("Monday or Tuesday"), the window spans them all: the
 *   earliest start, the latest end (never call too early); `text`, `min`, `max` and `unit` come from
 *   the phrase that ends latest, and confidence drops to at most `medium` when they disagree.
 * - Holidays and seasons resolve in the employer's calendar and year: "before Christmas" is a deadline
 *   on the last business day before 25 December; "before the holidays" is Thanksgiving in the US while
 *   it is ahead, else Christmas; "after the Christmas break/the holidays/New Year" is the first five
 *   business days of January; "in the new year" all of January, "early in the new year" its 1st–10th;
 *   "after Thanksgiving/Easter" the five business days after it; "after the summer" September (March
 *   south of the equator); "the end of the quarter" the calendar quarter. A holiday the country does
 *   not keep is read at its date with a sentence in `notes`.
 * - Shorthand: EOD, COB, "close of play" are the next business day; EOW the week's end; "COB Friday"
 *   and "by close of business on Friday" a deadline on Friday. "The 24th" is this month's or, once
 *   past, next month's; "4/1" follows the calendar's country, and `notes` says what the other order
 *   gives. "By the middle of the month/next week" is a deadline on the 15th/the Wednesday.
 * - Negation: "can't decide until Monday", "not before the 10th", "I have to wait until …" make that
 *   day the window (inside an "if" clause the date stays a deadline). "Two to three weeks, maybe four"
 *   takes the widest reading at lower confidence; "June or July" spans both months.
 * - `null` does not say whether the words named a time: {@link detectTimeMention} does ("after the
 *   board meets in the spring term" names one; "we'll be in touch" none). `createPlan` marks the first
 *   case `source: "unread"` and asks the candidate for the date.
 *
 * @param text What the employer said; at most {@link MAX_TIMELINE_TEXT} characters.
 * @param reference The interview's end in the employer's zone: a `ZonedDateTime` or an ISO string with
 *   an offset or `[zone]`; its local date is day 0.
 * @param options `calendar`: the employer's business calendar. Without one, the reference's zone
 *   decides: the national holidays and weekend of the one country the zone belongs to
 *   (`[America/New_York]` → US), else Monday to Friday with no holidays (a bare offset, `UTC`,
 *   or a zone several countries share). Pass a calendar with the region for regional holidays.
 * @throws {AfterviewValidationError} on `text` (not a string, too long), `reference`, `options.calendar`.
 *
 * @example
 * ```ts
 * parseDecisionTimeline(
 *   "We'll make a decision within two or three days",
 *   "2026-11-24T15:30:00-05:00[America/New_York]",
 *   { calendar: businessCalendar({ country: "US" }) },
 * );
 * //=> { earliest: "2026-11-25", latest: "2026-11-30", min: 2, max: 3, unit: "business-day",
 * //     text: "within two or three days", confidence: "high" }
 * parseDecisionTimeline("by the end of next week", "2026-11-24T15:30:00-05:00[America/New_York]");
 * //=> { earliest: "2026-11-25", latest: "2026-12-04", unit: "date", text: "by the end of next week", confidence: "high" }
 * parseDecisionTimeline("We'll be in touch", "2026-11-24T15:30:00-05:00[America/New_York]");
 * //=> null
 * ```
 */
export function parseDecisionTimeline(
  text: string,
  reference: string | Temporal.ZonedDateTime,
  options?: DecisionTimelineOptions,
): DecisionTimeline | null {
  checkTimelineText(text);
  const ref = referenceDate(reference);
  const calendar = readCalendar(options) ?? calendarForZone(toZonedDateTime(reference, "reference").timeZoneId);
  const language = timelineLanguage((options as { language?: unknown } | undefined)?.language, "options.language");
  return readTimeline(text, ref, dayCalendar(calendar), language ?? englishRules("text"));
}

/**
 * {@link parseDecisionTimeline} for the rules: `text` already checked ({@link checkTimelineText}),
 * the reference a day number, the calendar read by day number, the language's rules.
 */
export function readTimeline(
  text: string,
  ref: number,
  calendar: DayCalendar,
  language: TimelineRules,
): DecisionTimeline | null {
  const ctx: TimelineContext = { ref, calendar };
  return choose(text, language.find(text, ctx));
}

/** @throws {AfterviewValidationError} on `text` when it is not a string of at most {@link MAX_TIMELINE_TEXT} characters. */
export function checkTimelineText(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new AfterviewValidationError([{ path: "text", code: "invalid_type", message: "expected a string" }]);
  }
  if (text.length > MAX_TIMELINE_TEXT) {
    throw new AfterviewValidationError([
      {
        path: "text",
        code: "too_big",
        message: `expected at most ${MAX_TIMELINE_TEXT} characters, got ${text.length}`,
      },
    ]);
  }
}

function choose(text: string, readings: readonly Reading[]): DecisionTimeline | null {
  let best: Reading | undefined;
  for (const reading of readings) {
    if (!best || reading.latest > best.latest) best = reading;
  }
  if (!best) return null;
  const disagree = readings.some((r) => r.latest !== best.latest || r.earliest !== best.earliest);
  let earliest = best.earliest;
  for (const reading of readings) {
    if (reading.earliest < earliest) earliest = reading.earliest;
  }
  const result: DecisionTimeline = {
    earliest: dateString(earliest),
    latest: dateString(best.latest),
  } as DecisionTimeline;
  if (best.min !== undefined) result.min = best.min;
  if (best.max !== undefined) result.max = best.max;
  result.unit = best.unit;
  result.text = text.slice(best.index, best.end).trim();
  result.confidence = disagree ? capConfidence(best.confidence, "medium") : best.confidence;
  const notes = [...new Set(readings.flatMap((r) => r.notes ?? []))];
  if (notes.length > 0) result.notes = notes;
  return result;
}

/** The reference's local date (a day number): in its `[zone]`, or in its own offset when the string has only an offset. */
function referenceDate(reference: unknown): number {
  const zoned = toZonedDateTime(reference, "reference");
  if (typeof reference === "string" && !reference.includes("[")) {
    try {
      // A plain date-time ignores the offset and keeps the wall clock the string was written in.
      return dayOf(Temporal.PlainDateTime.from(reference).toPlainDate());
    } catch {
      return dayOf(zoned.toPlainDate());
    }
  }
  return dayOf(zoned.toPlainDate());
}

const CALENDAR_METHODS = ["isBusinessDay", "addBusinessDays", "nextBusinessDay", "previousBusinessDay"] as const;

function readCalendar(options: unknown): BusinessCalendar | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== "object") {
    throw new AfterviewValidationError([{ path: "options", code: "invalid_type", message: "expected an object" }]);
  }
  const calendar = (options as { calendar?: unknown }).calendar;
  if (calendar === undefined) return undefined;
  const record = calendar as Record<string, unknown> | null;
  if (typeof record !== "object" || record === null || CALENDAR_METHODS.some((m) => typeof record[m] !== "function")) {
    throw new AfterviewValidationError([
      {
        path: "options.calendar",
        code: "invalid_type",
        message: 'expected a BusinessCalendar (e.g. businessCalendar({ country: "US" }))',
      },
    ]);
  }
  return calendar as BusinessCalendar;
}
