import { Temporal } from "temporal-polyfill";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { toPlainDate } from "../time/instant.js";
import { countryNotString, regionNotString, unknownCountry, unknownRegion } from "./calendar-errors.js";
import type { DayCalendar } from "./day-calendar.js";
import { civilDate, dayNumber } from "./day-number.js";
import { defaultHolidaySource } from "./holidays/default-source.js";
import type { BusinessCalendar, CalendarSpec, Holiday, HolidaySource } from "./types.js";
import { weekendDays } from "./weekend.js";
import { buildYearTable, firstReaching, type YearTable } from "./year-table.js";

/** Each calendar made here, read by day number through its own year tables (see `dayCalendar`). */
export const dayReaders: WeakMap<BusinessCalendar, DayCalendar> = /* @__PURE__ */ new WeakMap();

/**
 * The largest `|n|` `addBusinessDays` accepts: about forty years of business days. A guard against
 * runaway input, not a domain default; beyond it the call throws `out-of-range`.
 */
export const MAX_BUSINESS_DAYS = 10_000;

/**
 * The country code of {@link weekdayCalendar}: `ZZ`, the ISO 3166 user-assigned code that CLDR
 * uses for "unknown region".
 */
export const NO_COUNTRY = "ZZ";

const NO_HOLIDAYS: readonly Holiday[] = /* @__PURE__ */ Object.freeze([]);
const calendars = /* @__PURE__ */ new WeakMap<HolidaySource, Map<string, BusinessCalendar>>();
const weekdayCalendars = /* @__PURE__ */ new Map<string, BusinessCalendar>();

/** Options of {@link businessCalendar}. */
export interface BusinessCalendarOptions {
  /** Where holidays come from; the live `date-holidays` data (Node) or registered tables (browser) by default. */
  source?: HolidaySource;
}

/**
 * The business calendar of a country (and optionally one of its regions): its weekend (from CLDR,
 * e.g. Friday–Saturday in Saudi Arabia) and its public and bank holidays, observed days included
 * (evidence `E-HOL-LIB`, `E-HOL-US`, `E-HOL-GB`). Accepts untyped input; codes are case-insensitive.
 * The same spec returns the same calendar object; each year's holidays are computed once.
 *
 * @throws {AfterviewValidationError} on `country` (`invalid_type`, `unknown-country`) or `region`
 *   (`invalid_type`, `unknown-region`).
 *
 * @example
 * ```ts
 * const us = businessCalendar({ country: "US", region: "NY" });
 * us.isBusinessDay("2026-07-03"); //=> false (Independence Day observed)
 * us.addBusinessDays("2026-07-02", 1).toString(); //=> "2026-07-06"
 * businessCalendar({ country: "gb", region: "sct" }).region; //=> "SCT"
 * ```
 */
export function businessCalendar(spec: CalendarSpec, options?: BusinessCalendarOptions): BusinessCalendar {
  const source = options?.source ?? defaultHolidaySource;
  const input: unknown = spec;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new AfterviewValidationError([
      { path: "", code: "invalid_type", message: 'expected a calendar spec such as { country: "US", region: "NY" }' },
    ]);
  }
  const { country, region } = input as { country?: unknown; region?: unknown };
  if (typeof country !== "string") throw countryNotString();
  const code = country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw unknownCountry(country);
  if (!source.hasCountry(code)) throw source.missingCountryError?.(code) ?? unknownCountry(country);

  let regionCode: string | undefined;
  if (region !== undefined && region !== null) {
    if (typeof region !== "string") throw regionNotString();
    const known = source.regions(code);
    regionCode = region.toUpperCase();
    if (!known.includes(regionCode)) throw unknownRegion(code, region, known);
  }

  let bySpec = calendars.get(source);
  if (!bySpec) {
    bySpec = new Map();
    calendars.set(source, bySpec);
  }
  const key = regionCode ? `${code}-${regionCode}` : code;
  let calendar = bySpec.get(key);
  if (!calendar) {
    calendar = makeCalendar(code, regionCode, weekendDays(code), (year) => source.holidays(code, regionCode, year));
    bySpec.set(key, calendar);
  }
  return calendar;
}

/**
 * A calendar with weekends and no holidays, for when no country is known. Its `country` is
 * {@link NO_COUNTRY} (`"ZZ"`). The same weekend returns the same calendar object.
 *
 * @param weekend ISO weekday numbers (1 = Monday … 7 = Sunday); Saturday and Sunday by default.
 * @throws {AfterviewValidationError} on `weekend` when it is not a list of distinct weekdays leaving at least one workday.
 *
 * @example
 * ```ts
 * weekdayCalendar().addBusinessDays("2026-12-24", 1).toString(); //=> "2026-12-25"
 * weekdayCalendar([5, 6]).isBusinessDay("2026-12-27"); //=> true (a Sunday)
 * ```
 */
