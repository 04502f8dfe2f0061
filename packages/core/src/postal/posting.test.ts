import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { DEFAULT_POLICY, type PostalService } from "../policy/defaults.js";
import { postingDay } from "./posting.js";

const US = {
  service: DEFAULT_POLICY.postal.US as PostalService,
  calendar: businessCalendar({ country: "US", region: "NY" }),
  zone: "America/New_York",
};
const GB = {
  service: DEFAULT_POLICY.postal.GB as PostalService,
  calendar: businessCalendar({ country: "GB", region: "ENG" }),
  zone: "Europe/London",
};
const CA = {
  service: DEFAULT_POLICY.postal.CA as PostalService,
  calendar: businessCalendar({ country: "CA", region: "ON" }),
  zone: "America/Toronto",
};
const origins = { US, GB, CA };

// Hand-checked against the calendars: 2026-10-12 is Columbus Day (US) and Thanksgiving (Ontario);
// 2026-11-26 is US Thanksgiving; in England 2026-12-25, 12-26 (a Saturday) and 12-28 (substitute) are bank holidays.
describe("postingDay", () => {
  test.each([
    {
      name: "US Tuesday 16:59, before the cut-off",
      origin: "US",
      ready: "2026-10-06T16:59",
      date: "2026-10-06",
      postBy: "17:00",
    },
    {
      name: "US Tuesday 17:00, at the cut-off",
      origin: "US",
      ready: "2026-10-06T17:00",
      date: "2026-10-06",
      postBy: "17:00",
    },
    {
      name: "US Tuesday 17:01, after the cut-off",
      origin: "US",
      ready: "2026-10-06T17:01",
      date: "2026-10-07",
      postBy: "17:00",
    },
    {
      name: "US Friday 21:00 → Saturday collection",
      origin: "US",
      ready: "2026-10-09T21:00",
      date: "2026-10-10",
      postBy: "13:00",
    },
    {
      name: "US Saturday 13:01 → past Sunday and Columbus Day",
      origin: "US",
      ready: "2026-10-10T13:01",
      date: "2026-10-13",
      postBy: "17:00",
    },
    {
      name: "US Wednesday evening before Thanksgiving",
      origin: "US",
      ready: "2026-11-25T21:00",
      date: "2026-11-27",
      postBy: "17:00",
    },
    {
      name: "GB Friday evening → Saturday 12:00",
      origin: "GB",
      ready: "2026-10-09T21:00",
      date: "2026-10-10",
      postBy: "12:00",
    },
    {
      name: "GB Christmas Eve evening → past three bank holidays",
      origin: "GB",
      ready: "2026-12-24T18:00",
      date: "2026-12-29",
      postBy: "17:00",
    },
    {
      name: "CA Friday evening: no Saturday collection, Thanksgiving Monday",
      origin: "CA",
      ready: "2026-10-09T21:00",
      date: "2026-10-13",
      postBy: "17:00",
    },
  ] as const)("$name", ({ origin, ready, date, postBy }) => {
    const { service, calendar, zone } = origins[origin];
    const at = Temporal.PlainDateTime.from(ready).toZonedDateTime(zone);
    const posting = postingDay(at, service, calendar);
    expect(posting.date.toString()).toBe(date);
    expect(posting.postBy.toString()).toBe(
      Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone, plainTime: postBy }).toString(),
    );
  });

  test("a weekend of Friday and Saturday collects on Sunday", () => {
    const calendar = businessCalendar({ country: "SA" });
    const service = DEFAULT_POLICY.postal.DEFAULT as PostalService;
    const ready = Temporal.ZonedDateTime.from("2026-10-08T18:00:00+03:00[Asia/Riyadh]"); // Thursday evening
    expect(postingDay(ready, service, calendar).date.toString()).toBe("2026-10-11");
  });
});
