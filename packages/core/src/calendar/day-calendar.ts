import { dayReaders } from "./business-calendar.js";
import { civilDate, dayNumberOfIso, isoWeekday } from "./day-number.js";
import type { BusinessCalendar, Holiday } from "./types.js";

/**
 * A business calendar read by day number (`day-number.ts`), for the rules' walks over days: the same
 * answers as the calendar's own `isBusinessDay` and `holidaysOn`, without a `Temporal.PlainDate` per day.
 * A calendar from `businessCalendar` answers from its own year tables; any other (a test's) is read
 * through its public `weekend` and `holidays(year)`.
 */
export interface DayCalendar {
  /** The weekend as ISO weekday numbers (1 = Monday … 7 = Sunday). */
  readonly weekend: readonly number[];
  isBusinessDay(day: number): boolean;
  /** The holidays on `day`, in the calendar's order (empty when none). */
  holidaysOn(day: number): readonly Holiday[];
}

const NONE: readonly Holiday[] = /* @__PURE__ */ Object.freeze([]);

/** `calendar` read by day number. */
export function dayCalendar(calendar: Pick<BusinessCalendar, "weekend" | "holidays">): DayCalendar {
  const own = dayReaders.get(calendar as BusinessCalendar);
  if (own) return own;
  const years = new Map<number, Map<number, Holiday[]>>();
  const byDay = (day: number): Map<number, Holiday[]> => {
    const year = civilDate(day).year;
    let found = years.get(year);
    if (!found) {
      found = new Map();
      for (const holiday of calendar.holidays(year)) {
        const n = dayNumberOfIso(holiday.date);
        const list = found.get(n);
        if (list) list.push(holiday);
        else found.set(n, [holiday]);
      }
      years.set(year, found);
    }
    return found;
  };
  return {
    weekend: calendar.weekend,
    isBusinessDay: (day) => !calendar.weekend.includes(isoWeekday(day)) && !byDay(day).has(day),
    holidaysOn: (day) => byDay(day).get(day) ?? NONE,
  };
}
