import { unknownCountry } from "../calendar-errors.js";
import type { HolidaySource } from "../types.js";
import * as builtIn from "./generated/index.js";
import { layeredHolidaySource } from "./layered-source.js";
import { registeredFallbackSource, registeredHolidayTables } from "./register.js";
import { createTableSource } from "./table-source.js";

/**
 * The holiday source `businessCalendar` uses when none is passed, in the Node build: every
 * country's built-in table (the years in `TABLE_YEARS`), then tables the app registered (which
 * therefore change nothing for a country that is built in: a stale or hand-made table cannot
 * override the shipped data), then the source the app registered for other years
 * (`loadLiveHolidays` from `@afterview/core/live-holidays`). Node needs no `date-holidays` for the
 * tables' years; the browser build swaps this module for one without the built-in tables.
 *
 * @example
 * ```ts
 * defaultHolidaySource.hasCountry("GB"); //=> true
 * ```
 */
export const defaultHolidaySource: HolidaySource = layeredHolidaySource(
  [createTableSource(Object.values(builtIn)), createTableSource(registeredHolidayTables)],
  registeredFallbackSource,
  unknownCountry,
);
