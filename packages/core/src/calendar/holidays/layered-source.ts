import type { AfterviewError } from "../../errors/afterview-error.js";
import type { HolidaySource } from "../types.js";
import type { TableSource } from "./table-source.js";

/**
 * The default holiday source's shape in both builds: tables first (each asked only for what it
 * covers), then the source the app registered (the live one), which answers what no table holds.
 * With nothing registered, a question no table covers gets the table's own error: a country not
 * loaded, a region it does not know, or a year outside its span, each naming what to add.
 */
export function layeredHolidaySource(
  tables: readonly TableSource[],
  fallback: () => HolidaySource | undefined,
  missingCountryError: (country: string) => AfterviewError,
): HolidaySource {
  const withCountry = (country: string) => tables.find((table) => table.hasCountry(country));
  return Object.freeze({
    holidays(country: string, region: string | undefined, year: number) {
      for (const table of tables) if (table.covers(country, region, year)) return table.holidays(country, region, year);
      const live = fallback();
      if (live) return live.holidays(country, region, year);
      return (withCountry(country) ?? (tables[0] as TableSource)).holidays(country, region, year);
    },
    hasCountry(country: string) {
      return withCountry(country) !== undefined || (fallback()?.hasCountry(country) ?? false);
    },
    regions(country: string) {
      const table = withCountry(country);
      if (table) return table.regions(country);
      return (fallback() ?? (tables[0] as TableSource)).regions(country);
    },
    missingCountryError,
  });
}
