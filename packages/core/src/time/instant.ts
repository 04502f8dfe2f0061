import { Temporal } from "temporal-polyfill";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { resolveTimeZone } from "./zone.js";

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
    if (!tz) throw invalid(path, "an Instant needs a time zone here; pass a ZonedDateTime or a string with [zone]");
    return value.toZonedDateTimeISO(tz);
  }
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
  try {
    if (annotated !== undefined) {
      resolveTimeZone(annotated, path);
      const zdt = Temporal.ZonedDateTime.from(value, { offset: "reject" });
      return tz && tz !== zdt.timeZoneId ? zdt.withTimeZone(tz) : zdt;
    }
    const instant = Temporal.Instant.from(value);
    return instant.toZonedDateTimeISO(tz ?? "UTC");
  } catch (error) {
    if (error instanceof AfterviewValidationError) throw error;
    throw invalid(
      path,
      `${quote(value)} is not a valid date-time (${(error as Error).message})`,
      "invalid_date",
      error,
    );
  }
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

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

function invalid(path: string, message: string, code = "invalid_format", cause?: unknown): AfterviewValidationError {
  return new AfterviewValidationError([{ path, code, message }], { cause });
}
