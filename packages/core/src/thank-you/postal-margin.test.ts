import { describe, expect, test } from "vitest";
import { calendarDays } from "../calendar/business-calendar.js";
import { dateString, dayOfDateString } from "../time/zone-clock.js";
import { arrivesBy, mustArriveBy } from "./postal-margin.js";

const ny = calendarDays({ country: "US", region: "NY" });

describe("mustArriveBy (E-TY-CHANNEL), America/New_York employer", () => {
  test.each([
    { name: "Thu decision, margin 1 → Wed", earliest: "2026-10-15", margin: 1, by: "2026-10-14" },
    { name: "Mon decision, margin 1 → the Friday before", earliest: "2026-10-19", margin: 1, by: "2026-10-16" },
    {
      name: "Tue after Columbus Day (Mon 10-12), margin 1 → Fri 10-09",
      earliest: "2026-10-13",
      margin: 1,
      by: "2026-10-09",
    },
    {
      name: "Mon after Thanksgiving, margin 1 → Fri 11-27 (a business day in NY)",
      earliest: "2026-11-30",
      margin: 1,
      by: "2026-11-27",
    },
    { name: "Fri after Thanksgiving, margin 1 → Wed 11-25", earliest: "2026-11-27", margin: 1, by: "2026-11-25" },
    { name: "Wed decision, margin 2 → Mon", earliest: "2026-11-25", margin: 2, by: "2026-11-23" },
    { name: "margin 0 → the decision day", earliest: "2026-10-15", margin: 0, by: "2026-10-15" },
    // A decision stated for a day off stays that day: a zero margin must not move it to the next business day.
    { name: "margin 0, decision on a Saturday → that Saturday", earliest: "2026-10-17", margin: 0, by: "2026-10-17" },
    { name: "margin 1, decision on a Saturday → the Friday", earliest: "2026-10-17", margin: 1, by: "2026-10-16" },
  ])("$name", ({ earliest, margin, by }) => {
    expect(dateString(mustArriveBy(earliest, margin, ny))).toBe(by);
  });
});

describe("arrivesBy: a letter's latest arrival against a Thu 2026-10-15 decision", () => {
  const deadline = mustArriveBy("2026-10-15", 1, ny);
  test.each([
    { name: "exactly one business day before (Wed) → in time", latest: "2026-10-14", inTime: true },
    { name: "two business days before (Tue) → in time", latest: "2026-10-13", inTime: true },
    { name: "the day of the decision (Thu) → late", latest: "2026-10-15", inTime: false },
    { name: "after the decision (Fri) → late", latest: "2026-10-16", inTime: false },
  ])("$name", ({ latest, inTime }) => {
    expect(arrivesBy(dayOfDateString(latest), deadline)).toBe(inTime);
  });

  test("a Saturday delivery for a Tuesday decision after Columbus Day is late: nobody reads it before Tuesday", () => {
    expect(arrivesBy(dayOfDateString("2026-10-10"), mustArriveBy("2026-10-13", 1, ny))).toBe(false);
    expect(arrivesBy(dayOfDateString("2026-10-09"), mustArriveBy("2026-10-13", 1, ny))).toBe(true);
  });
});
