import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../calendar/types.js";
import { AfterviewError } from "../errors/afterview-error.js";
import { zonedAt } from "../time/wall-clock.js";
import {
  type CandidateSide,
  nextCandidateHours,
  SHARED_HOURS_SEARCH_DAYS,
  type Span,
  withinCandidateHours,
} from "./candidate-hours.js";
import type { CandidateHours, TimeWindow } from "./defaults.js";

/** The employer's side as the send rules read it: zone, business days and business hours. */
export interface EmployerHours {
  zone: string;
  calendar: Pick<BusinessCalendar, "isBusinessDay">;
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

/** A year of days without business hours means a broken calendar; stop rather than loop. */
const MAX_SEARCH_DAYS = 366;

/**
 * The first moment at or after `at` inside the employer's business hours on one of its business days.
 *
 * @throws {AfterviewError} `out-of-range` when no business hours fall within a year.
 */
export function firstBusinessMoment(at: Temporal.ZonedDateTime, employer: EmployerHours): Temporal.ZonedDateTime {
  const ready = at.withTimeZone(employer.zone);
  let date = ready.toPlainDate();
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++, date = date.add({ days: 1 })) {
    const hours = businessHoursOn(date, employer);
    if (!hours || Temporal.ZonedDateTime.compare(ready, hours.end) >= 0) continue;
    return Temporal.ZonedDateTime.compare(ready, hours.start) > 0 ? ready : hours.start;
  }
  throw new AfterviewError("out-of-range", `no employer business hours within ${MAX_SEARCH_DAYS} days of ${ready}`);
}

/** The employer's business hours on `date` (their zone), or undefined on a day off or when a clock change empties them. */
export function businessHoursOn(date: Temporal.PlainDate, employer: EmployerHours): Span | undefined {
  if (!employer.calendar.isBusinessDay(date)) return undefined;
  const start = zonedAt(date, employer.hours.start, employer.zone);
  const end = zonedAt(date, employer.hours.end, employer.zone);
  return Temporal.ZonedDateTime.compare(start, end) < 0 ? { start, end } : undefined;
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
  const from = ready.withTimeZone(employer.zone);
  let date = from.toPlainDate();
  for (
    let days = 0, i = 0;
    days < SHARED_HOURS_SEARCH_DAYS && i <= MAX_SEARCH_DAYS;
    i++, date = date.add({ days: 1 })
  ) {
    const open = businessHoursOn(date, employer);
    if (!open) continue;
    days++;
    if (Temporal.ZonedDateTime.compare(from, open.end) >= 0) continue;
    const span = Temporal.ZonedDateTime.compare(from, open.start) > 0 ? { start: from, end: open.end } : open;
    const [part] = withinCandidateHours(span, candidate, hours, "write");
    if (part) return { kind: "shared", window: part };
  }
  return scheduled(from, employer, candidate, hours, taskFrom);
}

function scheduled(
  ready: Temporal.ZonedDateTime,
  employer: EmployerHours,
  candidate: CandidateSide,
  hours: CandidateHours,
  taskFrom: Temporal.ZonedDateTime,
): SendTime {
  let at = taskFrom;
  // Each candidate day either ends before the send (found) or overlaps business hours, which the search
  // above ruled out for the next few days; a handful of tries covers a clock change in between.
  for (let i = 0; i < 14; i++) {
    const day = nextCandidateHours(at, candidate, hours, "write");
    const later = Temporal.ZonedDateTime.compare(day.start, ready) > 0 ? day.start : ready;
    const sendAt = firstBusinessMoment(later, employer);
    const end = Temporal.ZonedDateTime.compare(day.end, sendAt) <= 0 ? day.end : sendAt;
    if (Temporal.ZonedDateTime.compare(day.start, end) < 0) {
      return {
        kind: "scheduled",
        sendAt,
        task: { start: day.start.withTimeZone(employer.zone), end: end.withTimeZone(employer.zone) },
      };
    }
    at = day.end;
  }
  throw new AfterviewError("out-of-range", `no time to prepare an email within two weeks of ${taskFrom}`);
}
