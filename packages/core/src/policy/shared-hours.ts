import type { Temporal } from "temporal-polyfill";
import type { DayCalendar } from "../calendar/day-calendar.js";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import { timeOfDay } from "../time/wall-clock.js";
import { dayOf, Moment, type MomentSpan, plainDate, ZoneClock, zonedOf } from "../time/zone-clock.js";
import {
  type CandidateClock,
  type CandidateSide,
  nextHours,
  partsInHours,
  SHARED_HOURS_SEARCH_DAYS,
  type Span,
  zonedSpan,
} from "./candidate-hours.js";
import type { CandidateHours, TimeWindow } from "./defaults.js";

/** The employer's side as the send rules read it: zone, business days and business hours. */
export interface EmployerHours {
  zone: string;
  calendar: Pick<BusinessCalendar, "isBusinessDay">;
  hours: TimeWindow;
}

/** {@link EmployerHours} as the rules on numbers read it: the zone's clock and the business days by day number. */
export interface EmployerClock {
  clock: ZoneClock;
  days: Pick<DayCalendar, "isBusinessDay">;
  hours: TimeWindow;
}

/**
 * When an email to the employer goes: in hours both clocks share (`shared`), or, when they never meet,
 * prepared in the candidate's hours and scheduled to arrive in the employer's (`scheduled`).
 */
export type SendTime =
  | {
      kind: "shared";
      /** Inside the employer's business hours and the candidate's hours, in the employer's zone. */
      window: Span;
    }
  | {
      kind: "scheduled";
      /** When the email should arrive: the first moment of the employer's business hours, their zone. */
      sendAt: Temporal.ZonedDateTime;
      /** When the candidate prepares it and schedules the send, in the candidate's hours (employer's zone). */
      task: Span;
    };

/** {@link SendTime} on clocks. */
export type SendMoment =
  | { kind: "shared"; window: MomentSpan }
  | { kind: "scheduled"; sendAt: Moment; task: MomentSpan };

/** A year of days without business hours means a broken calendar; stop rather than loop. */
const MAX_SEARCH_DAYS = 366;

/**
 * The first moment at or after `at` inside the employer's business hours on one of its business days.
 *
 * @throws {AfterviewError} `out-of-range` when no business hours fall within a year.
 */
export function firstBusinessMoment(at: Temporal.ZonedDateTime, employer: EmployerHours): Temporal.ZonedDateTime {
  return zonedOf(firstOpenMoment(Moment.from(at), employerClock(employer)));
}

/** {@link firstBusinessMoment} on clocks. */
export function firstOpenMoment(at: Moment, employer: EmployerClock): Moment {
  const ready = at.on(employer.clock);
  let day = ready.day;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++, day++) {
    const hours = openHoursOn(day, employer);
    if (!hours || ready.ns >= hours.end.ns) continue;
    return ready.ns > hours.start.ns ? ready : hours.start;
  }
  throw new AfterviewError("out-of-range", `no employer business hours within ${MAX_SEARCH_DAYS} days of ${ready}`);
}

/** The employer's business hours on `date` (their zone), or undefined on a day off or when a clock change empties them. */
export function businessHoursOn(date: Temporal.PlainDate, employer: EmployerHours): Span | undefined {
  if (!employer.calendar.isBusinessDay(date)) return undefined;
  const open = openHoursOn(dayOf(date), { ...employerClock(employer), days: { isBusinessDay: () => true } });
  return open && zonedSpan(open);
}

/** {@link businessHoursOn} on clocks, for day number `day`. */
export function openHoursOn(day: number, employer: EmployerClock): MomentSpan | undefined {
  if (!employer.days.isBusinessDay(day)) return undefined;
  const start = employer.clock.moment(day, timeOfDay(employer.hours.start));
  const end = employer.clock.moment(day, timeOfDay(employer.hours.end));
  return start.ns < end.ns ? { start, end } : undefined;
}

