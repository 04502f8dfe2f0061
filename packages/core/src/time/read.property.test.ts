import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { formatWhen, toDate, toZoned } from "./read.js";

/*
 * formatWhen computes without the Temporal classes; these properties hold it to what the classes
 * give: its "iso" style is `toZoned(instant, zone).toString()`, and its other styles write what
 * they wrote when formatWhen read through toZoned (`formatWhenThroughToZoned` below, the code it
 * replaced), for instants from 1970 to 2100 in a dozen zones.
 */

const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "America/St_Johns",
  "America/Santiago",
  "Europe/London",
  "Europe/Dublin",
  "Africa/Casablanca",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
  "Etc/GMT+5",
  "us/eastern",
];

const FROM = Temporal.Instant.from("1970-01-01T00:00:00Z").epochNanoseconds;
const TO = Temporal.Instant.from("2100-01-01T00:00:00Z").epochNanoseconds;
const MINUTE = 60_000_000_000n;

/** Instants of 1970–2100: on the minute (as plans have them), on the second, to the millisecond, to the nanosecond. */
const instant = fc.oneof(
  fc.bigInt(FROM / MINUTE, TO / MINUTE).map((m) => m * MINUTE),
  fc.bigInt(FROM / 1_000_000_000n, TO / 1_000_000_000n).map((s) => s * 1_000_000_000n),
  fc.bigInt(FROM / 1_000_000n, TO / 1_000_000n).map((ms) => ms * 1_000_000n),
  fc.bigInt(FROM, TO),
);

type Input = string | Temporal.Instant | Temporal.ZonedDateTime;

/** The forms an instant reaches formatWhen in: as core writes it, with only an offset, in UTC with Z, as Temporal objects. */
const input = fc
  .record({ ns: instant, zone: fc.constantFrom(...ZONES), form: fc.integer({ min: 0, max: 4 }) })
  .map(({ ns, zone, form }): { input: Input; needsZone: boolean } => {
    const zoned = new Temporal.ZonedDateTime(ns, zone);
    switch (form) {
      case 0:
        return { input: zoned.toString(), needsZone: false };
      case 1:
        return { input: zoned.toString({ timeZoneName: "never" }), needsZone: false };
      case 2:
        return { input: zoned.toInstant().toString(), needsZone: false };
      case 3:
        return { input: zoned, needsZone: false };
      default:
        return { input: zoned.toInstant(), needsZone: true };
    }
  });

const seenFrom = fc.option(fc.constantFrom(...ZONES), { nil: undefined });

/** formatWhen as it was written on the Temporal classes, before it computed without them. */
function formatWhenThroughToZoned(
  instant: Input,
  { locale = "en-US", zone, style = "full" }: { locale?: string; zone?: string; style?: "date" | "time" | "full" },
): string {
  const at = toZoned(instant, zone);
  const date: Intl.DateTimeFormatOptions = { weekday: "short", year: "numeric", month: "short", day: "numeric" };
  const time: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  const parts = style === "date" ? date : style === "time" ? time : { ...date, ...time };
  if (!/^[+-]/.test(at.timeZoneId)) {
    return new Intl.DateTimeFormat(locale, { ...parts, timeZone: at.timeZoneId }).format(toDate(at));
  }
  const { timeZoneName: _, ...wall } = parts;
  const clock = new Date(Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute));
  const text = new Intl.DateTimeFormat(locale, { ...wall, timeZone: "UTC" }).format(clock);
  return style === "date" ? text : `${text} UTC${at.offset}`;
}

describe("formatWhen without the Temporal classes", () => {
  test.prop([input, seenFrom], { numRuns: 400 })(
    'style "iso" writes what toZoned(instant, zone).toString() writes',
    ({ input, needsZone }, from) => {
      const zone = from ?? (needsZone ? "UTC" : undefined);
      expect(formatWhen(input, { zone, style: "iso" })).toBe(toZoned(input, zone).toString());
    },
  );

  test.prop(
    [input, seenFrom, fc.constantFrom("en-US", "en-GB", "de-DE", "ja-JP"), fc.constantFrom("date", "time", "full")],
    { numRuns: 200 },
  )("the other styles write what they wrote through toZoned", ({ input, needsZone }, from, locale, style) => {
    const zone = from ?? (needsZone ? "UTC" : undefined);
    const options = { locale, zone, style } as const;
    expect(formatWhen(input, options)).toBe(formatWhenThroughToZoned(input, options));
  });
});
