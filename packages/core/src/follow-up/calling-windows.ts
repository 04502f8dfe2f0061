import { Temporal } from "temporal-polyfill";
import { type CandidateSide, withinCandidateHours } from "../policy/candidate-hours.js";
import type { CandidateHours, TimeWindow } from "../policy/defaults.js";
import { zonedAt } from "../time/wall-clock.js";

/** One calling window on one day: when it opens and closes, in the employer's zone. */
export interface CallingSlot {
  opens: Temporal.ZonedDateTime;
  closes: Temporal.ZonedDateTime;
  /** The window as the policy states it, wall-clock `"HH:MM"`. */
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
  const listed = windows[String(date.dayOfWeek)] ?? [];
  const slots: CallingSlot[] = [];
  for (const window of listed) {
    const opens = zonedAt(date, window.start, zone);
    const closes = zonedAt(date, window.end, zone);
    if (Temporal.ZonedDateTime.compare(opens, closes) < 0) slots.push({ opens, closes, window });
  }
  return slots.sort((a, b) => Temporal.ZonedDateTime.compare(a.opens, b.opens));
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
  const [part] = withinCandidateHours({ start: slot.opens, end: slot.closes }, candidate, hours, "call");
  return part && { opens: part.start, closes: part.end, window: slot.window };
}

/** True when at least one weekday has a calling window. */
export function hasAnyCallingWindow(windows: Readonly<Record<string, readonly TimeWindow[]>>): boolean {
  return Object.values(windows).some((list) => list.length > 0);
}

/** The slot a touch lands in, with what was passed over on the way. */
export interface FoundSlot {
  /** The call's window: the calling window, kept to the part in the candidate's hours. */
  slot: CallingSlot;
  /** The calling window as the employer keeps it, before the candidate's hours cut it. */
  whole: CallingSlot;
  /** Calling windows passed over because none of them fell in the candidate's hours, earliest first. */
  outsideHours: CallingSlot[];
  /** Earlier windows the same day passed over because the candidate's hours cut them short, while this one fits whole. */
  cutEarlier: CallingSlot[];
  /** Weekday holidays passed over between the day the count started from and the slot's day (date and names). */
  holidays: { date: string; names: string[] }[];
  /** True when an earlier window was passed over because it had closed by `now`. */
  closedBeforeNow: boolean;
}

/** No calling window met the candidate's hours on the calling days searched: the touch becomes an email. */
export interface Apart {
  kind: "apart";
  /** The calling windows of the first calling day searched, none of them in the candidate's hours. */
  missed: CallingSlot[];
  /** The employer's last calling day searched. */
  last: Temporal.PlainDate;
}
