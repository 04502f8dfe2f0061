import type { Temporal } from "temporal-polyfill";
import type { AfterviewError } from "../errors/afterview-error.js";
import type { DateInput } from "../time/instant.js";

/** A day off that the calendar knows of. Only `public` and `bank` holidays count (evidence `E-HOL-LIB`). */
export interface Holiday {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** The holiday's name as the data source gives it (often in the country's language). */
  name: string;
  /** `public` (statutory) or `bank` (banks and most offices closed). */
  type: "public" | "bank";
  /** True when this day is an observed or substitute day for a holiday that fell on a rest day. */
  substitute?: boolean;
}

/**
 * Where holiday dates come from. The Node build reads them live from `date-holidays`;
 * the browser build reads pre-computed tables that the app registers per country.
 */
export interface HolidaySource {
  /**
   * The public and bank holidays of `country` (and `region`, when given) in `year`, sorted by date.
   * Throws an `AfterviewError` when this source cannot answer (data not loaded, year out of range).
   */
  holidays(country: string, region: string | undefined, year: number): readonly Holiday[];
  /** True when `country` is known to this source (loaded, for the browser build). */
  hasCountry(country: string): boolean;
  /** The region codes this source knows for `country` (ISO 3166-2 suffixes such as `NY`, `SCT`, `BY`). */
  regions(country: string): readonly string[];
  /**
   * Optional. The error `businessCalendar` throws when `hasCountry(country)` is false, for a source that
   * can tell a real country whose data is missing (code `holidays-not-loaded` in the browser build)
   * from a code that names no country. When absent, `businessCalendar` throws an
   * `AfterviewValidationError` on `country` with code `unknown-country`.
   */
  missingCountryError?(country: string): AfterviewError;
}

/** Which calendar to build: an ISO 3166-1 alpha-2 country and, optionally, a region within it. */
export interface CalendarSpec {
  /** ISO 3166-1 alpha-2 code, e.g. `"US"`, `"GB"`, `"DE"`. Case-insensitive. */
  country: string;
  /** A region code within the country, e.g. `"NY"`, `"SCT"`, `"BY"`, `"QC"`, `"NSW"`. Case-insensitive. */
  region?: string;
}

/**
 * Business days of one country (and region): its weekend days and its public and bank holidays.
 * Every method accepts a `Temporal.PlainDate`, a `ZonedDateTime` (its local date) or `"YYYY-MM-DD"`.
 */
export interface BusinessCalendar {
  /** The country, upper-case ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The region, upper-case, when one was given. */
  readonly region: string | undefined;
  /** The weekend as ISO weekday numbers (1 = Monday … 7 = Sunday). */
  readonly weekend: readonly number[];
  /** True when `date` is neither a weekend day nor a public or bank holiday. */
  isBusinessDay(date: DateInput): boolean;
  /** The holidays on `date` (empty when none). */
  holidaysOn(date: DateInput): readonly Holiday[];
  /** Every public and bank holiday in `year`, sorted by date. */
  holidays(year: number): readonly Holiday[];
  /**
   * The business day `n` business days after `date` (before it, for negative `n`); `date` itself is not counted.
   * With `n = 0`, `date` when it is a business day, else the next business day.
   */
  addBusinessDays(date: DateInput, n: number): Temporal.PlainDate;
  /** The first business day strictly after `date`. */
  nextBusinessDay(date: DateInput): Temporal.PlainDate;
  /** The first business day strictly before `date`. */
  previousBusinessDay(date: DateInput): Temporal.PlainDate;
  /**
   * The number of business days in the half-open span (`a`, `b`]: after `a`, up to and including `b`.
   * Negative when `b` is before `a`: then it counts the span walking backward from `a`, which is [`b`, `a`)
   * (`a` excluded, `b` included), so that `businessDaysBetween(d, addBusinessDays(d, n)) === n` for every
   * `n ≠ 0`, negative `n` too.
   */
  businessDaysBetween(a: DateInput, b: DateInput): number;
}
