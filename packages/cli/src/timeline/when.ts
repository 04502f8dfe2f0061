import { toDate, toZoned } from "@afterview/core";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/**
 * An ISO instant as a person reads it on that instant's own wall clock: `Tue 2026-11-24 14:30`.
 * Plans store instants with their offset and zone, so the wall time is the string's own
 * (no conversion, no clock). Read with core's `toZoned`, the reader every package shares.
 */
export function when(instant: string): string {
  const at = toZoned(instant);
  const date = at.toPlainDate().toString();
  return `${weekday(date)} ${date} ${String(at.hour).padStart(2, "0")}:${String(at.minute).padStart(2, "0")}`;
}

/** A `YYYY-MM-DD` date with its weekday: `Mon 2026-11-30`. */
export function day(date: string): string {
  return `${weekday(date)} ${date}`;
}

function weekday(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return "";
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? "";
}

/** A due window as `Tue 2026-11-24 15:15 → 21:00`, or with both days when it spans more than one. */
export function dueWindow(start: string, end: string): string {
  if (start.slice(0, 10) === end.slice(0, 10)) return `${when(start)} → ${end.slice(11, 16)}`;
  return `${when(start)} → ${when(end)}`;
}

/** Milliseconds since the epoch of a plan's instant. */
export function epochMs(instant: string): number {
  return toDate(instant).getTime();
}
