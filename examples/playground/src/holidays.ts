import { registerHolidays } from "@afterview/core";
import { AU, CA, DE, GB, US } from "@afterview/core/holidays";

/**
 * The countries this page offers, with the holiday table of each. The browser build of core knows
 * no holidays until they are registered, and importing only these five keeps the others out of
 * the bundle.
 */
export const COUNTRIES = [
  { code: "US", name: "United States", table: US },
  { code: "GB", name: "United Kingdom", table: GB },
  { code: "DE", name: "Germany", table: DE },
  { code: "CA", name: "Canada", table: CA },
  { code: "AU", name: "Australia", table: AU },
] as const;

/** Registers the offered countries' holidays with core; call once, before planning. */
export function registerOfferedHolidays(): void {
  registerHolidays(...COUNTRIES.map((country) => country.table));
}
