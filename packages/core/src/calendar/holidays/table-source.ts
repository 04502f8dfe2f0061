import { AfterviewError, AfterviewValidationError } from "../../errors/afterview-error.js";
import { countryNotString, regionNotString, unknownCountry, unknownRegion } from "../calendar-errors.js";
import type { Holiday, HolidaySource } from "../types.js";
import { TABLE_COUNTRIES } from "./generated/catalog.js";
import { type DecodedTable, decodeTable, type HolidayTable, holidaysOf } from "./holiday-table.js";
import { describe, isHolidayTable } from "./register.js";

interface TableCache {
  decoded: DecodedTable;
  /** `member:year` → that year's holidays. */
  years: Map<string, readonly Holiday[]>;
}

/** Decoded tables, shared by every table source: a table is decoded once, on its first query. */
const caches = /* @__PURE__ */ new WeakMap<HolidayTable, TableCache>();

function cacheOf(table: HolidayTable): TableCache {
  let cache = caches.get(table);
  if (!cache) {
    cache = { decoded: decodeTable(table), years: new Map() };
    caches.set(table, cache);
  }
  return cache;
}

/**
 * The error for a real country whose table is not registered: it names the country and the exact
 * lines that load it. A code that names no country gets the usual `unknown-country` validation error.
 *
 * @example
 * ```ts
 * holidaysNotLoaded("FR").message;
 * //=> 'No holiday data for FR is loaded in this browser build of @afterview/core. Add:\n  import { FR } from "@afterview/core/holidays";\n  registerHolidays(FR);'
 * ```
 */
export function holidaysNotLoaded(country: string): AfterviewError {
  const code = country.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !TABLE_COUNTRIES.split(" ").includes(code)) return unknownCountry(country);
  return new AfterviewError(
    "holidays-not-loaded",
    `No holiday data for ${code} is loaded in this browser build of @afterview/core. Add:\n` +
      `  import { ${code} } from "@afterview/core/holidays";\n` +
      `  registerHolidays(${code});`,
  );
}

/**
 * The error for a year outside a table's span: it names the span and how to get every year, which
 * is the live source, loaded only when the app asks for it.
 */
export function yearOutsideTables(country: string, year: number, from: number, to: number): AfterviewError {
  return new AfterviewError(
    "out-of-range",
    `year ${year} is outside ${from}–${to}, the years of the built-in ${country} holiday table. ` +
      "For any year from 1000 to 9999, install date-holidays (npm install date-holidays) and register the live source:\n" +
      '  import { loadLiveHolidays } from "@afterview/core/live-holidays";\n' +
      "  registerHolidays(await loadLiveHolidays());",
  );
}

/** A table source: a {@link HolidaySource} that also tells which countries, regions and years its tables hold. */
export interface TableSource extends HolidaySource {
  missingCountryError(country: string): AfterviewError;
  /** True when a table holds `country` (and `region`) in `year`. */
  covers(country: string, region: string | undefined, year: number): boolean;
}

/**
 * A {@link HolidaySource} over pre-computed holiday tables (from `@afterview/core/holidays`), the
 * default source of the browser build. Pass a `Map` from country code to table to have the source
 * follow later additions to that map (this is how `registerHolidays` works), or any list of tables
 * for a fixed set. A table is decoded on its first query; each country, region and year is computed
 * once and then served from a cache.
 *
 * Errors: a country with no table → `AfterviewError` `holidays-not-loaded` naming the import to add;
 * a year outside the table's span → `AfterviewError` `out-of-range` naming the span; a code that is
 * no country, or a region the country does not have → `AfterviewValidationError` on `country` / `region`.
 *
 * @example
 * ```ts
 * import { GB } from "@afterview/core/holidays";
 * const source = createTableSource([GB]);
 * source.holidays("GB", "SCT", 2026).find((h) => h.date === "2026-01-02");
 * //=> { date: "2026-01-02", name: "January 2nd", type: "public" }
 * source.holidays("FR", undefined, 2026);
 * //=> throws AfterviewError, code "holidays-not-loaded"
 * ```
 */
export function createTableSource(tables: ReadonlyMap<string, HolidayTable> | Iterable<HolidayTable>): TableSource {
  const byCountry: ReadonlyMap<string, HolidayTable> = tables instanceof Map ? tables : tableMap(tables);

  function tableOf(country: unknown): HolidayTable {
    if (typeof country !== "string") throw countryNotString();
    const table = byCountry.get(country.toUpperCase());
    if (!table) throw holidaysNotLoaded(country);
    return table;
  }

  function memberOf(table: HolidayTable, region: unknown): number {
    if (region === undefined) return 0;
    if (typeof region !== "string") throw regionNotString();
    const upper = region.toUpperCase();
    const index = table.regions.findIndex((code) => code.toUpperCase() === upper);
    if (index < 0) throw unknownRegion(table.country, region, table.regions);
    return index + 1;
  }

  return Object.freeze({
    holidays(country: string, region: string | undefined, year: number): readonly Holiday[] {
      const table = tableOf(country);
      const member = memberOf(table, region);
      if (typeof year !== "number" || !Number.isInteger(year)) {
        throw new AfterviewValidationError([{ path: "year", code: "invalid_type", message: "expected a whole year" }]);
      }
      const [from, to] = table.years;
      if (year < from || year > to) {
        throw yearOutsideTables(table.country, year, from, to);
      }
      const cache = cacheOf(table);
      const key = `${member}:${year}`;
      let list = cache.years.get(key);
      if (!list) {
        list = Object.freeze(holidaysOf(cache.decoded, member, year).map((h) => Object.freeze(h)));
        cache.years.set(key, list);
      }
      return list;
    },
    hasCountry(country: string): boolean {
      return typeof country === "string" && byCountry.has(country.toUpperCase());
    },
    regions(country: string): readonly string[] {
      return tableOf(country).regions;
    },
    missingCountryError(country: string): AfterviewError {
      return typeof country === "string" ? holidaysNotLoaded(country) : countryNotString();
    },
    covers(country: string, region: string | undefined, year: number): boolean {
      // Anything malformed is "not covered": the table's own `holidays` then names what is wrong.
      const table = typeof country === "string" ? byCountry.get(country.toUpperCase()) : undefined;
      if (!table || typeof year !== "number" || year < table.years[0] || year > table.years[1]) return false;
      if (region === undefined) return true;
      const upper = typeof region === "string" ? region.toUpperCase() : "";
      return table.regions.some((code) => code.toUpperCase() === upper);
    },
  });
}

/** `tables` as a map by country; an AfterviewValidationError naming `tables[i]` when an entry is not a table. */
function tableMap(tables: unknown): Map<string, HolidayTable> {
  if (
    typeof tables !== "object" ||
    tables === null ||
    typeof (tables as Iterable<unknown>)[Symbol.iterator] !== "function"
  ) {
    throw new AfterviewValidationError(
      [{ path: "tables", code: "invalid_type", message: "expected a list of holiday tables such as [US, GB]" }],
      { subject: "holiday tables" },
    );
  }
  const byCountry = new Map<string, HolidayTable>();
  let index = 0;
  for (const table of tables as Iterable<unknown>) {
    if (!isHolidayTable(table)) {
      throw new AfterviewValidationError(
        [
          {
            path: `tables[${index}]`,
            code: "invalid_type",
            message: `expected a holiday table imported from "@afterview/core/holidays", got ${describe(table)}`,
          },
        ],
        { subject: "holiday tables" },
      );
    }
    byCountry.set(table.country, table);
    index++;
  }
  return byCountry;
}
