import { isoWeekday } from "../calendar/day-number.js";
import { clockString, dateString, type Moment } from "../time/zone-clock.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** `"Thursday 2026-12-03"`: day number `day` as the plan's reasons write it. */
export function day(day: number): string {
  return `${WEEKDAYS[isoWeekday(day) - 1]} ${dateString(day)}`;
}

/** `"Thursday 2026-12-03 17:00 (America/Chicago)"`: an instant on its own wall clock, seconds dropped. */
export function moment(at: Moment): string {
  const wall = at.clock.wall(at.ns);
  return `${day(wall.day)} ${clockString(wall.time)} (${at.clock.id})`;
}

/** `"1 business day"`, `"2 business days"`. */
export function businessDays(n: number): string {
  return `${n} business day${n === 1 ? "" : "s"}`;
}
