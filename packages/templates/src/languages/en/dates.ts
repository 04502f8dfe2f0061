import type { Locale } from "../../document/types.js";
import { type CalendarDate, weekdayIndex } from "../../locale/dates.js";

// Written out rather than read from Intl.DateTimeFormat, so a date reads the same on every ICU version.
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
