import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toPlainDate, toZonedDateTime } from "./instant.js";
import { resolveTimeZone } from "./zone.js";

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues[0]!;
  }
  throw new Error("expected a validation error");
}

describe("toZonedDateTime", () => {
  it.each([
    ["2026-11-24T15:30:00-05:00[America/New_York]", undefined, "2026-11-24T15:30:00-05:00[America/New_York]"],
    ["2026-11-24T15:30:00[America/New_York]", undefined, "2026-11-24T15:30:00-05:00[America/New_York]"],
    ["2026-11-24T20:30:00Z", "America/New_York", "2026-11-24T15:30:00-05:00[America/New_York]"],
    ["2026-11-24T15:30:00-05:00", "Europe/London", "2026-11-24T20:30:00+00:00[Europe/London]"],
    ["2026-11-24T15:30:00-05:00", undefined, "2026-11-24T20:30:00+00:00[UTC]"],
    ["2026-07-01T09:00:00+10:00[Australia/Sydney]", "Asia/Tokyo", "2026-07-01T08:00:00+09:00[Asia/Tokyo]"],
  ])("reads %s in %s", (input, zone, expected) => {
    expect(toZonedDateTime(input, "start", zone).toString()).toBe(expected);
  });

  it("keeps Temporal objects", () => {
    const zdt = Temporal.ZonedDateTime.from("2026-03-08T03:30:00-04:00[America/New_York]");
    expect(toZonedDateTime(zdt, "x")).toBe(zdt);
    expect(toZonedDateTime(zdt.toInstant(), "x", "America/New_York").equals(zdt)).toBe(true);
  });

  it.each([
    ["2026-11-24T15:30:00", "invalid_format"],
    ["2026-11-24", "invalid_format"],
    ["tomorrow at 3", "invalid_format"],
    ["2026-02-30T10:00:00Z", "invalid_date"],
    ["2026-11-24T15:30:00-05:00[America/New_Yrok]", "unknown-time-zone"],
    ["2026-11-24T15:30:00+01:00[America/New_York]", "invalid_date"],
    [42, "invalid_type"],
    [null, "invalid_type"],
    [{}, "invalid_type"],
    ["x".repeat(1_000_000), "invalid_format"],
  ])("refuses %j with %s", (input, code) => {
    const issue = issueOf(() => toZonedDateTime(input, "end"));
    expect(issue).toMatchObject({ path: "end", code });
  });

  it("needs a zone for an Instant", () => {
    expect(issueOf(() => toZonedDateTime(Temporal.Instant.fromEpochMilliseconds(0), "now")).path).toBe("now");
  });
});

describe("toPlainDate", () => {
  it.each([
    ["2026-12-04", "2026-12-04"],
    ["2026-12-04T10:00:00+09:00[Asia/Tokyo]", "2026-12-04"],
  ])("reads %s", (input, expected) => {
    expect(toPlainDate(input, "d").toString()).toBe(expected);
  });

  it.each([["2026-02-30"], ["04/12/2026"], [20261204], ["2026-13-01"]])("refuses %j", (input) => {
    expect(issueOf(() => toPlainDate(input, "date")).path).toBe("date");
  });
});

describe("resolveTimeZone", () => {
  it("canonicalises IANA names", () => {
    expect(resolveTimeZone("america/new_york", "tz")).toBe("America/New_York");
    expect(resolveTimeZone("UTC", "tz")).toBe("UTC");
  });

  it.each(["America/New_Yrok", "+05:00", "-0800", "EST5EDT6", "", "Mars/Olympus_Mons"])("refuses %j", (zone) => {
    const issue = issueOf(() => resolveTimeZone(zone, "candidate.timeZone"));
    expect(issue?.path).toBe("candidate.timeZone");
  });

  it("words an unknown zone the way the brief shows", () => {
    expect(issueOf(() => resolveTimeZone("America/New_Yrok", "candidate.timeZone"))?.message).toMatch(
      /^unknown time zone "America\/New_Yrok"/,
    );
  });
});

describe("Temporal objects from another copy of Temporal (native, or another polyfill instance)", () => {
  // Stands in for an object whose class is not ours: same tag and ISO string, failing `instanceof`.
  const foreign = (tag: string, iso: string) => ({ [Symbol.toStringTag]: tag, toString: () => iso });

  it("reads them through their ISO string", () => {
    const zdt = foreign("Temporal.ZonedDateTime", "2026-11-24T15:30:00-05:00[America/New_York]");
    expect(toZonedDateTime(zdt, "now").toString()).toBe("2026-11-24T15:30:00-05:00[America/New_York]");
    const instant = foreign("Temporal.Instant", "2026-11-24T20:30:00Z");
    expect(toZonedDateTime(instant, "now", "Europe/London").toString()).toBe(
      "2026-11-24T20:30:00+00:00[Europe/London]",
    );
    expect(toPlainDate(foreign("Temporal.PlainDate", "2026-12-04"), "date").toString()).toBe("2026-12-04");
  });

  it("our own objects carry the tags it looks for", () => {
    expect(Object.prototype.toString.call(Temporal.PlainDate.from("2026-12-04"))).toBe("[object Temporal.PlainDate]");
  });

  it("still refuses a stranger that does not read", () => {
    expect(issueOf(() => toZonedDateTime(foreign("Temporal.ZonedDateTime", "not a date"), "now")).path).toBe("now");
  });
});
