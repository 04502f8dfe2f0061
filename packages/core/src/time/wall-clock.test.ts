import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toZoned } from "./read.js";
import { convertWallClock, zonedAt } from "./wall-clock.js";

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    const { path, code } = (error as AfterviewValidationError).issues[0]!;
    return { path, code };
  }
  throw new Error("expected a validation error");
}

describe("zonedAt", () => {
  it.each([
    [
      "an ordinary winter day",
      "2026-12-01",
      "09:30",
      "America/New_York",
      "2026-12-01T09:30:00-05:00[America/New_York]",
    ],
    [
      "America/New_York, 2026-03-08 spring-forward: 02:30 does not exist",
      "2026-03-08",
      "02:30",
      "America/New_York",
      "2026-03-08T03:30:00-04:00[America/New_York]",
    ],
    [
      "America/New_York, 2026-03-08 spring-forward: 01:59 is still EST",
      "2026-03-08",
      "01:59",
      "America/New_York",
      "2026-03-08T01:59:00-05:00[America/New_York]",
    ],
    [
      "America/New_York, 2026-11-01 fall-back: 01:30 happens twice, the earlier (EDT)",
      "2026-11-01",
      "01:30",
      "America/New_York",
      "2026-11-01T01:30:00-04:00[America/New_York]",
    ],
    [
      "Europe/London 2026-03-29 spring-forward: 01:30 does not exist",
      "2026-03-29",
      "01:30",
      "Europe/London",
      "2026-03-29T02:30:00+01:00[Europe/London]",
    ],
    [
      "Europe/London 2026-10-25 fall-back: 01:30 happens twice, the earlier (BST)",
      "2026-10-25",
      "01:30",
      "Europe/London",
      "2026-10-25T01:30:00+01:00[Europe/London]",
    ],
    [
      "Australia/Sydney 2026-04-05 fall-back: 02:30 happens twice, the earlier (AEDT)",
      "2026-04-05",
      "02:30",
      "Australia/Sydney",
      "2026-04-05T02:30:00+11:00[Australia/Sydney]",
    ],
    [
      "Australia/Sydney 2026-10-04 spring-forward: 02:30 does not exist",
      "2026-10-04",
      "02:30",
      "Australia/Sydney",
      "2026-10-04T03:30:00+11:00[Australia/Sydney]",
    ],
    [
      "Australia/Lord_Howe 2026-10-04 spring-forward by half an hour",
      "2026-10-04",
      "02:15",
      "Australia/Lord_Howe",
      "2026-10-04T02:45:00+11:00[Australia/Lord_Howe]",
    ],
    ["Asia/Kolkata has no DST", "2026-03-08", "02:30", "Asia/Kolkata", "2026-03-08T02:30:00+05:30[Asia/Kolkata]"],
    ["seconds and a short hour", "2026-06-01", "7:05:09", "Asia/Tokyo", "2026-06-01T07:05:09+09:00[Asia/Tokyo]"],
  ])("%s", (_name, date, time, zone, expected) => {
    expect(zonedAt(date, time, zone).toString()).toBe(expected);
  });

  it("takes Temporal dates and times", () => {
    const zdt = zonedAt(Temporal.PlainDate.from("2026-07-01"), Temporal.PlainTime.from("12:00"), "Europe/Berlin");
    expect(zdt.toString()).toBe("2026-07-01T12:00:00+02:00[Europe/Berlin]");
  });

  it.each<[string, () => unknown, string, string]>([
    ["bad zone", () => zonedAt("2026-07-01", "09:00", "Mars/Olympus"), "zone", "unknown-time-zone"],
    ["offset as zone", () => zonedAt("2026-07-01", "09:00", "+05:00"), "zone", "unknown-time-zone"],
    ["bad time", () => zonedAt("2026-07-01", "25:00", "UTC"), "time", "invalid_date"],
    ["time text", () => zonedAt("2026-07-01", "noon", "UTC"), "time", "invalid_format"],
    ["time number", () => zonedAt("2026-07-01", 900 as never, "UTC"), "time", "invalid_type"],
    ["bad date", () => zonedAt("2026-02-30", "09:00", "UTC"), "date", "invalid_date"],
    ["bad fromZone", () => convertWallClock("2026-07-01", "09:00", "Nowhere", "UTC"), "fromZone", "unknown-time-zone"],
    ["bad toZone", () => convertWallClock("2026-07-01", "09:00", "UTC", "Nowhere"), "toZone", "unknown-time-zone"],
    ["bare local instant", () => toZoned("2026-07-01T09:00:00", "UTC"), "instant", "invalid_format"],
    ["toZoned bad zone", () => toZoned("2026-07-01T09:00:00Z", "Nowhere"), "zone", "unknown-time-zone"],
  ])("%s → path and code", (_name, fn, path, code) => {
    expect(issueOf(fn)).toEqual({ path, code });
  });
});

