import { toZoned } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { calendarDay, toDate, wallTime } from "./wall-time.js";

const ZONES = [
  "America/New_York",
  "America/St_Johns",
  "Europe/London",
  "Europe/Dublin",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
];

/** The fields wallTime gives, read from the Temporal object core's toZoned gives. */
function throughToZoned(instant: string | Temporal.Instant | Temporal.ZonedDateTime, zone?: string) {
  const at = toZoned(instant, zone);
  return {
    date: at.toPlainDate().toString(),
    year: at.year,
    month: at.month,
    day: at.day,
    hour: at.hour,
    minute: at.minute,
    second: at.second,
    dayOfWeek: at.dayOfWeek,
    epochNanoseconds: at.epochNanoseconds,
    offsetNanoseconds: at.offsetNanoseconds,
  };
}

const FROM = Temporal.Instant.from("1970-01-01T00:00:00Z").epochNanoseconds;
const TO = Temporal.Instant.from("2100-01-01T00:00:00Z").epochNanoseconds;

describe("wallTime", () => {
  test.prop([fc.bigInt(FROM, TO), fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), fc.boolean()], {
    numRuns: 300,
  })(
    "reads what toZoned(instant, zone) holds, from a plan's string or a Temporal object",
    (ns, own, seen, asObject) => {
      const zoned = new Temporal.ZonedDateTime(ns, own);
      const instant = asObject ? zoned : zoned.toString();
      expect(wallTime(instant, seen)).toEqual(throughToZoned(instant, seen));
      expect(wallTime(instant)).toEqual(throughToZoned(instant));
    },
  );

  it.each([
    ["New York before standard time, LMT −04:56:02", "1883-11-18T12:00:00Z", "America/New_York"],
    ["Dublin Mean Time, −00:25:21", "1900-06-01T12:00:00Z", "Europe/Dublin"],
    ["an offset with seconds and no [zone]", "2026-12-01T09:30:00+05:30:15", undefined],
    ["a year past 9999", "+010000-01-01T00:00:00Z", "Asia/Tokyo"],
    ["a year before 1", "-000001-12-31T23:59:59.5Z", "UTC"],
  ])("%s: the offset to the second and the instant exactly", (_name, instant, zone) => {
    expect(wallTime(instant, zone)).toEqual(throughToZoned(instant, zone));
  });

  it("refuses what core refuses, with the same issue", () => {
    expect(() => wallTime("2026-12-01T09:30:00", "UTC")).toThrow(/no offset or \[zone\]/);
  });
});

describe("toDate", () => {
  it("rounds down to the millisecond, before 1970 too, as Temporal's epochMilliseconds does", () => {
    for (const text of ["2026-12-01T14:30:00.0009999Z", "1969-12-31T23:59:59.9999999Z"]) {
      const instant = Temporal.Instant.from(text);
      expect(toDate(instant.epochNanoseconds).getTime()).toBe(instant.epochMilliseconds);
    }
  });
});

describe("calendarDay", () => {
  it.each(["2026-12-01", "2024-02-29", "0001-01-01", "1970-01-01", "9999-12-31"])(
    "gives %s with its ISO weekday, as Temporal.PlainDate does",
    (text) => {
      expect(calendarDay(text)).toEqual({ date: text, dayOfWeek: Temporal.PlainDate.from(text).dayOfWeek });
    },
  );

  it.each(["2026-02-29", "2026-13-01", "2026-04-31", "2026-12-1", "20261201"])("refuses %s", (text) => {
    expect(() => calendarDay(text)).toThrow(RangeError);
  });
});
