import type { Temporal } from "temporal-polyfill";
import { isoWeekday } from "../calendar/day-number.js";
import { type CandidateClock, type CandidateSide, partsInHours } from "../policy/candidate-hours.js";
import type { CandidateHours, TimeWindow } from "../policy/defaults.js";
import { timeOfDay } from "../time/wall-clock.js";
import { dayOf, Moment, ZoneClock, zonedOf } from "../time/zone-clock.js";

/** One calling window on one day: when it opens and closes, in the employer's zone. */
export interface CallingSlot {
  opens: Temporal.ZonedDateTime;
  closes: Temporal.ZonedDateTime;
  /** The window as the policy states it, wall-clock `"HH:MM"`. */
  window: TimeWindow;
}

/** {@link CallingSlot} on a clock. */
export interface Slot {
  opens: Moment;
  closes: Moment;
  window: TimeWindow;
}

/**
 * The calling windows of `date` (a day in `zone`), earliest first, from a policy's
 * `followUp.callingWindows` keyed by ISO weekday `"1"` (Monday) … `"7"` (Sunday).
 * Each window is wall-clock time in `zone`: on a daylight-saving day it keeps its wall-clock
 * edges (a time skipped by the change moves later, as `zonedAt` does); a window that the change
 * empties (both edges inside the skipped hour's aftermath, closing at or before it opens) is left out.
 * Business days are not checked here.
 */
export function callingSlotsOn(
  date: Temporal.PlainDate,
  zone: string,
  windows: Readonly<Record<string, readonly TimeWindow[]>>,
): CallingSlot[] {
  return slotsOn(dayOf(date), new ZoneClock(zone), windows).map(zonedSlot);
}

/** {@link callingSlotsOn} on a clock, for day number `day`. */
export function slotsOn(
  day: number,
  clock: ZoneClock,
  windows: Readonly<Record<string, readonly TimeWindow[]>>,
): Slot[] {
  const listed = windows[String(isoWeekday(day))] ?? [];
  const slots: Slot[] = [];
  for (const window of listed) {
    const opens = clock.moment(day, timeOfDay(window.start));
    const closes = clock.moment(day, timeOfDay(window.end));
    if (opens.ns < closes.ns) slots.push({ opens, closes, window });
  }
  return slots.sort((a, b) => (a.opens.ns < b.opens.ns ? -1 : a.opens.ns > b.opens.ns ? 1 : 0));
}

/**
 * The calling window `slot` kept to where the candidate can take part: its first stretch inside the
 * candidate's hours (`policy.candidateHours`, E-FU-HOURS) on one of their weekdays (unless
 * `weekendCalls`), at least half an hour long when the hours cut it short; undefined when there is none.
 *
 * @example
 * ```ts
 * // Berlin's Wednesday 13:30–15:30 is 07:30–09:30 in New York: the call keeps 14:00–15:30 Berlin time.
 * callInCandidateHours(slot, { zone: "America/New_York", calendar }, DEFAULT_POLICY.candidateHours)?.opens.toString();
 * //=> "2026-04-08T14:00:00+02:00[Europe/Berlin]"
 * ```
 */
export function callInCandidateHours(
  slot: CallingSlot,
  candidate: CandidateSide,
  hours: CandidateHours,
): CallingSlot | undefined {
  const part = callInHours(
    { opens: Moment.from(slot.opens), closes: Moment.from(slot.closes), window: slot.window },
    { clock: new ZoneClock(candidate.zone), days: candidate.calendar },
    hours,
  );
  return part && zonedSlot(part);
}

/** {@link callInCandidateHours} on clocks. */
export function callInHours(slot: Slot, candidate: CandidateClock, hours: CandidateHours): Slot | undefined {
  const [part] = partsInHours({ start: slot.opens, end: slot.closes }, candidate, hours, "call");
  return part && { opens: part.start, closes: part.end, window: slot.window };
}

function zonedSlot(slot: Slot): CallingSlot {
  return { opens: zonedOf(slot.opens), closes: zonedOf(slot.closes), window: slot.window };
}

/** True when at least one weekday has a calling window. */
export function hasAnyCallingWindow(windows: Readonly<Record<string, readonly TimeWindow[]>>): boolean {
  return Object.values(windows).some((list) => list.length > 0);
}

/** The slot a touch lands in, with what was passed over on the way. */
export interface FoundSlot {
  /** The call's window: the calling window, kept to the part in the candidate's hours. */
  slot: Slot;
  /** The calling window as the employer keeps it, before the candidate's hours cut it. */
  whole: Slot;
  /** Calling windows passed over because none of them fell in the candidate's hours, earliest first. */
  outsideHours: Slot[];
  /** Earlier windows the same day passed over because the candidate's hours cut them short, while this one fits whole. */
  cutEarlier: Slot[];
  /** Weekday holidays passed over between the day the count started from and the slot's day (date and names). */
  holidays: { date: string; names: string[] }[];
  /** True when an earlier window was passed over because it had closed by `now`. */
  closedBeforeNow: boolean;
}

/** No calling window met the candidate's hours on the calling days searched: the touch becomes an email. */
export interface Apart {
  kind: "apart";
  /** The calling windows of the first calling day searched, none of them in the candidate's hours. */
  missed: Slot[];
  /** The employer's last calling day searched (a day number). */
  last: number;
}
