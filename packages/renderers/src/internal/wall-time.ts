/*
 * A plan's instants on a wall clock, read without the Temporal classes.
 *
 * Why: these renderers run in browsers, and temporal-polyfill's classes come whole (about 58 kB
 * minified) into any bundle that touches one of them, while all the renderers need is what a clock
 * in one zone shows at an instant of the plan, and which of two instants comes first. Core's
 * `formatWhen(instant, { zone, style: "iso" })` works that out without the classes and writes it in
 * one fixed form, the one `ZonedDateTime.prototype.toString()` writes:
 *
 *   2026-12-01T09:30:00-05:00[America/New_York]
 *
 * (the year as ±YYYYYY outside 0000–9999, a fraction of a second only when there is one, the
 * offset rounded to the minute). This module reads the numbers back out of that string. The
 * instant itself comes from the same moment written in UTC, whose wall clock is the instant: the
 * offset in the string is rounded, and a zone's offset before 1900 may have seconds.
 */
import { formatWhen } from "@afterview/core";
import type { Temporal } from "temporal-polyfill";

/** An instant as the renderers take it: a plan's string, or a Temporal object (of any copy of Temporal). */
export type InstantInput = string | Temporal.Instant | Temporal.ZonedDateTime;

/** The date and time fields of a wall clock. */
export interface ClockFields {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock in one zone shows at one instant, and the instant. */
export interface WallTime extends ClockFields {
  /** The date, as `PlainDate.prototype.toString()` writes it: `"2026-12-01"`. */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  /** The instant, in nanoseconds since 1970-01-01T00:00Z. */
  epochNanoseconds: bigint;
  /** The zone's offset from UTC then, in nanoseconds, to the second. */
  offsetNanoseconds: number;
}

const NS_PER_SECOND = 1_000_000_000n;
const NS_PER_DAY = 86_400n * NS_PER_SECOND;

/** `formatWhen`'s "iso" form: date, time, optional fraction, offset, `[zone]` (and any `[u-ca=…]` after it). */
const ISO = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?[+-]\d{2}:\d{2}\[/;

/**
 * What a clock in `zone` shows at `instant` (in the instant's own `[zone]` when `zone` is left out),
 * as core's `toZoned(instant, zone)` would give it.
 *
 * @throws {AfterviewValidationError} naming `instant` or `zone`, as `formatWhen` does.
 */
export function wallTime(instant: InstantInput, zone?: string): WallTime {
  const here = readIso(formatWhen(instant, { zone, style: "iso" }));
  const utc = zone === "UTC" ? here : readIso(formatWhen(instant, { zone: "UTC", style: "iso" }));
  const { local: _, ...fields } = here;
  return { ...fields, epochNanoseconds: utc.local, offsetNanoseconds: Number(here.local - utc.local) };
}

/** The instant as a `Date` (its milliseconds, rounded down as `Temporal.Instant.prototype.epochMilliseconds` does). */
export function toDate(epochNanoseconds: bigint): Date {
  const ms = epochNanoseconds / 1_000_000n;
  return new Date(Number(epochNanoseconds < ms * 1_000_000n ? ms - 1n : ms));
}

/**
 * A `YYYY-MM-DD` date of the plan (`decision.earliest`), with its ISO weekday.
 *
 * @throws {RangeError} when it is not a real date in that form.
 */
export function calendarDay(text: string): { date: string; dayOfWeek: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a date in the form YYYY-MM-DD: ${JSON.stringify(text)}`);
  }
  return { date: text, dayOfWeek: isoWeekday(dayNumber(year, month, day)) };
}

/** The fields of a string `formatWhen` wrote, and its wall clock as nanoseconds since 1970-01-01T00:00 on that clock. */
function readIso(iso: string): Omit<WallTime, "epochNanoseconds" | "offsetNanoseconds"> & { local: bigint } {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO 8601 date-time as formatWhen writes it: ${iso}`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const days = dayNumber(year, month, day);
  const seconds = BigInt((hour * 60 + minute) * 60 + second);
  const local = BigInt(days) * NS_PER_DAY + seconds * NS_PER_SECOND + BigInt((m[7] ?? "").padEnd(9, "0"));
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return { date, year, month, day, hour, minute, second, dayOfWeek: isoWeekday(days), local };
}

/** Days from 1970-01-01 to `year-month-day`, proleptic Gregorian (Howard Hinnant's `days_from_civil`). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
