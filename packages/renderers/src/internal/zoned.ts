import type { WallTime } from "./wall-time.js";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The `[zone]` annotation of a plan instant, if it has one. */
export function zoneOf(instant: string): string | undefined {
  return /\[(?:!)?([^\]=]+)\]/.exec(instant)?.[1];
}

/** `Tue 2026-11-24`: the weekday and the ISO date, as core writes them in its reasons. */
export function formatDay(at: Pick<WallTime, "date" | "dayOfWeek">): string {
  return `${DAYS[at.dayOfWeek - 1]} ${at.date}`;
}

/** `14:30`. */
export function formatTime(at: WallTime): string {
  return `${pad(at.hour)}:${pad(at.minute)}`;
}

/**
 * A window as a person reads it: `Tue 2026-11-24 14:30–16:00` on one day,
 * `Tue 2026-11-24 21:00 – Wed 2026-11-25 17:00` across days, `by Tue 2026-11-24 21:00` when it is an instant.
 */
export function formatWindow(start: WallTime, end: WallTime): string {
  if (start.epochNanoseconds === end.epochNanoseconds) return `by ${formatDay(end)} ${formatTime(end)}`;
  if (start.date === end.date) return `${formatDay(start)} ${formatTime(start)}–${formatTime(end)}`;
  return `${formatDay(start)} ${formatTime(start)} – ${formatDay(end)} ${formatTime(end)}`;
}
