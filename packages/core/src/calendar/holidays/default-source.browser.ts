import type { HolidaySource } from "../types.js";
import { layeredHolidaySource } from "./layered-source.js";
import { registeredFallbackSource, registeredHolidayTables } from "./register.js";
import { createTableSource, holidaysNotLoaded } from "./table-source.js";

/**
 * The holiday source `businessCalendar` uses when none is passed, in the browser build (the build
 * swaps `default-source.ts` for this module). It answers from the tables the app registered with
 * `registerHolidays`, then from a registered source if there is one; asking for any other country
 * throws an `AfterviewError` with code `holidays-not-loaded` that names the import to add.
 *
 * @example
 * ```ts
 * registerHolidays(GB);
 * defaultHolidaySource.hasCountry("GB"); //=> true
 * defaultHolidaySource.hasCountry("FR"); //=> false
 * ```
 */
export const defaultHolidaySource: HolidaySource = /* @__PURE__ */ layeredHolidaySource(
  [/* @__PURE__ */ createTableSource(registeredHolidayTables)],
  registeredFallbackSource,
  holidaysNotLoaded,
);
