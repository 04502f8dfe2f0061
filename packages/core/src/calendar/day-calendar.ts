import { AfterviewError } from "../errors/afterview-error.js";
import { civilDate, dayNumberOfIso, isoWeekday } from "./day-number.js";
import type { BusinessCalendar, Holiday } from "./types.js";
import { buildYearTable, firstReaching, type YearTable } from "./year-table.js";

/**
 * A business calendar read by day number (`day-number.ts`): what the rules walk and count with. A
 * calendar from `businessCalendar` is built on one of these and answers from the same year tables;
 * the rules use this side directly, without a `Temporal.PlainDate` per day (and without the Temporal
 * classes at all: see `time/zone-clock.ts`).
 */
export interface DayCalendar {
  /** The country code, as `BusinessCalendar.country`. */
  readonly country: string;
  readonly region: string | undefined;
  /** The weekend as ISO weekday numbers (1 = Monday … 7 = Sunday). */
  readonly weekend: readonly number[];
  isBusinessDay(day: number): boolean;
  /** The holidays on `day`, in the calendar's order (empty when none). */
  holidaysOn(day: number): readonly Holiday[];
  /** The holidays of `year`, sorted by date. */
  holidays(year: number): readonly Holiday[];
  /** As `BusinessCalendar.addBusinessDays`: `n` business days after `day` (before it when negative; for 0, `day` or the next business day). */
  addBusinessDays(day: number, n: number): number;
  nextBusinessDay(day: number): number;
  previousBusinessDay(day: number): number;
  /** As `BusinessCalendar.businessDaysBetween`: business days in `(a, b]`, or minus those in `[b, a)` when `b` is before `a`. */
  businessDaysBetween(a: number, b: number): number;
}

/**
 * The largest `|n|` `addBusinessDays` accepts: about forty years of business days. A guard against
 * runaway input, not a domain default; beyond it the call throws `out-of-range`.
 */
export const MAX_BUSINESS_DAYS = 10_000;

/**
 * The longest span `businessDaysBetween` counts, in calendar days: room for ±{@link MAX_BUSINESS_DAYS}
 * business days even with a six-day weekend, and short enough that a calendar with holidays answers
 * at once (every year in the span has its holidays computed; 2026 to 9999 took five seconds).
 */
const MAX_SPAN_DAYS = 7 * MAX_BUSINESS_DAYS + 7 * 366;

const NO_HOLIDAYS: readonly Holiday[] = /* @__PURE__ */ Object.freeze([]);

/** The day calendar under each calendar `businessCalendar` made (see {@link dayCalendar}). */
export const dayReaders: WeakMap<object, DayCalendar> = /* @__PURE__ */ new WeakMap();

/**
 * The calendar of `weekend` and `holidaysOf`, answering from one flattened table per year
 * (`year-table.ts`): counting and walking business days skip whole years and binary-search inside one.
 */
