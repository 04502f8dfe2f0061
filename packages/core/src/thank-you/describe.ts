import { isoWeekday } from "../calendar/day-number.js";
import { clockString, dateString, type Moment } from "../time/zone-clock.js";

/*
 * How the thank-you reasons write dates and times: fixed English, no locale data, so the same
 * input gives the same sentence everywhere ("21:00 on Tue 2026-11-24").
 */

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** `"Tue 2026-11-24"`, for day number `day`. */
export function dayLabel(day: number): string {
  return `${WEEKDAYS[isoWeekday(day) - 1]} ${dateString(day)}`;
}

/** `"21:00"` on `at`'s clock. */
export function clockLabel(at: Moment): string {
  return at.hhmm;
}

/** `"21:00 on Tue 2026-11-24"` on `at`'s clock. */
export function momentLabel(at: Moment): string {
  const { day, time } = at.clock.wall(at.ns);
  return `${clockString(time)} on ${dayLabel(day)}`;
}

/** `"a"`, `"a and b"`, `"a, b and c"`; past `max` characters the rest is counted ("and 3 more"). */
export function listLabel(items: readonly string[], max = 300): string {
  const shown: string[] = [];
  let length = 0;
  for (const item of items) {
    if (shown.length > 0 && length + item.length > max) break;
    shown.push(item.length > max ? `${item.slice(0, max)}…` : item);
    length += item.length + 2;
  }
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
