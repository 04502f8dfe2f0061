import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { dayNumber } from "../calendar/day-number.js";
import { AfterviewError } from "../errors/afterview-error.js";
import { dateString, Moment, ZoneClock, zonedOf } from "./zone-clock.js";

/*
 * The clock's answers against Temporal's own, around every clock change of 2024–2029 in zones with
 * whole-hour, half-hour and 45-minute offsets, both hemispheres, a 30-minute summer time
 * (Lord Howe), a zone that drops summer time for Ramadan (Casablanca), fixed zones and UTC.
 */
const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Santiago",
  "America/St_Johns",
  "Europe/London",
  "Europe/Berlin",
  "Africa/Casablanca",
  "Asia/Tehran",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "UTC",
  "Etc/GMT+5",
  "EST",
  "us/eastern",
];

const HALF_HOUR = 30 * 60 * 1e9;
const day = (date: Temporal.PlainDate) => dayNumber(date.year, date.month, date.day);

/** Every day a clock change falls on in 2024–2029, and two ordinary days. */
function changeDays(zone: string): Temporal.PlainDate[] {
  const days: Temporal.PlainDate[] = [Temporal.PlainDate.from("2026-06-15"), Temporal.PlainDate.from("2024-02-29")];
  let at: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({ year: 2024, month: 1, day: 1, timeZone: zone });
  for (let i = 0; i < 40 && at && at.year < 2030; i++) {
    at = at.getTimeZoneTransition("next");
    if (at) days.push(at.toPlainDate());
  }
  return days;
}

describe("ZoneClock agrees with Temporal", () => {
  test.each(ZONES)("%s: wall-clock times, days, strings and midnights on each clock change's day", (zone) => {
    const clock = new ZoneClock(zone);
    for (const date of changeDays(zone)) {
      const start = date.toZonedDateTime({ timeZone: zone });
      expect(clock.startOfDay(day(date))).toBe(start.epochNanoseconds);
      // Every quarter of an hour: a change at 02:00, 02:30 (Lord Howe) or 02:45 (Chatham) falls on one.
      for (let time = 0; time < 48 * HALF_HOUR; time += HALF_HOUR / 2) {
        const plainTime = Temporal.PlainTime.from({ hour: Math.floor(time / 3.6e12), minute: (time / 6e10) % 60 });
        const expected = date.toZonedDateTime({ timeZone: zone, plainTime });
        const at = clock.at(day(date), time);
        expect(at).toBe(expected.epochNanoseconds);
        expect(clock.format(at)).toBe(expected.toString());
        expect(clock.day(at)).toBe(day(expected.toPlainDate()));
        expect(clock.hhmm(at)).toBe(expected.toPlainTime().toString({ smallestUnit: "minute" }));
        expect(zonedOf(new Moment(at, clock)).equals(expected)).toBe(true);
      }
    }
  });

  test("instants with seconds and fractions, read in another zone than they were made in", () => {
    const london = new ZoneClock("Europe/London");
    const tokyo = new ZoneClock("Asia/Tokyo");
    for (const iso of [
      "2026-03-29T00:59:59.999999999Z",
      "2026-03-29T01:00:00Z",
      "2026-10-25T00:00:00.5Z",
      "2026-10-25T01:00:00.000000001Z",
      "1969-12-31T23:59:59.123Z",
      "2026-12-31T23:30:07.1234Z",
    ]) {
      const zoned = Temporal.Instant.from(iso).toZonedDateTimeISO("Europe/London");
      expect(london.format(zoned.epochNanoseconds)).toBe(zoned.toString());
      expect(tokyo.format(zoned.epochNanoseconds)).toBe(zoned.withTimeZone("Asia/Tokyo").toString());
      expect(tokyo.day(zoned.epochNanoseconds)).toBe(day(zoned.withTimeZone("Asia/Tokyo").toPlainDate()));
    }
  });

  test("dates as Temporal writes them, extended years included", () => {
    for (const iso of ["2026-12-01", "0001-01-01", "9999-12-31", "+010000-01-01", "-000001-06-30"]) {
      const date = Temporal.PlainDate.from(iso);
      expect(dateString(day(date))).toBe(date.toString());
    }
  });

  test("a day past either end of Temporal's dates is out-of-range, as a business calendar's is", () => {
    const clock = new ZoneClock("UTC");
    expect(dateString(dayNumber(275760, 9, 13))).toBe("+275760-09-13");
    expect(() => dateString(dayNumber(275760, 9, 14))).toThrow(AfterviewError);
    expect(() => clock.at(dayNumber(-271821, 4, 18), 0)).toThrow(/outside the supported range/);
  });

  test("a zone named in another case is written as Temporal spells it", () => {
    expect(new ZoneClock("america/new_york").id).toBe("America/New_York");
  });
});
