import { AfterviewValidationError } from "../../errors/afterview-error.js";
import type { HolidayTable } from "./holiday-table.js";

/**
 * The holiday tables registered in this JavaScript realm, by country code. Module-level on purpose:
 * an app registers its countries once, at start-up, and every `businessCalendar` built after that
 * sees them. The browser build's default holiday source reads this map.
 */
const registry = /* @__PURE__ */ new Map<string, HolidayTable>();

/** The registered tables, as the browser build's default source reads them (live: later registrations show). */
export const registeredHolidayTables: ReadonlyMap<string, HolidayTable> = registry;

/**
 * Makes the holidays of the given countries known to the browser build of `@afterview/core`.
 * Import each country's table from `@afterview/core/holidays` (one named export per country, so the
 * bundle carries only those) and register them once, before building calendars.
 *
 * Registering is idempotent: the same table again changes nothing, and a second table for a country
 * replaces the first. In the Node build the call is accepted and the tables are kept, but calendars
 * ignore them: Node computes every country and year live from `date-holidays`, which is complete.
 *
 * @throws {AfterviewValidationError} on `tables[i]` when an argument is not a table (for instance an
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
export function registerHolidays(...tables: readonly HolidayTable[]): void {
  const checked = tables.map((table, index) => {
    if (!isHolidayTable(table)) {
      throw new AfterviewValidationError(
        [
          {
            path: `tables[${index}]`,
            code: "invalid_type",
            message: `expected a holiday table imported from "@afterview/core/holidays" (such as US or GB), got ${describe(table)}`,
          },
        ],
        { subject: "holiday tables" },
      );
    }
    return table;
  });
  for (const table of checked) registry.set(table.country, table);
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
