import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import { zonedAt } from "../time/wall-clock.js";
import type { CandidateHours } from "./defaults.js";

/** A stretch of time between two instants, `start` before `end`. */
export interface Span {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
}

/** The candidate's side as the hours rules read it: their zone and their country's weekend. */
export interface CandidateSide {
  zone: string;
  calendar: Pick<BusinessCalendar, "weekend">;
}

/** What the candidate is asked to do: a call (on their weekdays, unless the policy allows weekends) or writing and sending (any day). */
export type CandidateTask = "call" | "write";

/**
 * The shortest stretch worth planning where the candidate's hours cut an employer's window short:
 * 30 minutes, time for a call and a second try. A chosen default, not evidence: a shorter overlap is
 * easy to miss.
 */
export const MIN_SHARED_MINUTES = 30;

/**
 * How many of the employer's business days afterview looks through for hours both clocks share before
 * it plans around them (a follow-up by email, an email scheduled to arrive later): 5, a working week,
 * so each weekday's hours are tried once. A chosen default: later days repeat the same hours until a
 * clock changes, months away.
 */
export const SHARED_HOURS_SEARCH_DAYS = 5;

/** `"08:00–20:00"`. */
export function hoursLabel(hours: Pick<CandidateHours, "start" | "end">): string {
  return `${hours.start}–${hours.end}`;
}

/**
 * The candidate's hours on `date`, on their own wall clock in `zone`; undefined when a clock change
 * leaves none. Daylight-saving edges follow `zonedAt`.
 *
 * @example
 * ```ts
 * candidateHoursOn(Temporal.PlainDate.from("2026-04-08"), "America/New_York", DEFAULT_POLICY.candidateHours);
 * //=> { start: 2026-04-08T08:00:00-04:00[America/New_York], end: 2026-04-08T20:00:00-04:00[America/New_York] }
 * ```
 */
export function candidateHoursOn(
  date: Temporal.PlainDate,
  zone: string,
  hours: Pick<CandidateHours, "start" | "end">,
): Span | undefined {
  const start = zonedAt(date, hours.start, zone);
  const end = zonedAt(date, hours.end, zone);
  return Temporal.ZonedDateTime.compare(start, end) < 0 ? { start, end } : undefined;
}

/** True when `task` may fall on `date`, a day of the candidate's: calls keep to their weekdays unless `weekendCalls`. */
export function candidateDayAllows(
  date: Temporal.PlainDate,
  side: CandidateSide,
  hours: CandidateHours,
  task: CandidateTask,
): boolean {
  return task === "write" || hours.weekendCalls || !side.calendar.weekend.includes(date.dayOfWeek);
}

/**
 * The parts of `span` that fall in the candidate's hours, earliest first, in `span.start`'s zone; a
 * part the candidate's hours cut short is kept only when at least `minMinutes` long. A span may reach over two of the candidate's days (an employer's
 * afternoon is the candidate's late evening and early morning); each day is tried.
 *
 * @example
 * ```ts
 * // Berlin's 13:30–15:30 calling window is 07:30–09:30 in New York: the call keeps 08:00–09:30.
 * withinCandidateHours(
 *   { start: Temporal.ZonedDateTime.from("2026-04-08T13:30+02:00[Europe/Berlin]"),
 *     end: Temporal.ZonedDateTime.from("2026-04-08T15:30+02:00[Europe/Berlin]") },
 *   { zone: "America/New_York", calendar: { weekend: [6, 7] } },
 *   DEFAULT_POLICY.candidateHours,
 *   "call",
 * );
 * //=> [{ start: 2026-04-08T14:00:00+02:00[Europe/Berlin], end: 2026-04-08T15:30:00+02:00[Europe/Berlin] }]
 * ```
 */
export function withinCandidateHours(
  span: Span,
  side: CandidateSide,
  hours: CandidateHours,
  task: CandidateTask,
  minMinutes = MIN_SHARED_MINUTES,
): Span[] {
  const zone = span.start.timeZoneId;
  const last = span.end.withTimeZone(side.zone).toPlainDate();
  const parts: Span[] = [];
  for (
    let date = span.start.withTimeZone(side.zone).toPlainDate();
    Temporal.PlainDate.compare(date, last) <= 0;
    date = date.add({ days: 1 })
  ) {
    if (!candidateDayAllows(date, side, hours, task)) continue;
    const day = candidateHoursOn(date, side.zone, hours);
    const part = day && intersect(span, day);
    // Only a stretch the candidate's hours cut short needs the minimum; a short window stays as it is.
    const whole = part?.start.equals(span.start) && part.end.equals(span.end);
    if (part && (whole || minutesOf(part) >= minMinutes)) {
      parts.push({ start: part.start.withTimeZone(zone), end: part.end.withTimeZone(zone) });
    }
  }
  return parts;
}

/**
 * The candidate's hours that contain `at`, from `at` on, or else the next ones, for `task`
 * (calls skip the candidate's weekend unless `weekendCalls`). In the candidate's zone.
 *
 * @example
 * ```ts
 * // An interview over at 02:00 in London: writing waits for the candidate's day.
 * nextCandidateHours(Temporal.ZonedDateTime.from("2026-01-13T02:00+00:00[Europe/London]"),
 *   { zone: "Europe/London", calendar: { weekend: [6, 7] } }, DEFAULT_POLICY.candidateHours, "write");
 * //=> { start: 2026-01-13T08:00:00+00:00[Europe/London], end: 2026-01-13T20:00:00+00:00[Europe/London] }
 * ```
 */
export function nextCandidateHours(
  at: Temporal.ZonedDateTime,
  side: CandidateSide,
  hours: CandidateHours,
  task: CandidateTask,
): Span {
  const mine = at.withTimeZone(side.zone);
  // Two weeks always hold a weekday; the bound only guards against a calendar of all weekend days.
  for (let i = 0, date = mine.toPlainDate(); i < 15; i++, date = date.add({ days: 1 })) {
    if (!candidateDayAllows(date, side, hours, task)) continue;
    const day = candidateHoursOn(date, side.zone, hours);
    if (!day || Temporal.ZonedDateTime.compare(day.end, mine) <= 0) continue;
    return Temporal.ZonedDateTime.compare(day.start, mine) < 0 ? { start: mine, end: day.end } : day;
  }
  // A calendar of weekend days only leaves no weekday for a call: then any day will do.
  if (task === "call" && !hours.weekendCalls)
    return nextCandidateHours(at, side, { ...hours, weekendCalls: true }, task);
  throw new AfterviewError("out-of-range", `no candidate hours ${hoursLabel(hours)} within two weeks of ${at}`);
}

/** The overlap of two spans, or undefined when they do not overlap. */
function intersect(a: Span, b: Span): Span | undefined {
  const start = Temporal.ZonedDateTime.compare(a.start, b.start) >= 0 ? a.start : b.start;
  const end = Temporal.ZonedDateTime.compare(a.end, b.end) <= 0 ? a.end : b.end;
  return Temporal.ZonedDateTime.compare(start, end) < 0 ? { start, end } : undefined;
}

/** Whole minutes from `span.start` to `span.end`. */
function minutesOf(span: Span): number {
  return Number(span.end.epochNanoseconds - span.start.epochNanoseconds) / 60e9;
}
