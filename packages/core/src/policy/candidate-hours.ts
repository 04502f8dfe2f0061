import type { Temporal } from "temporal-polyfill";
import type { DayCalendar } from "../calendar/day-calendar.js";
import { isoWeekday } from "../calendar/day-number.js";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import { timeOfDay } from "../time/wall-clock.js";
import { dayOf, Moment, type MomentSpan, ZoneClock, zonedOf } from "../time/zone-clock.js";
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

/** The candidate's side as the rules on numbers read it: their zone's clock and their weekend. */
export interface CandidateClock {
  clock: ZoneClock;
  days: Pick<DayCalendar, "weekend">;
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
  const day = hoursOn(dayOf(date), new ZoneClock(zone), hours);
  return day && zonedSpan(day);
}

/** {@link candidateHoursOn} on a clock, for day number `day`. */
export function hoursOn(
  day: number,
  clock: ZoneClock,
  hours: Pick<CandidateHours, "start" | "end">,
): MomentSpan | undefined {
  const start = clock.moment(day, timeOfDay(hours.start));
  const end = clock.moment(day, timeOfDay(hours.end));
  return start.ns < end.ns ? { start, end } : undefined;
}

/** True when `task` may fall on `day` (a day number of the candidate's): calls keep to their weekdays unless `weekendCalls`. */
export function candidateDayAllows(
  day: number,
  side: Pick<CandidateClock, "days">,
  hours: CandidateHours,
  task: CandidateTask,
): boolean {
  return task === "write" || hours.weekendCalls || !side.days.weekend.includes(isoWeekday(day));
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
  const within = { start: Moment.from(span.start), end: Moment.from(span.end) };
  const candidate = { clock: new ZoneClock(side.zone), days: side.calendar };
  return partsInHours(within, candidate, hours, task, minMinutes).map(zonedSpan);
}

/** {@link withinCandidateHours} on clocks. */
export function partsInHours(
  span: MomentSpan,
  side: CandidateClock,
  hours: CandidateHours,
  task: CandidateTask,
  minMinutes = MIN_SHARED_MINUTES,
): MomentSpan[] {
  const zone = span.start.clock;
  const last = side.clock.day(span.end.ns);
  const parts: MomentSpan[] = [];
  for (let day = side.clock.day(span.start.ns); day <= last; day++) {
    if (!candidateDayAllows(day, side, hours, task)) continue;
    const open = hoursOn(day, side.clock, hours);
    const part = open && intersect(span, open);
    // Only a stretch the candidate's hours cut short needs the minimum; a short window stays as it is.
    const whole = part?.start.ns === span.start.ns && part.end.ns === span.end.ns;
    if (part && (whole || minutesOf(part) >= minMinutes)) {
      parts.push({ start: part.start.on(zone), end: part.end.on(zone) });
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
  const candidate = { clock: new ZoneClock(side.zone), days: side.calendar };
  return zonedSpan(nextHours(Moment.from(at), candidate, hours, task));
}

/** {@link nextCandidateHours} on clocks. */
export function nextHours(at: Moment, side: CandidateClock, hours: CandidateHours, task: CandidateTask): MomentSpan {
  const mine = at.on(side.clock);
  // Two weeks always hold a weekday; the bound only guards against a calendar of all weekend days.
  for (let i = 0, day = mine.day; i < 15; i++, day++) {
    if (!candidateDayAllows(day, side, hours, task)) continue;
    const open = hoursOn(day, side.clock, hours);
    if (!open || open.end.ns <= mine.ns) continue;
    return open.start.ns < mine.ns ? { start: mine, end: open.end } : open;
  }
  // A calendar of weekend days only leaves no weekday for a call: then any day will do.
  if (task === "call" && !hours.weekendCalls) return nextHours(at, side, { ...hours, weekendCalls: true }, task);
  throw new AfterviewError("out-of-range", `no candidate hours ${hoursLabel(hours)} within two weeks of ${at}`);
}

/** The overlap of two spans, or undefined when they do not overlap. */
function intersect(a: MomentSpan, b: MomentSpan): MomentSpan | undefined {
  const start = a.start.ns >= b.start.ns ? a.start : b.start;
  const end = a.end.ns <= b.end.ns ? a.end : b.end;
  return start.ns < end.ns ? { start, end } : undefined;
}

/** Whole minutes from `span.start` to `span.end`. */
function minutesOf(span: MomentSpan): number {
  return Number(span.end.ns - span.start.ns) / 60e9;
}

/** A span of moments as `ZonedDateTime`s, each in its own zone. */
export function zonedSpan(span: MomentSpan): Span {
  return { start: zonedOf(span.start), end: zonedOf(span.end) };
}
