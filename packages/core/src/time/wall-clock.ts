import { Temporal } from "temporal-polyfill";
import * as PlainTimeFns from "temporal-polyfill/fns/PlainTime";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { type DateInput, toPlainDate } from "./instant.js";
import { resolveTimeZone } from "./zone.js";

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** Reads `"09:30"`, `"9:30"`, `"17:45:10"` or a `Temporal.PlainTime`. */
function toPlainTime(value: unknown, path: string): Temporal.PlainTime {
  if (value instanceof Temporal.PlainTime) return value;
  return timeFields(value, path, (...fields) => new Temporal.PlainTime(...fields));
}

type TimeFields = [hour: number, minute: number, second: number, ms: number, us: number, ns: number];

/**
 * The fields of a time string, handed to `make` (a Temporal constructor), whose refusal (`"25:00"`)
 * becomes the `invalid_date` issue.
 */
function timeFields<T>(value: unknown, path: string, make: (...fields: TimeFields) => T): T {
  if (typeof value !== "string") {
    throw new AfterviewValidationError([{ path, code: "invalid_type", message: 'expected a time such as "09:30"' }]);
  }
  const match = value.length <= 20 ? TIME.exec(value) : null;
  if (!match) {
    throw new AfterviewValidationError([
      { path, code: "invalid_format", message: `${JSON.stringify(value.slice(0, 40))} is not a time such as "09:30"` },
    ]);
  }
  const [, h, m, s = "0", fraction = ""] = match;
  const nanos = Number(fraction.padEnd(9, "0"));
  try {
    return make(Number(h), Number(m), Number(s), Math.floor(nanos / 1e6), Math.floor(nanos / 1e3) % 1e3, nanos % 1e3);
  } catch (error) {
    throw new AfterviewValidationError(
      [{ path, code: "invalid_date", message: `${JSON.stringify(value)} is not a real time of day` }],
      { cause: error },
    );
  }
}

const NS_PER_MINUTE = 60_000_000_000;

/**
 * A time of day as {@link zonedAt} reads it, in nanoseconds since midnight. `"HH:MM"`, the form a
 * policy holds, is read digit by digit; anything else goes through the same reader as `zonedAt`.
 *
 * @throws {AfterviewValidationError} on `path`, as `zonedAt` does.
 */
export function timeOfDay(value: unknown, path = "time"): number {
  if (typeof value === "string" && value.length === 5 && value.charCodeAt(2) === 58) {
    const h = digit(value, 0) * 10 + digit(value, 1);
    const m = digit(value, 3) * 10 + digit(value, 4);
    if (h < 24 && m < 60) return (h * 60 + m) * NS_PER_MINUTE;
  }
  // Read without the Temporal classes (see time/zone-clock.ts): a PlainTime through its fields.
  const t =
    Object.prototype.toString.call(value) === "[object Temporal.PlainTime]"
      ? (value as Temporal.PlainTime)
      : timeFields(value, path, PlainTimeFns.create);
  return ((t.hour * 60 + t.minute) * 60 + t.second) * 1e9 + t.millisecond * 1e6 + t.microsecond * 1e3 + t.nanosecond;
}

/** The digit at `i`, or 99 when it is not one (so that the caller's range check fails). */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : 99;
}

function wallClock(date: unknown, time: unknown, zone: unknown, zonePath: string): Temporal.ZonedDateTime {
  const day = toPlainDate(date, "date");
  const at = toPlainTime(time, "time");
  const timeZone = resolveTimeZone(zone, zonePath);
  // Temporal's default disambiguation, "compatible": a time skipped by a spring-forward gap moves
  // later by the gap's length; a time repeated by a fall-back overlap takes the earlier offset.
  return day.toZonedDateTime({ timeZone, plainTime: at });
}

/**
 * The moment a wall clock in `zone` shows `time` on `date`.
 *
 * Daylight-saving edges follow Temporal's `"compatible"` rule (the same as `Date` and RFC 5545):
 * a time that does not exist because clocks sprang forward moves later by the length of the gap
 * (02:30 on a spring-forward night in New York becomes 03:30); a time that happens twice because
 * clocks fell back is the earlier of the two (01:30 on a fall-back night in New York is EDT, −04:00).
 *
 * @throws {AfterviewValidationError} on `date`, `time` or `zone`.
 *
 * @example
 * ```ts
 * zonedAt("2026-12-01", "09:30", "America/New_York").toString();
 * //=> "2026-12-01T09:30:00-05:00[America/New_York]"
 * zonedAt("2026-03-08", "02:30", "America/New_York").toString();
 * //=> "2026-03-08T03:30:00-04:00[America/New_York]"
 * ```
 */
export function zonedAt(date: DateInput, time: string | Temporal.PlainTime, zone: string): Temporal.ZonedDateTime {
  return wallClock(date, time, zone, "zone");
}

/**
 * What a wall clock in `toZone` shows when one in `fromZone` shows `time` on `date`. Each zone's
 * own daylight-saving rules apply on that date, so the gap between two zones that change clocks on
 * different dates (New York and London in March and around the turn of October) comes out right.
 * The source time is read as in {@link zonedAt}.
 *
 * @throws {AfterviewValidationError} on `date`, `time`, `fromZone` or `toZone`.
 *
 * @example
 * ```ts
 * convertWallClock("2026-03-10", "09:00", "America/New_York", "Europe/London").toString();
 * //=> "2026-03-10T13:00:00+00:00[Europe/London]" (New York already on EDT, London not yet on BST)
 * convertWallClock("2026-04-10", "09:00", "America/New_York", "Europe/London").toString();
 * //=> "2026-04-10T14:00:00+01:00[Europe/London]"
 * ```
 */
export function convertWallClock(
  date: DateInput,
  time: string | Temporal.PlainTime,
  fromZone: string,
  toZone: string,
): Temporal.ZonedDateTime {
  const target = resolveTimeZone(toZone, "toZone");
  return wallClock(date, time, fromZone, "fromZone").withTimeZone(target);
}