/**
 * When to send an email that is ready at `ready`: the first part of the employer's business hours, on
 * one of their next {@link SHARED_HOURS_SEARCH_DAYS} business days, that falls in the candidate's hours
 * (any day of theirs: sending is not a call) for at least `MIN_SHARED_MINUTES`. When there is none, the
 * candidate prepares it in their first hours from `taskFrom` (default `ready`) and schedules it to arrive
 * at the first moment of the employer's business hours after both `ready` and the start of that work.
 *
 * @example
 * ```ts
 * // Tokyo's 09:00–17:00 is 00:00–08:00 in London in winter: the two never meet.
 * sendTime(Temporal.ZonedDateTime.from("2026-01-13T21:00+00:00[Europe/London]"),
 *   { zone: "Asia/Tokyo", calendar, hours: { start: "09:00", end: "17:00" } },
 *   { zone: "Europe/London", calendar: { weekend: [6, 7] } }, DEFAULT_POLICY.candidateHours);
 * //=> { kind: "scheduled", sendAt: 2026-01-14T09:00+09:00[Asia/Tokyo],
 * //     task: { start: 2026-01-14T17:00+09:00[Asia/Tokyo], end: 2026-01-15T05:00+09:00[Asia/Tokyo] } }
 * ```
 */
export function sendTime(
  ready: Temporal.ZonedDateTime,
  employer: EmployerHours,
  candidate: CandidateSide,
  hours: CandidateHours,
  taskFrom: Temporal.ZonedDateTime = ready,
): SendTime {
  const found = sendMoment(
    Moment.from(ready),
    employerClock(employer),
    { clock: new ZoneClock(candidate.zone), days: candidate.calendar },
    hours,
    Moment.from(taskFrom),
  );
  return found.kind === "shared"
    ? { kind: "shared", window: zonedSpan(found.window) }
    : { kind: "scheduled", sendAt: zonedOf(found.sendAt), task: zonedSpan(found.task) };
}

/** {@link sendTime} on clocks. */
export function sendMoment(
  ready: Moment,
  employer: EmployerClock,
  candidate: CandidateClock,
  hours: CandidateHours,
  taskFrom: Moment = ready,
): SendMoment {
  const from = ready.on(employer.clock);
  let day = from.day;
  for (let days = 0, i = 0; days < SHARED_HOURS_SEARCH_DAYS && i <= MAX_SEARCH_DAYS; i++, day++) {
    const open = openHoursOn(day, employer);
    if (!open) continue;
    days++;
    if (from.ns >= open.end.ns) continue;
    const span = from.ns > open.start.ns ? { start: from, end: open.end } : open;
    const [part] = partsInHours(span, candidate, hours, "write");
    if (part) return { kind: "shared", window: part };
  }
  return scheduled(from, employer, candidate, hours, taskFrom);
}

function scheduled(
  ready: Moment,
  employer: EmployerClock,
  candidate: CandidateClock,
  hours: CandidateHours,
  taskFrom: Moment,
): SendMoment {
  let at = taskFrom;
  // Each candidate day either ends before the send (found) or overlaps business hours, which the search
  // above ruled out for the next few days; a handful of tries covers a clock change in between.
  for (let i = 0; i < 14; i++) {
    const day = nextHours(at, candidate, hours, "write");
    const later = day.start.ns > ready.ns ? day.start : ready;
    const sendAt = firstOpenMoment(later, employer);
    const end = day.end.ns <= sendAt.ns ? day.end : sendAt;
    if (day.start.ns < end.ns) {
      return {
        kind: "scheduled",
        sendAt,
        task: { start: day.start.on(employer.clock), end: end.on(employer.clock) },
      };
    }
    at = day.end;
  }
  throw new AfterviewError("out-of-range", `no time to prepare an email within two weeks of ${taskFrom}`);
}

/** {@link EmployerHours} on a fresh clock, its calendar read a `PlainDate` per day. */
function employerClock(employer: EmployerHours): EmployerClock {
  const { calendar } = employer;
  return {
    clock: new ZoneClock(employer.zone),
    days: { isBusinessDay: (day) => calendar.isBusinessDay(plainDate(day)) },
    hours: employer.hours,
  };
}
