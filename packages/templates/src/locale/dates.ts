import { inZone } from "@afterview/core";
import type { Locale } from "../document/types.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** A calendar date read from an ISO string (`2026-11-24` or the date part of an instant). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The wall-clock date of an ISO date or instant string, as written: `2026-11-24T14:00:00-05:00[…]`
 * is 24 November in the zone it was written in. Core writes every instant in the zone it belongs to.
 */
export function calendarDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The wall-clock date of an instant in `zone`: `2026-11-25T02:00:00Z` is 24 November in New York.
 * Instants are read by core (an offset or a `[zone]` is required).
 */
export function dateIn(instant: string, zone: string): CalendarDate {
  // Core writes instants in their own zone (`…-05:00[America/New_York]`): when that is the zone
  // asked for, the date is the one written, and no time zone arithmetic is needed.
  if (instant.endsWith(`[${zone}]`) && /^\d{4}-\d{2}-\d{2}T[^[]*[+-]\d{2}:\d{2}\[/u.test(instant)) {
    return calendarDate(instant);
  }
  return calendarDate(inZone(instant, zone).toPlainDate().toString());
}

/** The date as `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Day of the week, 0 = Sunday, from the proleptic Gregorian calendar (no clock is read). */
function weekdayIndex(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The weekday's name, e.g. `Tuesday`. */
export function weekday(date: CalendarDate): string {
  return WEEKDAYS[weekdayIndex(date)]!;
}

/** A full date in the locale's style: `November 24, 2026` (en-US) or `24 November 2026` (en-GB). */
export function longDate(date: CalendarDate, locale: Locale): string {
  const month = MONTHS[date.month - 1]!;
  return locale === "en-US" ? `${month} ${date.day}, ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** A date within the coming weeks: `Tuesday, November 24` (en-US) or `Tuesday 24 November` (en-GB). */
export function dayAndDate(date: CalendarDate, locale: Locale): string {
  const month = MONTHS[date.month - 1]!;
  return locale === "en-US" ? `${weekday(date)}, ${month} ${date.day}` : `${weekday(date)} ${date.day} ${month}`;
}
