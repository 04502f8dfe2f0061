import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { DEFAULT_POLICY, type PostalService } from "../policy/defaults.js";
import { transit } from "./transit.js";

const service = (key: string) => DEFAULT_POLICY.postal[key] as PostalService;
const calendars = {
  "US-NY": businessCalendar({ country: "US", region: "NY" }),
  "GB-ENG": businessCalendar({ country: "GB", region: "ENG" }),
  DE: businessCalendar({ country: "DE" }),
  "CA-ON": businessCalendar({ country: "CA", region: "ON" }),
  FR: businessCalendar({ country: "FR" }),
};

// Each latest date counted by hand on the real calendars (posting day = day 0).
describe("transit", () => {
  test.each([
    // Wed 7, Thu 8, Fri 9, Sat 10, (Mon 12 Columbus Day), Tue 13.
    {
      name: "US 5 days over Columbus Day",
      key: "US",
      days: 5,
      posted: "2026-10-06",
      to: "US-NY",
      earliest: "2026-10-07",
      latest: "2026-10-13",
    },
    // Posted on a Saturday: 6 days. (Mon 12 holiday) Tue 13 … Sat 17, Mon 19.
    {
      name: "US posted on a Saturday: +1",
      key: "US",
      days: 5,
      posted: "2026-10-10",
      to: "US-NY",
      earliest: "2026-10-13",
      latest: "2026-10-19",
      slow: "saturday",
    },
    // Posted the day before Thanksgiving: 6 days. Fri 27, Sat 28, Mon 30, Tue 1, Wed 2, Thu 3.
    {
      name: "US posted before Thanksgiving: +1, Thanksgiving skipped",
      key: "US",
      days: 5,
      posted: "2026-11-25",
      to: "US-NY",
      earliest: "2026-11-27",
      latest: "2026-12-03",
      slow: "before-holiday",
    },
    // Tue 22, Wed 23, Thu 24, (Fri 25 Christmas), Sat 26, Mon 28.
    {
      name: "US Christmas in transit",
      key: "US",
      days: 5,
      posted: "2026-12-21",
      to: "US-NY",
      earliest: "2026-12-22",
      latest: "2026-12-28",
    },
    {
      name: "US local 2 days",
      key: "US",
      days: 2,
      posted: "2026-10-06",
      to: "US-NY",
      earliest: "2026-10-07",
      latest: "2026-10-08",
    },
    // Wed 23, Thu 24, (Fri 25, Sat, Sun, Mon 28 substitute), Tue 29.
    {
      name: "GB 3 working days over Christmas",
      key: "GB",
      days: 3,
      posted: "2026-12-22",
      to: "GB-ENG",
      earliest: "2026-12-23",
      latest: "2026-12-29",
    },
    {
      name: "GB 3 working days, no Saturday",
      key: "GB",
      days: 3,
      posted: "2026-10-09",
      to: "GB-ENG",
      earliest: "2026-10-12",
      latest: "2026-10-14",
    },
    // Thu 8, Fri 9, Sat 10 (a Werktag), Mon 12.
    {
      name: "DE counts Saturdays",
      key: "DE",
      days: 4,
      posted: "2026-10-07",
      to: "DE",
      earliest: "2026-10-08",
      latest: "2026-10-12",
    },
    // Thu 1, Fri 2, (Sat 3 Day of German Unity), Mon 5, Tue 6.
    {
      name: "DE skips a Saturday holiday",
      key: "DE",
      days: 4,
      posted: "2026-09-30",
      to: "DE",
      earliest: "2026-10-01",
      latest: "2026-10-06",
    },
    // (Mon 12 Thanksgiving in Ontario) Tue 13, Wed 14, Thu 15, Fri 16.
    {
      name: "CA 4 business days",
      key: "CA",
      days: 4,
      posted: "2026-10-09",
      to: "CA-ON",
      earliest: "2026-10-13",
      latest: "2026-10-16",
    },
    // Tue 15 … Fri 18, Mon 21 … Thu 24, (Fri 25, Mon 28), Tue 29, Wed 30.
    {
      name: "INTL 10 days into England over Christmas",
      key: "INTL",
      days: 10,
      posted: "2026-12-14",
      to: "GB-ENG",
      earliest: "2026-12-15",
      latest: "2026-12-30",
    },
    // Tue 10, (Wed 11 Armistice Day), Thu 12, Fri 13, Mon 16, Tue 17.
    {
      name: "EU 5 days into France",
      key: "EU",
      days: 5,
      posted: "2026-11-09",
      to: "FR",
      earliest: "2026-11-10",
      latest: "2026-11-17",
    },
  ] as const)("$name", ({ key, days, posted, to, earliest, latest, ...rest }) => {
    const result = transit(Temporal.PlainDate.from(posted), days, service(key), calendars[to]);
    expect(result.earliest.toString()).toBe(earliest);
    expect(result.latest.toString()).toBe(latest);
    expect(result.slow).toBe("slow" in rest ? rest.slow : undefined);
  });

  test("a zero-day standard delivers on the posting day", () => {
    const result = transit(Temporal.PlainDate.from("2026-10-06"), 0, service("US"), calendars["US-NY"]);
    expect([result.earliest.toString(), result.latest.toString()]).toEqual(["2026-10-06", "2026-10-06"]);
  });
});
