/**
 * Calendar arithmetic on plain integers, so that the business-day walks do not allocate a
 * Temporal object per day. A "day number" counts days from 1970-01-01 (day 0) in the proleptic
 * Gregorian calendar, the calendar ISO 8601 and Temporal use.
 *
 * The formulas are Howard Hinnant's `days_from_civil` / `civil_from_days` (public domain).
 */

/** Year, month (1–12) and day (1–31) of a date. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The day number of `year-month-day` (1970-01-01 → 0). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (inverse of {@link dayNumber}). */
export function civilDate(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The day number of 1 January of `year`. */
export function yearStart(year: number): number {
  return dayNumber(year, 1, 1);
}

/** `YYYY-MM-DD` → day number; the string must already be a valid date. */
export function dayNumberOfIso(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Day number → `YYYY-MM-DD` (four-digit years). */
export function isoOfDayNumber(n: number): string {
  const { year, month, day } = civilDate(n);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number `n` moved by whole months, its day of the month kept or, past the end of a shorter
 * month, its last day: `PlainDate.prototype.add({ months })` (12 months are a year).
 */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = civilDate(n);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Day `day` of day number `n`'s month, or the month's last day when it has fewer: `PlainDate.prototype.with({ day })`. */
export function withDayOfMonth(n: number, day: number): number {
  const { year, month } = civilDate(n);
  return dayNumber(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The last day of day number `n`'s month. */
export function endOfMonth(n: number): number {
  return withDayOfMonth(n, 31);
}
