import { Temporal } from "temporal-polyfill";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { toPlainDate } from "../time/instant.js";
import { countryNotString, regionNotString, unknownCountry, unknownRegion } from "./calendar-errors.js";
import { type DayCalendar, dayReaders, MAX_BUSINESS_DAYS, tableCalendar } from "./day-calendar.js";
import { civilDate, dayNumber } from "./day-number.js";
import { defaultHolidaySource } from "./holidays/default-source.js";
import type { BusinessCalendar, CalendarSpec, Holiday, HolidaySource } from "./types.js";
import { weekendDays } from "./weekend.js";

export { MAX_BUSINESS_DAYS } from "./day-calendar.js";

/**
 * The country code of {@link weekdayCalendar}: `ZZ`, the ISO 3166 user-assigned code that CLDR
 * uses for "unknown region".
 */
export const NO_COUNTRY = "ZZ";

const NO_HOLIDAYS: readonly Holiday[] = /* @__PURE__ */ Object.freeze([]);
const calendars = /* @__PURE__ */ new WeakMap<HolidaySource, Map<string, DayCalendar>>();
const weekdayCalendars = /* @__PURE__ */ new Map<string, DayCalendar>();
const wrappers = /* @__PURE__ */ new WeakMap<DayCalendar, BusinessCalendar>();

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
  return businessCalendarOf(calendarDays(spec, options));
}

/**
 * {@link businessCalendar} read by day number, for the rules: the same checks and errors, the same
 * calendar underneath (`dayCalendar(businessCalendar(spec))` is this).
 */
export function calendarDays(spec: CalendarSpec, options?: BusinessCalendarOptions): DayCalendar {
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
    calendar = tableCalendar(code, regionCode, weekendDays(code), (year) => source.holidays(code, regionCode, year));
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
  return businessCalendarOf(weekdayDays(weekend));
}

/** {@link weekdayCalendar} read by day number, for the rules. */
export function weekdayDays(weekend: readonly number[] = [6, 7]): DayCalendar {
  const days = validateWeekend(weekend);
  const key = days.join(",");
  let calendar = weekdayCalendars.get(key);
  if (!calendar) {
    calendar = tableCalendar(NO_COUNTRY, undefined, days, () => NO_HOLIDAYS);
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

/** The `BusinessCalendar` over `days`: dates in as `PlainDate`s or strings, out as `PlainDate`s. One per day calendar. */
export function businessCalendarOf(days: DayCalendar): BusinessCalendar {
  const made = wrappers.get(days);
  if (made) return made;

  function dayOf(date: unknown, path: string): number {
    const d = toPlainDate(date, path);
    return dayNumber(d.year, d.month, d.day);
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

  const calendar: BusinessCalendar = {
    country: days.country,
    region: days.region,
    weekend: days.weekend,
    isBusinessDay: (date) => days.isBusinessDay(dayOf(date, "date")),
    holidaysOn: (date) => days.holidaysOn(dayOf(date, "date")),
    holidays(year) {
      if (typeof year !== "number" || !Number.isInteger(year)) {
        throw new AfterviewValidationError([{ path: "year", code: "invalid_type", message: "expected a whole year" }]);
      }
      return days.holidays(year);
    },
    addBusinessDays(date, n) {
      const from = dayOf(date, "date");
      return toDate(days.addBusinessDays(from, checkedN(n)));
    },
    nextBusinessDay: (date) => toDate(days.nextBusinessDay(dayOf(date, "date"))),
    previousBusinessDay: (date) => toDate(days.previousBusinessDay(dayOf(date, "date"))),
    businessDaysBetween: (a, b) => days.businessDaysBetween(dayOf(a, "a"), dayOf(b, "b")),
  };
  Object.freeze(calendar);
  wrappers.set(days, calendar);
  dayReaders.set(calendar, days);
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
