import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { businessCalendar, weekdayCalendar } from "./business-calendar.js";
import { dayCalendar } from "./day-calendar.js";
import { dayNumber } from "./day-number.js";

describe("dayCalendar answers as its calendar does", () => {
  test.each([
    ["US-NY", businessCalendar({ country: "US", region: "NY" })],
    ["GB", businessCalendar({ country: "GB" })],
    ["DE-BY", businessCalendar({ country: "DE", region: "BY" })],
    ["JP", businessCalendar({ country: "JP" })],
    ["SA (Friday–Saturday weekend)", businessCalendar({ country: "SA" })],
    ["weekdays only", weekdayCalendar()],
  ])("%s, every day of 2025–2028", (_, calendar) => {
    const days = dayCalendar(calendar);
    for (let date = Temporal.PlainDate.from("2025-01-01"); date.year < 2029; date = date.add({ days: 1 })) {
      const n = dayNumber(date.year, date.month, date.day);
      expect(days.isBusinessDay(n)).toBe(calendar.isBusinessDay(date));
      expect(days.holidaysOn(n)).toEqual(calendar.holidaysOn(date));
    }
  });

  test.each([
    ["US-NY", businessCalendar({ country: "US", region: "NY" })],
    ["SA (Friday–Saturday weekend)", businessCalendar({ country: "SA" })],
  ])("%s read through its public API only (a hand-made calendar), every day of 2025–2028", (_, calendar) => {
    const days = dayCalendar({ weekend: calendar.weekend, holidays: (year) => calendar.holidays(year) });
    for (let date = Temporal.PlainDate.from("2025-01-01"); date.year < 2029; date = date.add({ days: 1 })) {
      const n = dayNumber(date.year, date.month, date.day);
      expect(days.isBusinessDay(n)).toBe(calendar.isBusinessDay(date));
      expect(days.holidaysOn(n)).toEqual(calendar.holidaysOn(date));
    }
  });
});
