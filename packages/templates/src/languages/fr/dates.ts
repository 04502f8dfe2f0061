import { type CalendarDate, weekdayIndex } from "../../locale/dates.js";

// Written out rather than read from Intl.DateTimeFormat, so a date reads the same on every ICU version.
const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** Lower case, as French writes weekdays inside a sentence. */
const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"] as const;

/** The day of the month: `1er` for the first (an ordinal in French), else the plain number. */
function dayOfMonth(day: number): string {
  return day === 1 ? "1er" : String(day);
}

/**
 * The weekday's name as it stands inside a sentence.
 *
 * @example
 * ```ts
 * weekday({ year: 2026, month: 11, day: 24 });
 * //=> "mardi"
 * ```
 */
export function weekday(date: CalendarDate): string {
  return WEEKDAYS[weekdayIndex(date)]!;
}

/**
 * A full date, the same in France and Canada (no leading zero, no comma, month in lower case).
 *
 * @example
 * ```ts
 * longDate({ year: 2027, month: 1, day: 1 });
 * //=> "1er janvier 2027"
 * ```
 */
export function longDate(date: CalendarDate): string {
  return `${dayOfMonth(date.day)} ${MONTHS[date.month - 1]!} ${date.year}`;
}

/**
 * A date within the coming weeks, with its weekday and no comma. Templates put `le` before it
 * (`d'ici le lundi 30 novembre`) or `du` (`notre entretien du mardi 24 novembre`).
 *
 * @example
 * ```ts
 * dayAndDate({ year: 2026, month: 12, day: 1 });
 * //=> "mardi 1er décembre"
 * ```
 */
export function dayAndDate(date: CalendarDate): string {
  return `${weekday(date)} ${dayOfMonth(date.day)} ${MONTHS[date.month - 1]!}`;
}
