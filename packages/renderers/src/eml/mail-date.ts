import { AfterviewValidationError } from "@afterview/core";
import type { Temporal } from "temporal-polyfill";
import { type WallTime, wallTime } from "../internal/wall-time.js";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** What a caller may pass as an email's date. */
export type MailDateInput = string | Temporal.Instant | Temporal.ZonedDateTime;

/**
 * The fixed date of a draft whose caller gave none and whose document has no `isoDate`: the Unix
 * epoch. A fixed value keeps the output byte-for-byte the same on every run.
 */
export const FALLBACK_MAIL_DATE = "1970-01-01T00:00:00Z";

/**
 * Reads a date for a `Date:` header: a `ZonedDateTime`, an `Instant` (shown in UTC), an ISO string
 * with `[zone]`, with an offset or `Z` (shown at that offset), or a plain `YYYY-MM-DD` (09:00 UTC).
 */
export function readMailDate(value: MailDateInput, path: string): WallTime {
  try {
    // Temporal objects are read by core through their public fields, so those of another Temporal
    // copy (native, or the one bundled into a CJS build) read too, where `instanceof` would refuse them.
    if (isTemporal(value, "Temporal.ZonedDateTime")) return wallTime(value);
    if (isTemporal(value, "Temporal.Instant")) return wallTime(value, "UTC");
    if (typeof value === "string") {
      // 09:00 UTC on that day; core refuses a date that is not on the calendar (2026-02-30).
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return wallTime(`${value}T09:00:00Z`, "UTC");
      return wallTime(value);
    }
  } catch (cause) {
    throw invalid(path, cause);
  }
  throw invalid(path);
}

function isTemporal(value: unknown, tag: string): value is Temporal.ZonedDateTime | Temporal.Instant {
  return Object.prototype.toString.call(value) === `[object ${tag}]`;
}

function invalid(path: string, cause?: unknown): AfterviewValidationError {
  return new AfterviewValidationError(
    [
      {
        path,
        message: "expected an ISO 8601 date-time with an offset or [zone], or a YYYY-MM-DD date",
        code: "invalid_format",
      },
    ],
    { subject: "options", cause },
  );
}

/**
 * An RFC 5322 §3.3 date at the zoned time's own offset, e.g. `Tue, 24 Nov 2026 09:00:00 -0500`.
 * Seconds of the offset (historical zones) are dropped.
 */
export function formatMailDate(at: WallTime): string {
  const minutes = Math.trunc(at.offsetNanoseconds / 60e9);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${DAYS[at.dayOfWeek - 1]}, ${pad(at.day)} ${MONTHS[at.month - 1]} ${at.year} ${pad(at.hour)}:${pad(at.minute)}:${pad(at.second)} ${sign}${pad(Math.trunc(abs / 60))}${pad(abs % 60)}`;
}
