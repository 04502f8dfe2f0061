import Holidays from "date-holidays";
import { AfterviewValidationError } from "../../errors/afterview-error.js";
import {
  countryNotString,
  regionNotString,
  unknownCountry,
  unknownRegion,
  yearOutOfRange,
} from "../calendar-errors.js";
import { dayNumberOfIso, isoOfDayNumber } from "../day-number.js";
import type { Holiday, HolidaySource } from "../types.js";

/** First year the live source answers for. `date-holidays` gives wrong dates for years before 1000. */
export const LIVE_SOURCE_MIN_YEAR = 1000;
/** Last year the live source answers for (`date-holidays` wraps year 10000 to year 0). */
export const LIVE_SOURCE_MAX_YEAR = 9999;

/** Holiday kinds that close offices; `school`, `optional` and `observance` do not (evidence `E-HOL-LIB`). */
const DAY_OFF_TYPES = ["public", "bank"] as const;

/** English names where the data has them, else the country's own language; stable across machines. */
const OPTIONS = { languages: ["en"], types: [...DAY_OFF_TYPES] };

type RawHoliday = ReturnType<Holidays["getHolidays"]>[number];

let countryNames: Readonly<Record<string, string>> | undefined;
const regionLists = /* @__PURE__ */ new Map<string, readonly string[]>();
const instances = /* @__PURE__ */ new Map<string, Holidays>();
const rawYears = /* @__PURE__ */ new Map<string, readonly RawHoliday[]>();
const years = /* @__PURE__ */ new Map<string, readonly Holiday[]>();

function knownCountries(): Readonly<Record<string, string>> {
  countryNames ??= new Holidays().getCountries("en");
  return countryNames;
}

function normalizeCountry(country: unknown): string {
  if (typeof country !== "string") throw countryNotString();
  const code = country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !Object.hasOwn(knownCountries(), code)) throw unknownCountry(country);
  return code;
}

function regionsOf(code: string): readonly string[] {
  let list = regionLists.get(code);
  if (!list) {
    const states = new Holidays().getStates(code, "en") ?? {};
    list = Object.freeze(Object.keys(states).sort());
    regionLists.set(code, list);
  }
  return list;
}

function normalizeRegion(code: string, region: unknown): string | undefined {
  if (region === undefined) return undefined;
  if (typeof region !== "string") throw regionNotString();
  const upper = region.toUpperCase();
  const known = regionsOf(code);
  if (!known.includes(upper)) throw unknownRegion(code, region, known);
  return upper;
}

function instance(code: string, region: string | undefined): Holidays {
  const key = region ? `${code}-${region}` : code;
  let hd = instances.get(key);
  if (!hd) {
    hd = region ? new Holidays(code, region, OPTIONS) : new Holidays(code, OPTIONS);
    instances.set(key, hd);
  }
  return hd;
}

function rawYear(code: string, region: string | undefined, year: number): readonly RawHoliday[] {
  const key = `${code}-${region ?? ""}-${year}`;
  let list = rawYears.get(key);
  if (!list) {
    const prefix = String(year).padStart(4, "0");
    list = instance(code, region)
      .getHolidays(year)
      .filter((h) => (DAY_OFF_TYPES as readonly string[]).includes(h.type) && h.date.startsWith(prefix));
    if (rawYears.size > 2000) rawYears.clear();
    rawYears.set(key, list);
  }
  return list;
}

/**
 * The whole days a `date-holidays` entry takes off, as `YYYY-MM-DD` strings.
 *
 * - Only an entry that starts at 00:00 local time removes days. A part-day holiday that starts
 *   later (Christmas Eve from 14:00 in Germany and Austria, New Year's Eve from 18:00) leaves the
 *   day a business day: offices are open that morning.
 * - A trailing offset such as `-0600` (Islamic holidays, which begin the evening before) is
 *   ignored: the named date is the first whole day off.
 * - An entry lasting several days (Eid al-Fitr for three days in the UAE) yields one day per whole
 *   24 hours of its duration, with an hour of slack for daylight-saving changes.
 */
function daysOff(entry: RawHoliday): string[] {
  if (entry.date.slice(11, 19) !== "00:00:00") return [];
  const first = dayNumberOfIso(entry.date.slice(0, 10));
  const hours = (entry.end.getTime() - entry.start.getTime()) / 3_600_000;
  const count = Math.max(1, Math.floor((hours + 1) / 24));
  const out: string[] = [];
  for (let k = 0; k < count; k++) out.push(isoOfDayNumber(first + k));
  return out;
}

function toHolidays(entries: readonly RawHoliday[], year: number): Holiday[] {
  const prefix = String(year).padStart(4, "0");
  const out: Holiday[] = [];
  for (const entry of entries) {
    for (const date of daysOff(entry)) {
      if (!date.startsWith(prefix)) continue;
      const holiday: Holiday = { date, name: entry.name, type: entry.type as Holiday["type"] };
      if (entry.substitute) holiday.substitute = true;
      out.push(Object.freeze(holiday));
    }
  }
  return out;
}

function holidaysOf(country: unknown, region: unknown, year: unknown): readonly Holiday[] {
  const code = normalizeCountry(country);
  const reg = normalizeRegion(code, region);
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw new AfterviewValidationError([{ path: "year", code: "invalid_type", message: "expected a whole year" }]);
  }
  if (year < LIVE_SOURCE_MIN_YEAR || year > LIVE_SOURCE_MAX_YEAR) {
    throw yearOutOfRange(year, LIVE_SOURCE_MIN_YEAR, LIVE_SOURCE_MAX_YEAR);
  }
  const key = `${code}-${reg ?? ""}-${year}`;
  let list = years.get(key);
  if (!list) {
    // A multi-day holiday that starts in late December spills into the next year.
    const spill = year > LIVE_SOURCE_MIN_YEAR ? toHolidays(rawYear(code, reg, year - 1), year) : [];
    const own = toHolidays(rawYear(code, reg, year), year);
    list = Object.freeze([...spill, ...own].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)));
    if (years.size > 2000) years.clear();
    years.set(key, list);
  }
  return list;
}

/**
 * A {@link HolidaySource} that computes holidays with the `date-holidays` package (207 countries,
 * their states and regions; evidence `E-HOL-LIB`). Keeps `public` and `bank` holidays only, with
 * English names where the data has them. Part-day holidays that start after midnight are left
 * out (they do not close offices for the day); multi-day holidays give one entry per day.
 * Rule sets are cached per country and region, results per year.
 *
 * Unknown countries and regions throw an `AfterviewValidationError` on `country` / `region`;
 * years outside 1000–9999 throw an `AfterviewError` with code `out-of-range`.
 *
 * @example
 * ```ts
 * liveHolidaySource.holidays("US", undefined, 2026).find((h) => h.date === "2026-07-03");
 * //=> { date: "2026-07-03", name: "Independence Day (substitute day)", type: "public", substitute: true }
 * liveHolidaySource.regions("GB"); //=> ["ALD", "ENG", "NIR", "SCT", "WLS"]
 * ```
 */
export const liveHolidaySource: HolidaySource = /* @__PURE__ */ Object.freeze({
  holidays: holidaysOf,
  hasCountry(country: string): boolean {
    return typeof country === "string" && Object.hasOwn(knownCountries(), country.toUpperCase());
  },
  regions(country: string): readonly string[] {
    return regionsOf(normalizeCountry(country));
  },
});
