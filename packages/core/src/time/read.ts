import { Temporal } from "temporal-polyfill";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toZonedDateTime } from "./instant.js";
import { resolveTimeZone } from "./zone.js";

/**
 * Reads an instant the way every afterview package does: a plan's strings
 * (`"2026-12-01T09:30:00-05:00[America/New_York]"`, which `new Date` cannot read), or a Temporal
 * object. The `[zone]` in the string is kept; pass `zone` to see the same moment from another zone.
 *
 * @throws {AfterviewValidationError} naming `instant` (or `zone`) when it does not read.
 *
 * @example
 * ```ts
 * toZoned(plan.followUps[0].opens).toLocaleString("en-US");
 * toZoned("2026-12-01T09:30:00-05:00[America/New_York]", "Europe/London").toString();
 * //=> "2026-12-01T14:30:00+00:00[Europe/London]"
 * ```
 */
export function toZoned(
  instant: string | Temporal.Instant | Temporal.ZonedDateTime,
  zone?: string,
): Temporal.ZonedDateTime {
  if (zone !== undefined) return toZonedDateTime(instant, "instant", resolveTimeZone(zone, "zone"));
  const at = toZonedDateTime(instant, "instant");
  if (typeof instant !== "string" || instant.includes("[") || /z$/i.test(instant)) return at;
  // An offset and no [zone]: the offset becomes the zone, so the wall clock stays the one written.
  // Temporal reads the wall clock, so every offset form it accepts (-05, -0500, -05:00) is handled alike.
  const written = Temporal.PlainDateTime.from(instant).toZonedDateTime("UTC").epochNanoseconds;
  const minutes = Number((written - at.epochNanoseconds) / 60_000_000_000n);
  return at.withTimeZone(offsetId(minutes));
}

function offsetId(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The same moment as a JavaScript `Date`, for apps and libraries that take one.
 *
 * @example
 * ```ts
 * toDate("2026-12-01T09:30:00-05:00[America/New_York]").toISOString();
 * //=> "2026-12-01T14:30:00.000Z"
 * ```
 */
export function toDate(instant: string | Temporal.Instant | Temporal.ZonedDateTime): Date {
  return new Date(Number(toZoned(instant).epochMilliseconds));
}

/** How {@link formatWhen} writes a moment. */
export interface FormatWhenOptions {
  /** A BCP 47 locale for `Intl.DateTimeFormat`; `"en-US"` when left out. */
  locale?: string;
  /** See the moment from this zone instead of the one in the string. */
  zone?: string;
  /** `"date"`: the day only; `"time"`: the clock time and zone; `"full"` (the default): both. */
  style?: "date" | "time" | "full";
}

/**
 * A moment written for people, with its zone named so that nobody calls at the wrong hour.
 *
 * @example
 * ```ts
 * formatWhen("2026-12-01T09:30:00-05:00[America/New_York]");
 * //=> "Tue, Dec 1, 2026, 9:30 AM EST"
 * formatWhen("2026-12-01T09:30:00-05:00[America/New_York]", { locale: "en-GB", zone: "Europe/London", style: "time" });
 * //=> "14:30 GMT"
 * ```
 */
export function formatWhen(
  instant: string | Temporal.Instant | Temporal.ZonedDateTime,
  options: FormatWhenOptions = {},
): string {
  const { locale = "en-US", zone, style = "full" } = readOptions(options);
  const at = toZoned(instant, zone);
  const date: Intl.DateTimeFormatOptions = { weekday: "short", year: "numeric", month: "short", day: "numeric" };
  const time: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  const parts = style === "date" ? date : style === "time" ? time : { ...date, ...time };
  if (!/^[+-]/.test(at.timeZoneId)) {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: at.timeZoneId }).format(toDate(at));
  }
  // Intl (Node 20) knows no offset zones: write the wall clock as UTC's, then name the offset.
  const { timeZoneName: _, ...wall } = parts;
  const clock = new Date(Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute));
  const text = new Intl.DateTimeFormat(locale, { ...wall, timeZone: "UTC" }).format(clock);
  return style === "date" ? text : `${text} UTC${at.offset}`;
}

const STYLES = ["date", "time", "full"];

function readOptions(options: unknown): FormatWhenOptions {
  if (options === undefined) return {};
  const fail = (path: string, message: string): never => {
    throw new AfterviewValidationError([{ path, code: "invalid_value", message }]);
  };
  if (typeof options !== "object" || options === null) return fail("options", "expected an object");
  const { locale, zone, style } = options as Record<string, unknown>;
  if (locale !== undefined) {
    if (typeof locale !== "string") fail("options.locale", 'expected a BCP 47 locale such as "en-GB"');
    try {
      new Intl.DateTimeFormat(locale as string);
    } catch {
      fail("options.locale", `${JSON.stringify(locale).slice(0, 40)} is not a BCP 47 locale such as "en-GB"`);
    }
  }
  if (zone !== undefined && typeof zone !== "string") fail("options.zone", "expected an IANA time zone name");
  if (style !== undefined && !STYLES.includes(style as string))
    fail("options.style", `must be one of ${STYLES.join(", ")}`);
  return options as FormatWhenOptions;
}
