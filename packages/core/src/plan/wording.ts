import type { Temporal } from "temporal-polyfill";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** `"Thursday 2026-12-03"`: a date as the plan's reasons write it. */
export function day(date: Temporal.PlainDate | Temporal.ZonedDateTime): string {
  const plain = "toPlainDate" in date ? date.toPlainDate() : date;
  return `${WEEKDAYS[plain.dayOfWeek - 1]} ${plain.toString()}`;
}

/** `"Thursday 2026-12-03 17:00 (America/Chicago)"`: an instant on its own wall clock. */
export function moment(at: Temporal.ZonedDateTime): string {
  const hh = String(at.hour).padStart(2, "0");
  const mm = String(at.minute).padStart(2, "0");
  return `${day(at)} ${hh}:${mm} (${at.timeZoneId})`;
}

/** `"1 business day"`, `"2 business days"`. */
export function businessDays(n: number): string {
  return `${n} business day${n === 1 ? "" : "s"}`;
}
