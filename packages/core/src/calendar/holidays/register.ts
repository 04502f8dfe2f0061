import { AfterviewValidationError } from "../../errors/afterview-error.js";
import type { HolidaySource } from "../types.js";
import type { HolidayTable } from "./holiday-table.js";

/**
 * The holiday tables registered in this JavaScript realm, by country code. Module-level on purpose:
 * an app registers its countries once, at start-up, and every `businessCalendar` built after that
 * sees them. The default holiday sources read this map.
 */
const registry = /* @__PURE__ */ new Map<string, HolidayTable>();

/** The registered tables, as the default sources read them (live: later registrations show). */
export const registeredHolidayTables: ReadonlyMap<string, HolidayTable> = registry;

/** The source registered for what no table covers (the live `date-holidays` source), if any. */
let fallback: HolidaySource | undefined;

/** The source registered for what no table covers, read at each query so later registrations show. */
export function registeredFallbackSource(): HolidaySource | undefined {
  return fallback;
}

/**
 * Makes holidays known to `@afterview/core`'s default holiday source, in either form:
 * - tables from `@afterview/core/holidays` (the browser build knows no country until its table is
 *   registered; import only the countries the app needs, so the bundle carries only those);
 * - a whole source, such as the live `date-holidays` source from `@afterview/core/live-holidays`,
 *   which then answers every country, region and year that no table covers (the tables span
 *   `TABLE_YEARS`; the live source any year from 1000 to 9999).
 *
 * The Node build has every country's table built in, so it needs a call only for years outside the
 * tables. Registering is idempotent: the same table again changes nothing, a second table for a
 * country replaces the first, and a second source replaces the first.
 *
 * @throws {AfterviewValidationError} on `tables[i]` when an argument is neither (for instance an
 *   import name that does not exist, which bundlers turn into `undefined`).
 *
 * @example
 * ```ts
 * import { registerHolidays, businessCalendar } from "@afterview/core";
 * import { US, GB } from "@afterview/core/holidays";
 * registerHolidays(US, GB);
 * businessCalendar({ country: "GB", region: "SCT" }).isBusinessDay("2026-01-02");
 * //=> false
 * ```
 */
export function registerHolidays(...tables: readonly (HolidayTable | HolidaySource)[]): void {
  const checked = tables.map((table, index) => {
    if (!isHolidayTable(table) && !isHolidaySource(table)) {
      throw new AfterviewValidationError(
        [
          {
            path: `tables[${index}]`,
            code: "invalid_type",
            message: `expected a holiday table imported from "@afterview/core/holidays" (such as US or GB) or a holiday source, got ${describe(table)}`,
          },
        ],
        { subject: "holiday tables" },
      );
    }
    return table;
  });
  for (const table of checked) {
    if (isHolidayTable(table)) registry.set(table.country, table);
    else fallback = table;
  }
}

/** True when `value` has the methods of a {@link HolidaySource}. */
function isHolidaySource(value: unknown): value is HolidaySource {
  if (typeof value !== "object" || value === null) return false;
  const source = value as Partial<Record<keyof HolidaySource, unknown>>;
  return (
    typeof source.holidays === "function" &&
    typeof source.hasCountry === "function" &&
    typeof source.regions === "function"
  );
}

/** True when `value` has the shape of a table from `@afterview/core/holidays`. */
export function isHolidayTable(value: unknown): value is HolidayTable {
  if (typeof value !== "object" || value === null) return false;
  const table = value as Partial<Record<keyof HolidayTable, unknown>>;
  return (
    typeof table.country === "string" &&
    /^[A-Z]{2}$/.test(table.country) &&
    Array.isArray(table.years) &&
    table.years.length === 2 &&
    table.years.every((year) => Number.isInteger(year) && year >= 1000 && year <= 9999) &&
    (table.years[0] as number) <= (table.years[1] as number) &&
    isTextList(table.regions) &&
    isTextList(table.names) &&
    isTextList(table.groups) &&
    isTextList(table.series)
  );
}

function isTextList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** A short description of a value that is not a holiday table, for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? "an object that is not one"
    : String(typeof value === "string" ? `"${value}"` : value);
}
