import { Temporal } from "temporal-polyfill";
import * as CalendarFns from "temporal-polyfill/fns/Calendar";
import * as ZonedDateTimeFns from "temporal-polyfill/fns/ZonedDateTime";
import { civilDate } from "../calendar/day-number.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { readInstant, toZonedDateTime } from "./instant.js";
import { resolveTimeZone } from "./zone.js";
import { isoString, offsetString, wallAt } from "./zone-clock.js";

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
  /**
   * `"date"`: the day only; `"time"`: the clock time and zone; `"full"` (the default): both.
   * `"iso"`: the ISO 8601 string core writes in plans, with its offset and `[zone]`, the same as
   * `toZoned(instant, zone).toString()` (`locale` is not used).
   */
  style?: "date" | "time" | "full" | "iso";
}

/**
 * A moment written for people, with its zone named so that nobody calls at the wrong hour; or, with
 * `style: "iso"`, written for programs as core writes instants in plans, seen from `zone` when given.
 * Every afterview package reads a plan's instants through this function.
 *
 * It computes without the Temporal classes (see `time/zone-clock.ts`), so a browser bundle that
 * reads plans through it carries only the few functions of temporal-polyfill it calls.
 *
 * @throws {AfterviewValidationError} naming `instant`, `zone` or the option that does not read.
 *
 * @example
 * ```ts
 * formatWhen("2026-12-01T09:30:00-05:00[America/New_York]");
 * //=> "Tue, Dec 1, 2026, 9:30 AM EST"
 * formatWhen("2026-12-01T09:30:00-05:00[America/New_York]", { locale: "en-GB", zone: "Europe/London", style: "time" });
 * //=> "14:30 GMT"
 * formatWhen("2026-12-01T09:30:00-05:00[America/New_York]", { zone: "Europe/London", style: "iso" });
 * //=> "2026-12-01T14:30:00+00:00[Europe/London]"
 * ```
 */
export function formatWhen(
  instant: string | Temporal.Instant | Temporal.ZonedDateTime,
  options: FormatWhenOptions = {},
): string {
  const { locale = "en-US", zone, style = "full" } = readOptions(options);
  const at = readZoned(instant, zone);
  if (style === "iso") return isoString(at.ns, at.offset, at.id) + calendarAnnotation(instant);
  const date: Intl.DateTimeFormatOptions = { weekday: "short", year: "numeric", month: "short", day: "numeric" };
  const time: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  const parts = style === "date" ? date : style === "time" ? time : { ...date, ...time };
  if (!/^[+-]/.test(at.id)) {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: at.id }).format(new Date(epochMilliseconds(at.ns)));
  }
  // Intl (Node 20) knows no offset zones: write the wall clock as UTC's, then name the offset.
  const { timeZoneName: _, ...wall } = parts;
  const local = wallAt(at.ns, at.offset);
  const { year, month, day } = civilDate(local.day);
  const hour = Math.floor(local.time / NS_PER_HOUR);
  const clock = new Date(Date.UTC(year, month - 1, day, hour, Math.floor(local.time / NS_PER_MINUTE) % 60));
  const text = new Intl.DateTimeFormat(locale, { ...wall, timeZone: "UTC" }).format(clock);
  return style === "date" ? text : `${text} UTC${offsetString(Number(at.offset))}`;
}

const NS_PER_MINUTE = 60_000_000_000;
const NS_PER_HOUR = 60 * NS_PER_MINUTE;

/** `Temporal.Instant.prototype.epochMilliseconds`: nanoseconds floored to milliseconds. */
function epochMilliseconds(ns: bigint): number {
  const ms = ns / 1_000_000n;
  return Number(ns < ms * 1_000_000n ? ms - 1n : ms);
}

/**
 * The instant {@link toZoned} reads, with the zone it would be in (as Temporal spells it) and that
 * zone's offset then, in nanoseconds: the numbers `formatWhen` writes from, got without the classes.
 */
function readZoned(instant: unknown, zone: string | undefined): { ns: bigint; id: string; offset: bigint } {
  const tz = zone === undefined ? undefined : resolveTimeZone(zone, "zone");
  const read = readInstant(instant, "instant", tz);
  let id = read.zone;
  // An offset and no [zone]: the offset becomes the zone, as in toZoned.
  if (tz === undefined && typeof instant === "string" && !instant.includes("[") && !/z$/i.test(instant)) {
    id = offsetId(writtenOffsetMinutes(instant));
  }
  const zoned = ZonedDateTimeFns.create(read.ns, id);
  return { ns: read.ns, id: zoned.timeZoneId, offset: BigInt(ZonedDateTimeFns.offsetNanoseconds(zoned)) };
}

/**
 * The whole minutes of the offset written at the end of an instant string that has no `[zone]`
 * (`-05`, `-0500`, `-05:00`, `+05:30:15`), toward zero: toZoned's wall clock as written, less the instant.
 */
function writtenOffsetMinutes(instant: string): number {
  const m = /([+-])(\d{2})(?::?(\d{2}))?(?::?\d{2}(?:[.,]\d+)?)?$/.exec(instant);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * `[u-ca=…]` when the moment toZoned gives is in a calendar other than ISO's, as its `toString()`
 * ends: a `ZonedDateTime`'s own, or that of a string's `[zone]` reading. Plans never carry one.
 */
function calendarAnnotation(instant: unknown): string {
  let calendar: unknown;
  if (typeof instant === "string") {
    if (!/u-ca=/i.test(instant) || !/\[!?[^\]=]+\]/.test(instant)) return "";
    calendar = ZonedDateTimeFns.fromString(instant, CalendarFns.getBasic).calendarId;
  } else if (Object.prototype.toString.call(instant) === "[object Temporal.ZonedDateTime]") {
    calendar = (instant as { calendarId?: unknown }).calendarId;
  }
  return typeof calendar === "string" && calendar !== "iso8601" ? `[u-ca=${calendar}]` : "";
}

const STYLES = ["date", "time", "full", "iso"];

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
