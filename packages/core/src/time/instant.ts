import { Temporal } from "temporal-polyfill";
import * as CalendarFns from "temporal-polyfill/fns/Calendar";
import * as InstantFns from "temporal-polyfill/fns/Instant";
import * as PlainDateFns from "temporal-polyfill/fns/PlainDate";
import * as ZonedDateTimeFns from "temporal-polyfill/fns/ZonedDateTime";
import { dayNumber } from "../calendar/day-number.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { resolveTimeZone } from "./zone.js";
import { ZoneClock } from "./zone-clock.js";

/** A point in time as the API accepts it: a Temporal object or an ISO 8601 string with an offset or a `[zone]`. */
export type InstantInput = string | Temporal.Instant | Temporal.ZonedDateTime;

/** A calendar date as the API accepts it: a `Temporal.PlainDate`, a `ZonedDateTime` (its local date) or `"YYYY-MM-DD"`. */
export type DateInput = string | Temporal.PlainDate | Temporal.ZonedDateTime;

const ZONE_ANNOTATION = /\[!?([^\]=]+)\]/;

/**
 * A Temporal object from another copy of Temporal (native `Temporal`, or another polyfill instance
 * in the app) fails `instanceof` against ours; it is read through its ISO string instead, which every
 * implementation writes the same way. Returns the object unchanged when it is not such a stranger.
 */
function adopt(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const tag = Object.prototype.toString.call(value);
  try {
    switch (tag) {
      case "[object Temporal.ZonedDateTime]":
        return value instanceof Temporal.ZonedDateTime ? value : Temporal.ZonedDateTime.from(String(value));
      case "[object Temporal.Instant]":
        return value instanceof Temporal.Instant ? value : Temporal.Instant.from(String(value));
      case "[object Temporal.PlainDate]":
        return value instanceof Temporal.PlainDate ? value : Temporal.PlainDate.from(String(value));
      case "[object Temporal.PlainDateTime]":
        return value instanceof Temporal.PlainDateTime ? value : Temporal.PlainDateTime.from(String(value));
      default:
        return value;
    }
  } catch {
    return value;
  }
}
const OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?)(?:\[|$)/i;

/**
 * Reads an instant and returns it as a `ZonedDateTime` in `zone`.
 * A string must carry an offset (`-05:00`, `Z`) or a `[zone]` annotation: a bare local time
 * is ambiguous and refused. When the string has a `[zone]`, that zone is kept unless
 * `zone` is given.
 *
 * @throws {AfterviewValidationError} naming `path`.
 */
export function toZonedDateTime(input: unknown, path: string, zone?: string): Temporal.ZonedDateTime {
  const tz = zone === undefined ? undefined : resolveTimeZone(zone, path);
  const value = adopt(input);
  if (value instanceof Temporal.ZonedDateTime) return tz ? value.withTimeZone(tz) : value;
  if (value instanceof Temporal.Instant) {
    if (!tz) throw instantNeedsZone(path);
    return value.toZonedDateTimeISO(tz);
  }
  const [text, annotated] = instantString(value, path);
  try {
    if (annotated !== undefined) {
      resolveTimeZone(annotated, path);
      const zdt = Temporal.ZonedDateTime.from(text, { offset: "reject" });
      return tz && tz !== zdt.timeZoneId ? zdt.withTimeZone(tz) : zdt;
    }
    const instant = Temporal.Instant.from(text);
    return instant.toZonedDateTimeISO(tz ?? "UTC");
  } catch (error) {
    throw notADateTime(text, path, error);
  }
}

/** An instant as the rules read it: nanoseconds since the epoch, and the zone it is seen from. */
export interface ZonedInstant {
  ns: bigint;
  /** The zone as Temporal spells it (`timeZoneId`). */
  zone: string;
}

/**
 * {@link toZonedDateTime} for the rules, which need only the instant and its zone: the same input
 * is accepted or refused with the same issue, and gives the same instant and zone. A Temporal object
 * (of this copy or another) is read through its public `epochNanoseconds` and `timeZoneId`.
 *
 * @throws {AfterviewValidationError} naming `path`.
 */
export function readInstant(input: unknown, path: string, zone?: string): ZonedInstant {
  const tz = zone === undefined ? undefined : resolveTimeZone(zone, path);
  const { epochNanoseconds: ns, timeZoneId } = temporalFields(input);
  if (typeof ns === "bigint") {
    const tag = tagOf(input);
    if (tag === "[object Temporal.ZonedDateTime]" && typeof timeZoneId === "string")
      return { ns, zone: tz ?? timeZoneId };
    if (tag === "[object Temporal.Instant]") {
      if (!tz) throw instantNeedsZone(path);
      return { ns, zone: tz };
    }
  }
  const [text, annotated] = instantString(input, path);
  try {
    if (annotated !== undefined) {
      resolveTimeZone(annotated, path);
      const zoned = ZonedDateTimeFns.fromString(text, CalendarFns.getBasic, { offset: "reject" });
      return { ns: zoned.epochNanoseconds, zone: tz ?? zoned.timeZoneId };
    }
    return { ns: InstantFns.fromString(text).epochNanoseconds, zone: tz ?? "UTC" };
  } catch (error) {
    throw notADateTime(text, path, error);
  }
}

/**
 * The string checks {@link toZonedDateTime} and {@link readInstant} share: `value` is a string that
 * looks like a date-time and carries an offset or a `[zone]`. Returns it and the zone it names, if any.
 */
function instantString(value: unknown, path: string): [text: string, zone: string | undefined] {
  if (typeof value !== "string")
    throw invalid(
      path,
      "expected an ISO 8601 date-time string such as 2026-11-24T15:30:00-05:00[America/New_York]",
      "invalid_type",
    );
  if (value.length > 100 || !/^[+-]?\d{4,6}-\d{2}-\d{2}[T ]\d{2}/i.test(value)) {
    throw invalid(path, `${quote(value)} is not an ISO 8601 date-time with an offset or [zone]`);
  }
  const annotated = ZONE_ANNOTATION.exec(value)?.[1];
  const hasOffset = OFFSET.test(value.slice(11));
  if (annotated === undefined && !hasOffset)
    throw invalid(path, `${quote(value)} has no offset or [zone]; add one, e.g. -05:00 or [America/New_York]`);
  return [value, annotated];
}

function instantNeedsZone(path: string): AfterviewValidationError {
  return invalid(path, "an Instant needs a time zone here; pass a ZonedDateTime or a string with [zone]");
}

function notADateTime(value: string, path: string, error: unknown): AfterviewValidationError {
  if (error instanceof AfterviewValidationError) return error;
  return invalid(path, `${quote(value)} is not a valid date-time (${(error as Error).message})`, "invalid_date", error);
}

/**
 * Reads a calendar date: `"YYYY-MM-DD"`, a `PlainDate`, or a `ZonedDateTime` (its local date).
 *
 * @throws {AfterviewValidationError} naming `path`.
 */
export function toPlainDate(input: unknown, path: string): Temporal.PlainDate {
  const value = adopt(input);
  if (value instanceof Temporal.PlainDate) return value;
  if (value instanceof Temporal.ZonedDateTime) return value.toPlainDate();
  if (value instanceof Temporal.PlainDateTime) return value.toPlainDate();
  if (typeof value !== "string") throw invalid(path, "expected a date such as 2026-11-24", "invalid_type");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (value.length <= 100 && /^\d{4}-\d{2}-\d{2}T/.test(value)) return toZonedDateTime(value, path).toPlainDate();
    throw invalid(path, `${quote(value)} is not a date in the form YYYY-MM-DD`);
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: "reject" });
  } catch (error) {
    throw invalid(path, `${quote(value)} is not a real calendar date`, "invalid_date", error);
  }
}

