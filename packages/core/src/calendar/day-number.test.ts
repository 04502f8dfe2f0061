import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { civilDate, dayNumber, dayNumberOfIso, isoOfDayNumber, isoWeekday } from "./day-number.js";

const EPOCH = Temporal.PlainDate.from("1970-01-01");

describe("day numbers", () => {
  it.each([
    ["1970-01-01", 0, 4],
    ["2000-02-29", 11016, 2],
    ["1969-12-31", -1, 3],
    ["2026-07-04", 20638, 6],
    ["1600-03-01", -135080, 3],
  ])("%s is day %i, weekday %i", (iso, n, weekday) => {
    expect(dayNumberOfIso(iso)).toBe(n);
    expect(isoOfDayNumber(n)).toBe(iso);
    expect(isoWeekday(n)).toBe(weekday);
  });

  test.prop([fc.integer({ min: -700_000, max: 2_900_000 })])("agree with Temporal", (n) => {
    const date = EPOCH.add({ days: n });
    expect(dayNumber(date.year, date.month, date.day)).toBe(n);
    expect(civilDate(n)).toEqual({ year: date.year, month: date.month, day: date.day });
    expect(isoWeekday(n)).toBe(date.dayOfWeek);
  });
});
