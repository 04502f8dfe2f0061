import type { Temporal } from "temporal-polyfill";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The `[zone]` annotation of a plan instant, if it has one. */
export function zoneOf(instant: string): string | undefined {
  return /\[(?:!)?([^\]=]+)\]/.exec(instant)?.[1];
}

/** `Tue 2026-11-24`: the weekday and the ISO date, as core writes them in its reasons. */
export function formatDay(at: Temporal.ZonedDateTime | Temporal.PlainDate): string {
  // A structural test, not `instanceof`: the CJS build's Temporal is not the copy core made `at` with.
  const date = "timeZoneId" in at ? at.toPlainDate() : at;
  return `${DAYS[date.dayOfWeek - 1]} ${date.toString()}`;
}

/** `14:30`. */
export function formatTime(at: Temporal.ZonedDateTime): string {
  return `${pad(at.hour)}:${pad(at.minute)}`;
}

/**
 * A window as a person reads it: `Tue 2026-11-24 14:30–16:00` on one day,
 * `Tue 2026-11-24 21:00 – Wed 2026-11-25 17:00` across days, `by Tue 2026-11-24 21:00` when it is an instant.
 */
export function formatWindow(start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime): string {
  if (start.epochNanoseconds === end.epochNanoseconds) return `by ${formatDay(end)} ${formatTime(end)}`;
  if (start.toPlainDate().equals(end.toPlainDate()))
    return `${formatDay(start)} ${formatTime(start)}–${formatTime(end)}`;
  return `${formatDay(start)} ${formatTime(start)} – ${formatDay(end)} ${formatTime(end)}`;
}