/**
 * {@link toPlainDate} for the rules: the same input accepted or refused with the same issue, as a day
 * number (`calendar/day-number.ts`). A `PlainDate` or `PlainDateTime` is read through its ISO string,
 * as one from another copy of Temporal is; a `ZonedDateTime` through its instant and zone.
 *
 * @throws {AfterviewValidationError} naming `path`.
 */
export function readDay(input: unknown, path: string): number {
  switch (tagOf(input)) {
    case "[object Temporal.PlainDate]":
    case "[object Temporal.PlainDateTime]": {
      const date = isoDate(String(input));
      if (date) return dayNumber(date.year, date.month, date.day);
      break;
    }
    case "[object Temporal.ZonedDateTime]": {
      const { epochNanoseconds: ns, timeZoneId } = temporalFields(input);
      if (typeof ns === "bigint" && typeof timeZoneId === "string") return new ZoneClock(timeZoneId).day(ns);
      break;
    }
  }
  if (typeof input !== "string") throw invalid(path, "expected a date such as 2026-11-24", "invalid_type");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    if (input.length <= 100 && /^\d{4}-\d{2}-\d{2}T/.test(input)) {
      const { ns, zone } = readInstant(input, path);
      return new ZoneClock(zone).day(ns);
    }
    throw invalid(path, `${quote(input)} is not a date in the form YYYY-MM-DD`);
  }
  try {
    const date = PlainDateFns.fromString(input, CalendarFns.getBasic);
    return dayNumber(date.year, date.month, date.day);
  } catch (error) {
    throw invalid(path, `${quote(input)} is not a real calendar date`, "invalid_date", error);
  }
}

/** The date of a `PlainDate` or `PlainDateTime` string; `undefined` when Temporal refuses it. */
function isoDate(text: string): { year: number; month: number; day: number } | undefined {
  try {
    // `PlainDate.from` reads a date-time string's date.
    return PlainDateFns.fromString(text, CalendarFns.getBasic);
  } catch {
    return undefined;
  }
}

/** The public fields of what may be a Temporal object (none for anything else). */
function temporalFields(value: unknown): { epochNanoseconds?: unknown; timeZoneId?: unknown } {
  if (typeof value !== "object" || value === null) return {};
  try {
    const { epochNanoseconds, timeZoneId } = value as { epochNanoseconds?: unknown; timeZoneId?: unknown };
    return { epochNanoseconds, timeZoneId };
  } catch {
    return {};
  }
}

function tagOf(value: unknown): string {
  return typeof value === "object" && value !== null ? Object.prototype.toString.call(value) : "";
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function invalid(path: string, message: string, code = "invalid_format", cause?: unknown): AfterviewValidationError {
  return new AfterviewValidationError([{ path, code, message }], { cause });
}
