/**
 * `@afterview/core/holidays`: one pre-computed holiday table per country (`US`, `GB`, `DE`, …,
 * ISO 3166-1 alpha-2 codes), for the browser build. Import only the countries your app needs, so the
 * bundle carries only those, and register them:
 *
 * ```ts
 * import { registerHolidays } from "@afterview/core";
 * import { US, GB } from "@afterview/core/holidays";
 * registerHolidays(US, GB);
 * ```
 *
 * The tables cover the years in `TABLE_YEARS` and derive from `date-holidays` data (CC BY-SA 3.0;
 * see LICENSE-date-holidays-data.md). The Node build does not need them.
 *
 * @packageDocumentation
 */

export { TABLE_YEARS } from "./calendar/holidays/generated/catalog.js";
// The generated index holds only the country tables, one named export each.
export * from "./calendar/holidays/generated/index.js";
export type { HolidayTable } from "./calendar/holidays/holiday-table.js";
