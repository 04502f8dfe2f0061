import { formatWhen } from "@afterview/core";

/** A calendar date: its year, month (1 to 12) and day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of a `YYYY-MM-DD` string (an offer's start date, a plan's decision date). */
export function calendarDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The wall-clock date of an instant in `zone`, read by core's `formatWhen`:
 * `2026-11-25T02:00:00Z` is 24 November in New York.
 */
export function dateIn(instant: string, zone: string): CalendarDate {
  // The date that starts the ISO string ("2026-11-24T21:00:00-05:00[America/New_York]"). formatWhen
  // computes without the Temporal classes, so a browser bundle of templates does not carry them.
  const iso = formatWhen(instant, { zone, style: "iso" });
  const match = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T/u.exec(iso);
  if (!match) throw new RangeError(`not an ISO date-time: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The date as `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Day of the week, 0 = Sunday, from the proleptic Gregorian calendar (no clock is read). */
export function weekdayIndex(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
