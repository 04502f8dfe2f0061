import { AfterviewValidationError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { day, dueWindow, epochMs, when } from "./when.js";

describe("when, day, dueWindow", () => {
  it.each([
    ["2026-11-24T14:30:00-06:00[America/Chicago]", "Tue 2026-11-24 14:30"],
    ["2026-03-08T03:00:00-04:00[America/New_York]", "Sun 2026-03-08 03:00"],
    ["2024-02-29T09:00:00+00:00[Europe/London]", "Thu 2024-02-29 09:00"],
    ["2027-01-01T00:00:00+11:00", "Fri 2027-01-01 00:00"],
  ])("when(%s) is %s, on the instant's own wall clock", (instant, expected) => {
    expect(when(instant)).toBe(expected);
  });

  it("reads only what a parsed plan holds: anything else is a typed error, not a guess", () => {
    expect(() => when("not an instant")).toThrow(AfterviewValidationError);
  });

  it.each([
    ["2026-11-30", "Mon 2026-11-30"],
    ["2026-12-25", "Fri 2026-12-25"],
  ])("day(%s) is %s", (date, expected) => {
    expect(day(date)).toBe(expected);
  });

  it("a window inside one day names the day once; across days, both", () => {
    expect(dueWindow("2026-11-24T15:15:00-06:00[America/Chicago]", "2026-11-24T21:00:00-06:00[America/Chicago]")).toBe(
      "Tue 2026-11-24 15:15 → 21:00",
    );
    expect(dueWindow("2026-11-24T21:00:00-06:00[America/Chicago]", "2026-11-25T17:00:00-06:00[America/Chicago]")).toBe(
      "Tue 2026-11-24 21:00 → Wed 2026-11-25 17:00",
    );
  });
});

describe("epochMs", () => {
  it.each([
    ["2026-11-24T14:30:00-06:00[America/Chicago]", Date.UTC(2026, 10, 24, 20, 30)],
    ["2026-11-24T15:30:00-05:00", Date.UTC(2026, 10, 24, 20, 30)],
    ["2026-11-24T20:30:00Z", Date.UTC(2026, 10, 24, 20, 30)],
  ])("%s is the same instant whatever the offset", (instant, expected) => {
    expect(epochMs(instant)).toBe(expected);
  });
});