describe("toZoned with a zone", () => {
  it.each([
    ["2026-11-24T20:30:00Z", "Europe/London", "2026-11-24T20:30:00+00:00[Europe/London]"],
    ["2026-11-24T15:30:00-05:00[America/New_York]", "Asia/Tokyo", "2026-11-25T05:30:00+09:00[Asia/Tokyo]"],
    // The instant of the New York fall-back's second 01:30 (EST) stays EST.
    ["2026-11-01T06:30:00Z", "America/New_York", "2026-11-01T01:30:00-05:00[America/New_York]"],
  ])("%s seen from %s", (instant, zone, expected) => {
    expect(toZoned(instant, zone).toString()).toBe(expected);
  });

  it("takes a Temporal.Instant", () => {
    expect(toZoned(Temporal.Instant.from("2026-04-04T15:30:00Z"), "Australia/Sydney").toString()).toBe(
      "2026-04-05T02:30:00+11:00[Australia/Sydney]",
    );
  });
});

describe("convertWallClock across DST dates that differ between zones", () => {
  it.each([
    [
      "before either change (5 h apart)",
      "2026-03-02",
      "09:00",
      "America/New_York",
      "Europe/London",
      "2026-03-02T14:00:00+00:00[Europe/London]",
    ],
    [
      "New York on EDT, London not yet on BST (4 h)",
      "2026-03-10",
      "09:00",
      "America/New_York",
      "Europe/London",
      "2026-03-10T13:00:00+00:00[Europe/London]",
    ],
    [
      "both on summer time (5 h)",
      "2026-04-10",
      "09:00",
      "America/New_York",
      "Europe/London",
      "2026-04-10T14:00:00+01:00[Europe/London]",
    ],
    [
      "London back on GMT, New York still EDT (4 h)",
      "2026-10-27",
      "09:00",
      "America/New_York",
      "Europe/London",
      "2026-10-27T13:00:00+00:00[Europe/London]",
    ],
    [
      "both on winter time again (5 h)",
      "2026-11-02",
      "09:00",
      "America/New_York",
      "Europe/London",
      "2026-11-02T14:00:00+00:00[Europe/London]",
    ],
    [
      "London to New York in the March gap",
      "2026-03-20",
      "17:00",
      "Europe/London",
      "America/New_York",
      "2026-03-20T13:00:00-04:00[America/New_York]",
    ],
    [
      "Sydney to London: opposite seasons",
      "2026-04-06",
      "09:00",
      "Australia/Sydney",
      "Europe/London",
      "2026-04-06T00:00:00+01:00[Europe/London]",
    ],
    [
      "Sydney to London across the date line of the day",
      "2026-01-15",
      "09:00",
      "Australia/Sydney",
      "Europe/London",
      "2026-01-14T22:00:00+00:00[Europe/London]",
    ],
  ])("%s", (_name, date, time, from, to, expected) => {
    expect(convertWallClock(date, time, from, to).toString()).toBe(expected);
  });
});
