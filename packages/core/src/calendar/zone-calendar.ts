import { AfterviewValidationError } from "../errors/afterview-error.js";
import { businessCalendar, weekdayCalendar } from "./business-calendar.js";
import { ZONE_COUNTRIES } from "./generated/zone-countries.js";
import type { BusinessCalendar } from "./types.js";
import { weekendDays } from "./weekend.js";

/**
 * The country an IANA zone belongs to, when it belongs to exactly one (`"America/Chicago"` → `"US"`);
 * `undefined` for a zone several countries share (`"Europe/Belgrade"`), for `"UTC"`, or for one it
 * does not know.
 *
 * @example
 * ```ts
 * countryOfZone("Europe/London"); //=> "GB"
 * countryOfZone("UTC"); //=> undefined
 * ```
 */
export function countryOfZone(zone: string): string | undefined {
  return Object.hasOwn(ZONE_COUNTRIES, zone) ? ZONE_COUNTRIES[zone] : undefined;
}

/**
 * The best calendar a time zone alone can give: its country's national holidays and weekend when
 * the zone belongs to one country (regional holidays need the region, which a zone cannot tell);
 * the country's weekend alone when there is no holiday data for it; otherwise Monday to Friday.
 * In the browser build, a country whose holidays were not registered is an `AfterviewError`
 * (`holidays-not-loaded`), as it is for `businessCalendar`.
 *
 * @example
 * ```ts
 * calendarForZone("America/New_York").isBusinessDay("2026-11-26"); //=> false (Thanksgiving)
 * calendarForZone("UTC").isBusinessDay("2026-11-26"); //=> true
 * ```
 */
export function calendarForZone(zone: string): BusinessCalendar {
  const country = countryOfZone(zone);
  if (!country) return weekdayCalendar();
  try {
    return businessCalendar({ country });
  } catch (error) {
    if (error instanceof AfterviewValidationError) return weekdayCalendar(weekendDays(country));
    throw error;
  }
}