export function weekdayCalendar(weekend: readonly number[] = [6, 7]): BusinessCalendar {
  const days = validateWeekend(weekend);
  const key = days.join(",");
  let calendar = weekdayCalendars.get(key);
  if (!calendar) {
    calendar = makeCalendar(NO_COUNTRY, undefined, days, () => NO_HOLIDAYS);
    weekdayCalendars.set(key, calendar);
  }
  return calendar;
}

function validateWeekend(weekend: unknown): readonly number[] {
  if (!Array.isArray(weekend)) {
    throw new AfterviewValidationError([
      {
        path: "weekend",
        code: "invalid_type",
        message: "expected a list of ISO weekday numbers (1 = Monday … 7 = Sunday)",
      },
    ]);
  }
  const issues = weekend.flatMap((day: unknown, i) =>
    typeof day === "number" && Number.isInteger(day) && day >= 1 && day <= 7
      ? weekend.indexOf(day) === i
        ? []
        : [{ path: `weekend[${i}]`, code: "duplicate", message: `weekday ${day} is listed twice` }]
      : [
          {
            path: `weekend[${i}]`,
            code: "invalid_type",
            message: "expected a weekday number from 1 (Monday) to 7 (Sunday)",
          },
        ],
  );
  if (issues.length > 0) throw new AfterviewValidationError(issues);
  if (weekend.length === 7) {
    throw new AfterviewValidationError([
      { path: "weekend", code: "too_big", message: "a weekend of all seven days leaves no business days" },
    ]);
  }
  return Object.freeze([...(weekend as number[])].sort((a, b) => a - b));
}

function makeCalendar(
  country: string,
  region: string | undefined,
  weekend: readonly number[],
  holidaysOf: (year: number) => readonly Holiday[],
): BusinessCalendar {
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

  function dayOf(date: unknown, path: string): number {
    const d = toPlainDate(date, path);
    return dayNumber(d.year, d.month, d.day);
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

  function checkedN(n: unknown): number {
    if (typeof n !== "number" || !Number.isInteger(n)) {
      throw new AfterviewValidationError([
        { path: "n", code: "invalid_type", message: "expected a whole number of business days" },
      ]);
    }
    if (Math.abs(n) > MAX_BUSINESS_DAYS) {
      throw new AfterviewError(
        "out-of-range",
        `n: ${n} business days is beyond the supported ±${MAX_BUSINESS_DAYS.toLocaleString("en-US")}`,
      );
    }
    return n;
  }

  function add(from: number, n: number): Temporal.PlainDate {
    if (n === 0) return toDate(isBusiness(from) ? from : forward(from, 1));
    return toDate(n > 0 ? forward(from, n) : backward(from, -n));
  }

  const calendar: BusinessCalendar = {
    country,
    region,
    weekend,
    isBusinessDay: (date) => isBusiness(dayOf(date, "date")),
    holidaysOn(date) {
      const [t, i] = locate(dayOf(date, "date"));
      return t.byDay.get(i) ?? NO_HOLIDAYS;
    },
    holidays(year) {
      if (typeof year !== "number" || !Number.isInteger(year)) {
        throw new AfterviewValidationError([{ path: "year", code: "invalid_type", message: "expected a whole year" }]);
      }
      return table(year).holidays;
    },
    addBusinessDays(date, n) {
      const from = dayOf(date, "date");
      return add(from, checkedN(n));
    },
    nextBusinessDay: (date) => toDate(forward(dayOf(date, "date"), 1)),
    previousBusinessDay: (date) => toDate(backward(dayOf(date, "date"), 1)),
    businessDaysBetween(a, b) {
      const x = dayOf(a, "a");
      const y = dayOf(b, "b");
      if (Math.abs(y - x) > MAX_SPAN_DAYS) throw spanTooLong(x, y);
      // Backward from a: [b, a) has as many business days as (b − 1, a − 1].
      return y >= x ? countAfter(x, y) : -countAfter(y - 1, x - 1);
    },
  };
  Object.freeze(calendar);
  // The rules walk days by number: they read this calendar's own year tables (day-calendar.ts).
  dayReaders.set(calendar, {
    weekend,
    isBusinessDay: isBusiness,
    holidaysOn(n) {
      const [t, i] = locate(n);
      return t.byDay.get(i) ?? NO_HOLIDAYS;
    },
  });
  return calendar;
}

function toDate(n: number): Temporal.PlainDate {
  const { year, month, day } = civilDate(n);
  try {
    return new Temporal.PlainDate(year, month, day);
  } catch (error) {
    throw new AfterviewError("out-of-range", `the date ${year}-${month}-${day} is outside the supported range`, {
      cause: error,
    });
  }
}

/**
 * The longest span `businessDaysBetween` counts, in calendar days: room for ±{@link MAX_BUSINESS_DAYS}
 * business days even with a six-day weekend, and short enough that a calendar with holidays answers
 * at once (every year in the span has its holidays computed; 2026 to 9999 took five seconds).
 */
const MAX_SPAN_DAYS = 7 * MAX_BUSINESS_DAYS + 7 * 366;

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
