import type { HolidaySource } from "../types.js";
import { liveHolidaySource } from "./live-source.js";

/**
 * The holiday source `businessCalendar` uses when none is passed. In the Node build it is the
 * live `date-holidays` source; the browser build swaps this module for one that reads
 * pre-computed tables.
 *
 * @example
 * ```ts
 * defaultHolidaySource.hasCountry("GB"); //=> true
 * ```
 */
export const defaultHolidaySource: HolidaySource = liveHolidaySource;
