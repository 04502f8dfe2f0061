import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { instantKey } from "./instant-order.js";

const ZONES = ["UTC", "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "America/St_Johns"];

describe("instantKey", () => {
  it.each([
    ["core's form", "2026-12-01T09:30:00-05:00[America/New_York]"],
    ["no zone", "2026-12-01T14:30:00Z"],
    ["a fraction", "2026-12-01T09:30:00.123456789+05:30"],
    ["no seconds", "2026-12-01T09:30-03:30"],
    ["leap day", "2028-02-29T23:59:59+14:00"],
    ["before 1970", "1969-07-20T20:17:00Z"],
    ["an offset with seconds (through Temporal)", "2026-12-01T09:30:00+05:30:00"],
  ])("reads %s as Temporal does", (_, value) => {
    expect(instantKey(value)).toBe(Temporal.Instant.from(value).epochNanoseconds);
  });

  // From 1972, when every zone's offset was a whole number of minutes (before, an offset such as
  // St John's -03:30:52 is written rounded to the minute, and the written string is what is read).
  test.prop([fc.integer({ min: 63_072_000, max: 4e9 }), fc.constantFrom(...ZONES), fc.nat(999)])(
    "agrees with Temporal on every instant core writes",
    (seconds, zone, ms) => {
      const zdt = Temporal.Instant.fromEpochMilliseconds(seconds * 1000 + ms).toZonedDateTimeISO(zone);
      expect(instantKey(zdt.toString())).toBe(zdt.epochNanoseconds);
    },
  );
});

describe("instantKey: found by fuzzing", () => {
  it("reads a [zone] without an offset, which the plan schema accepts (Temporal.Instant.from threw a RangeError)", () => {
    const value = "1990-01-01T00:00:00[America/New_York]";
    expect(instantKey(value)).toBe(Temporal.ZonedDateTime.from(value).epochNanoseconds);
  });
});
