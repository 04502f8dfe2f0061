/**
 * `@afterview/core/live-holidays`: holidays for any year from 1000 to 9999, computed by the
 * `date-holidays` package, for apps that plan outside the years of the built-in tables
 * (`TABLE_YEARS`). `date-holidays` is an optional peer dependency: install it, then register the
 * source once at start-up.
 *
 * ```ts
 * import { registerHolidays } from "@afterview/core";
 * import { loadLiveHolidays } from "@afterview/core/live-holidays";
 * registerHolidays(await loadLiveHolidays());
 * ```
 *
 * @packageDocumentation
 */

import type { HolidaySource } from "./calendar/types.js";
import { isMissingPackage, missingDependency } from "./errors/missing-dependency.js";

/** The `date-holidays` versions the live source is tested with (also the optional peer range). */
const DATE_HOLIDAYS = "date-holidays@^3.37.0";

/**
 * Loads the live holiday source, which reads the `date-holidays` package (207 countries, their
 * states and regions; evidence `E-HOL-LIB`): public and bank holidays only, English names where the
 * data has them. Pass it to `registerHolidays` so that every calendar uses it for what the built-in
 * tables do not hold, or to `businessCalendar({ country, source })` for one calendar.
 *
 * @throws {AfterviewError} `missing-dependency` when `date-holidays` is not installed; the message
 *   names the install line.
 *
 * @example
 * ```ts
 * const live = await loadLiveHolidays();
 * live.holidays("US", undefined, 2051).find((h) => h.date === "2051-07-04")?.name;
 * //=> "Independence Day"
 * ```
 */
export async function loadLiveHolidays(): Promise<HolidaySource> {
  try {
    const { liveHolidaySource } = await import("./calendar/holidays/live-source.js");
    return liveHolidaySource;
  } catch (error) {
    if (isMissingPackage(error, "date-holidays")) throw missingDependency("loadLiveHolidays", [DATE_HOLIDAYS], error);
    throw error;
  }
}
