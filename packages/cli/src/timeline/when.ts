const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/**
 * An ISO instant as a person reads it on that instant's own wall clock: `Tue 2026-11-24 14:30`.
 * Plans store instants with their offset and zone, so the wall time is the string's own
 * (no conversion, no clock). Anything unexpected is returned as it is.
 */
export function when(instant: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(instant);
  if (!match) return instant;
  return `${weekday(instant.slice(0, 10))} ${instant.slice(0, 10)} ${match[4]}`;
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

/**
 * Milliseconds since the epoch of an ISO instant with an offset (a trailing `[zone]` is ignored:
 * the offset already fixes the instant). `NaN` when it does not read.
 */
export function epochMs(instant: string): number {
  return Date.parse(instant.replace(/\[[^\]]*\]$/, ""));
}
