import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { businessCalendar, weekdayCalendar } from "./business-calendar.js";
import { liveHolidaySource as source } from "./holidays/live-source.js";

const calendars = {
  US: businessCalendar({ country: "US" }, { source }),
  "GB-SCT": businessCalendar({ country: "GB", region: "SCT" }, { source }),
  "DE-BY": businessCalendar({ country: "DE", region: "BY" }, { source }),
  SA: businessCalendar({ country: "SA" }, { source }),
  IN: businessCalendar({ country: "IN" }, { source }),
  JP: businessCalendar({ country: "JP" }, { source }),
  "weekdays Fri–Sat": weekdayCalendar([5, 6]),
};
const START = Temporal.PlainDate.from("2020-01-01");

const calendar = fc.constantFrom(...(Object.keys(calendars) as (keyof typeof calendars)[]));
const date = fc.integer({ min: 0, max: 365 * 15 }).map((n) => START.add({ days: n }));
const steps = fc.integer({ min: 1, max: 400 });

describe("business-day arithmetic", () => {
  test.prop([calendar, date, fc.integer({ min: -400, max: 400 })])(
    "addBusinessDays lands on a business day",
    (name, d, n) => {
      const cal = calendars[name];
      expect(cal.isBusinessDay(cal.addBusinessDays(d, n))).toBe(true);
    },
  );

  test.prop([calendar, date, fc.integer({ min: -400, max: 399 })])(
    "is monotonic in n: strictly increasing, except that n = 0 and n = 1 meet when d is no business day",
    (name, d, n) => {
      const cal = calendars[name];
      const order = Temporal.PlainDate.compare(cal.addBusinessDays(d, n), cal.addBusinessDays(d, n + 1));
      expect(order).toBe(n === 0 && !cal.isBusinessDay(d) ? 0 : -1);
    },
  );

  test.prop([calendar, date, steps])("businessDaysBetween(d, addBusinessDays(d, n)) === n", (name, d, n) => {
    const cal = calendars[name];
    expect(cal.businessDaysBetween(d, cal.addBusinessDays(d, n))).toBe(n);
  });

  test.prop([calendar, date, steps])(
    "and the mirror: businessDaysBetween(d, addBusinessDays(d, −n)) === −n",
    (name, d, n) => {
      const cal = calendars[name];
      expect(cal.businessDaysBetween(d, cal.addBusinessDays(d, -n))).toBe(-n);
    },
  );

  test.prop([calendar, date])("nextBusinessDay and previousBusinessDay are ±1", (name, d) => {
    const cal = calendars[name];
    expect(cal.nextBusinessDay(d).equals(cal.addBusinessDays(d, 1))).toBe(true);
    expect(cal.previousBusinessDay(d).equals(cal.addBusinessDays(d, -1))).toBe(true);
  });

  test.prop([calendar, date, fc.integer({ min: 0, max: 60 })])("agrees with a day-by-day count", (name, a, span) => {
    const cal = calendars[name];
    const b = a.add({ days: span });
    let count = 0;
    for (let d = a.add({ days: 1 }); Temporal.PlainDate.compare(d, b) <= 0; d = d.add({ days: 1 })) {
      if (cal.isBusinessDay(d)) count++;
    }
    expect(cal.businessDaysBetween(a, b)).toBe(count);
  });

  test.prop([calendar, date, fc.integer({ min: 0, max: 10 })])(
    "skips exactly the non-business days between steps",
    (name, d, gapProbe) => {
      const cal = calendars[name];
      const next = cal.nextBusinessDay(d);
      const between = d.until(next).days - 1;
      for (let k = 1; k <= Math.min(between, gapProbe); k++) expect(cal.isBusinessDay(d.add({ days: k }))).toBe(false);
    },
  );

  test.prop([calendar, date])("a weekend day is never a business day", (name, d) => {
    const cal = calendars[name];
    if (cal.weekend.includes(d.dayOfWeek)) expect(cal.isBusinessDay(d)).toBe(false);
  });
});
