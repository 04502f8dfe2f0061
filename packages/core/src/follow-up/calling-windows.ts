import { Temporal } from "temporal-polyfill";
import type { TimeWindow } from "../policy/defaults.js";
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

/** True when at least one weekday has a calling window. */
export function hasAnyCallingWindow(windows: Readonly<Record<string, readonly TimeWindow[]>>): boolean {
  return Object.values(windows).some((list) => list.length > 0);
}

/** The slot a touch lands in, with what was passed over on the way. */
export interface FoundSlot {
  slot: CallingSlot;
  /** Weekday holidays passed over between the day the count started from and the slot's day (date and names). */
  holidays: { date: string; names: string[] }[];
  /** True when an earlier window was passed over because it had closed by `now`. */
  closedBeforeNow: boolean;
}
