import { Temporal } from "temporal-polyfill";
import type { BusinessCalendar } from "../calendar/types.js";
import type { DateInput } from "../time/instant.js";

/**
 * A deliberately naive business calendar for tests: Monday–Friday minus the given holiday dates,
 * walking one day at a time. Independent of the real calendar so the timeline tests check the
 * parser, not the calendar.
 */
export function testCalendar(holidays: readonly string[] = [], country = "US"): BusinessCalendar {
  const off = new Set(holidays);
  const date = (value: DateInput) =>
    value instanceof Temporal.ZonedDateTime ? value.toPlainDate() : Temporal.PlainDate.from(value);
  const isBusinessDay = (value: DateInput) => {
    const d = date(value);
    return d.dayOfWeek <= 5 && !off.has(d.toString());
  };
  const step = (value: DateInput, by: 1 | -1) => {
    let d = date(value).add({ days: by });
    while (!isBusinessDay(d)) d = d.add({ days: by });
    return d;
  };
  return {
    country,
    region: undefined,
    weekend: [6, 7],
    isBusinessDay,
    holidaysOn: (value) =>
      off.has(date(value).toString()) ? [{ date: date(value).toString(), name: "holiday", type: "public" }] : [],
    holidays: (year) =>
      [...off]
        .filter((d) => d.startsWith(`${year}-`))
        .sort()
        .map((d) => ({ date: d, name: "holiday", type: "public" })),
    addBusinessDays(value, n) {
      let d = date(value);
      if (n === 0) return isBusinessDay(d) ? d : step(d, 1);
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    nextBusinessDay: (value) => step(value, 1),
    previousBusinessDay: (value) => step(value, -1),
    businessDaysBetween(a, b) {
      let count = 0;
      let d = date(a);
      const end = date(b);
      const sign = Temporal.PlainDate.compare(end, d);
      while (!d.equals(end)) {
        d = d.add({ days: sign });
        if (isBusinessDay(sign > 0 ? d : d.add({ days: 1 }))) count += sign;
      }
      return count;
    },
  };
}
