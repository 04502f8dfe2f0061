import { isoWeekday, yearStart } from "./day-number.js";
import type { Holiday } from "./types.js";

/**
 * One year of a calendar, flattened for constant-time look-ups: a flag per day (business day or
 * not) and a running count of business days, so that counting and walking business days can skip
 * whole years and binary-search inside one.
 */
export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  /** Days in the year (365 or 366). */
  readonly length: number;
  /** `business[i]` is 1 when day `i` of the year (0 = 1 January) is a business day. */
  readonly business: Uint8Array;
  /** `count[i]` is the number of business days among days `0..i` of the year. */
  readonly count: Uint16Array;
  /** Business days in the whole year. */
  readonly total: number;
  /** The year's holidays, sorted by date. */
  readonly holidays: readonly Holiday[];
  /** Holidays by day of the year (0-based). */
  readonly byDay: ReadonlyMap<number, readonly Holiday[]>;
}

/** Builds the table of `year` from its weekend days and its holidays (entries outside `year` are ignored). */
export function buildYearTable(year: number, weekend: readonly number[], holidays: readonly Holiday[]): YearTable {
  const start = yearStart(year);
  const length = yearStart(year + 1) - start;
  const business = new Uint8Array(length);
  const rest = new Set(weekend);
  for (let i = 0; i < length; i++) business[i] = rest.has(isoWeekday(start + i)) ? 0 : 1;

  const prefix = String(year).padStart(4, "0");
  const byDay = new Map<number, Holiday[]>();
  for (const holiday of holidays) {
    if (!holiday.date.startsWith(`${prefix}-`)) continue;
    const i = dayOfYear(holiday.date, year);
    if (i < 0 || i >= length) continue;
    business[i] = 0;
    const list = byDay.get(i);
    if (list) list.push(holiday);
    else byDay.set(i, [holiday]);
  }

  const count = new Uint16Array(length);
  let running = 0;
  for (let i = 0; i < length; i++) {
    running += business[i]!;
    count[i] = running;
  }
  const sorted = holidays
    .filter((h) => h.date.startsWith(`${prefix}-`))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    year,
    start,
    length,
    business,
    count,
    total: running,
    holidays: Object.freeze(sorted),
    byDay: new Map([...byDay].map(([k, v]) => [k, Object.freeze(v)])),
  };
}

function dayOfYear(iso: string, year: number): number {
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return -1;
  // Days before each month in a common year; add one after February in a leap year.
  const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return before + (leap && month > 2 ? 1 : 0) + day - 1;
}

/** The first day index `i ≥ from` of `table` with `count[i] ≥ target` (binary search; `count` never decreases). */
export function firstReaching(table: YearTable, from: number, target: number): number {
  let lo = from;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.count[mid]! >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
