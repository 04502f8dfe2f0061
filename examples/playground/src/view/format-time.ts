import { Temporal } from "temporal-polyfill";
import { el } from "./dom.js";

const DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/**
 * A `<time>` for a plan's instant (`2026-12-01T09:30:00-05:00[America/New_York]`), on its own wall
 * clock and naming its zone: `Tue, Dec 1, 2026, 09:30 (America/New_York)`.
 */
export function instantElement(iso: string, locale: string): HTMLTimeElement {
  const zoned = Temporal.ZonedDateTime.from(iso);
  const text = new Intl.DateTimeFormat(locale, { ...DAY_AND_TIME, timeZone: zoned.timeZoneId }).format(
    zoned.epochMilliseconds,
  );
  return el(
    "time",
    { datetime: zoned.toString({ timeZoneName: "never" }), "data-iso": iso },
    `${text} (${zoned.timeZoneId})`,
  );
}

/**
 * A window of two instants as one phrase on the first one's wall clock, with its zone:
 * `Tue, Dec 1, 2026, 09:30 – 11:30 (America/New_York)`.
 */
export function windowText(start: string, end: string, locale: string): string {
  const opens = Temporal.ZonedDateTime.from(start);
  const closes = Temporal.ZonedDateTime.from(end);
  const format = new Intl.DateTimeFormat(locale, { ...DAY_AND_TIME, timeZone: opens.timeZoneId });
  return `${format.formatRange(opens.epochMilliseconds, closes.epochMilliseconds)} (${opens.timeZoneId})`;
}

/** A `<time>` for a calendar date (`2026-11-30`). */
export function dateElement(date: string, locale: string): HTMLTimeElement {
  const midnight = Temporal.PlainDate.from(date).toZonedDateTime("UTC");
  const text = new Intl.DateTimeFormat(locale, { ...DAY, timeZone: "UTC" }).format(midnight.epochMilliseconds);
  return el("time", { datetime: date }, text);
}