export function tableCalendar(
  country: string,
  region: string | undefined,
  weekend: readonly number[],
  holidaysOf: (year: number) => readonly Holiday[],
): DayCalendar {
  const tables = new Map<number, YearTable>();

  function table(year: number): YearTable {
    let t = tables.get(year);
    if (!t) {
      t = buildYearTable(year, weekend, holidaysOf(year));
      if (tables.size > 500) tables.clear();
      tables.set(year, t);
    }
    return t;
  }

  /** The year table holding day number `n`, and `n`'s index in it. */
  function locate(n: number): [YearTable, number] {
    const t = table(civilDate(n).year);
    return [t, n - t.start];
  }

  function isBusiness(n: number): boolean {
    const [t, i] = locate(n);
    return t.business[i] === 1;
  }

  /** The `n`-th business day after day `from` (n ≥ 1). */
  function forward(from: number, n: number): number {
    let [t, i] = locate(from);
    let target = t.count[i]! + n;
    for (let guard = 0; guard <= MAX_BUSINESS_DAYS + 2; guard++) {
      if (target <= t.total) return t.start + firstReaching(t, i + 1, target);
      target -= t.total;
      t = table(t.year + 1);
      i = -1;
    }
    throw noBusinessDays();
  }

  /** The `n`-th business day before day `from` (n ≥ 1). */
  function backward(from: number, n: number): number {
    let [t, i] = locate(from);
    // Business days strictly before day i of this year.
    let before = t.count[i]! - t.business[i]!;
    let remaining = n;
    for (let guard = 0; guard <= MAX_BUSINESS_DAYS + 2; guard++) {
      if (remaining <= before) return t.start + firstReaching(t, 0, before - remaining + 1);
      remaining -= before;
      t = table(t.year - 1);
      before = t.total;
    }
    throw noBusinessDays();
  }

  /** Business days in the span (x, y], for x ≤ y. */
  function countAfter(x: number, y: number): number {
    if (x >= y) return 0;
    const [tx, ix] = locate(x);
    const [ty, iy] = locate(y);
    if (tx.year === ty.year) return tx.count[iy]! - tx.count[ix]!;
    let sum = tx.total - tx.count[ix]! + ty.count[iy]!;
    for (let year = tx.year + 1; year < ty.year; year++) sum += table(year).total;
    return sum;
  }

  return {
    country,
    region,
    weekend,
    isBusinessDay: isBusiness,
    holidaysOn(n) {
      const [t, i] = locate(n);
      return t.byDay.get(i) ?? NO_HOLIDAYS;
    },
    holidays: (year) => table(year).holidays,
    addBusinessDays(from, n) {
      if (n === 0) return isBusiness(from) ? from : forward(from, 1);
      return n > 0 ? forward(from, n) : backward(from, -n);
    },
    nextBusinessDay: (from) => forward(from, 1),
    previousBusinessDay: (from) => backward(from, 1),
    businessDaysBetween(x, y) {
      if (Math.abs(y - x) > MAX_SPAN_DAYS) throw spanTooLong(x, y);
      // Backward from a: [b, a) has as many business days as (b − 1, a − 1].
      return y >= x ? countAfter(x, y) : -countAfter(y - 1, x - 1);
    },
  };
}

function spanTooLong(x: number, y: number): AfterviewError {
  return new AfterviewError(
    "out-of-range",
    `a and b are ${Math.abs(y - x).toLocaleString("en-US")} days apart, beyond the supported ` +
      `${MAX_SPAN_DAYS.toLocaleString("en-US")}`,
  );
}

function noBusinessDays(): AfterviewError {
  return new AfterviewError("out-of-range", "no business day found within the supported span");
}

/**
 * `calendar` read by day number. A calendar from `businessCalendar` gives the day calendar it is
 * built on; any other (a test's, or one an app wrote) is read through its public `country`, `region`,
 * `weekend` and `holidays(year)`, and walked a day at a time.
 */
export function dayCalendar(
  calendar: Pick<BusinessCalendar, "weekend" | "holidays"> & Partial<Pick<BusinessCalendar, "country" | "region">>,
): DayCalendar {
  const own = dayReaders.get(calendar);
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
  const isBusinessDay = (day: number) => !calendar.weekend.includes(isoWeekday(day)) && !byDay(day).has(day);
  const step = (day: number, n: number, by: 1 | -1): number => {
    let left = n;
    let at = day;
    for (let guard = 0; left > 0; guard++) {
      if (guard > 7 * MAX_BUSINESS_DAYS) throw noBusinessDays();
      at += by;
      if (isBusinessDay(at)) left--;
    }
    return at;
  };
  return {
    country: calendar.country as string,
    region: calendar.region,
    weekend: calendar.weekend,
    isBusinessDay,
    holidaysOn: (day) => byDay(day).get(day) ?? NO_HOLIDAYS,
    holidays: (year) => calendar.holidays(year),
    addBusinessDays(day, n) {
      if (n === 0) return isBusinessDay(day) ? day : step(day, 1, 1);
      return n > 0 ? step(day, n, 1) : step(day, -n, -1);
    },
    nextBusinessDay: (day) => step(day, 1, 1),
    previousBusinessDay: (day) => step(day, 1, -1),
    businessDaysBetween(a, b) {
      let count = 0;
      if (b >= a) for (let day = a + 1; day <= b; day++) count += isBusinessDay(day) ? 1 : 0;
      else for (let day = b; day < a; day++) count -= isBusinessDay(day) ? 1 : 0;
      return count;
    },
  };
}
