import type { HolidayTable } from "./holiday-table.js";

/**
 * Freezes a generated table, its arrays included, so that no app can change the holidays
 * another part of the app reads. Used by the generated `tables/*.ts` modules only.
 */
export function defineHolidayTable(table: HolidayTable): HolidayTable {
  Object.freeze(table.years);
  Object.freeze(table.regions);
  Object.freeze(table.names);
  Object.freeze(table.groups);
  Object.freeze(table.series);
  return Object.freeze(table);
}
