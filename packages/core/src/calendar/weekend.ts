import { countryNotString } from "./calendar-errors.js";

/**
 * Weekend days per country, written out from the CLDR `weekendData` table (CLDR 48, the data
 * Node 20's ICU 78 ships).
 *
 * Why a table and not `Intl.Locale.prototype.weekInfo`: that accessor is not in every engine the
 * SDK targets (older browsers and engines built with small ICU data lack it, and newer V8 renamed
 * it to `getWeekInfo()`), and core must give the same answer everywhere. A test compares this
 * table with the running engine's ICU where the engine has it.
 *
 * Countries not listed rest on Saturday and Sunday (CLDR's default for the world, `001`).
 * Notable entries: the United Arab Emirates moved to Saturday–Sunday in 2022 (CLDR 42), so it
 * is not in the Friday–Saturday list; CLDR gives Nepal Saturday–Sunday too.
 */

const SATURDAY_SUNDAY: readonly number[] = /* @__PURE__ */ Object.freeze([6, 7]);

/** Countries whose weekend is not Saturday–Sunday, as ISO weekday numbers (1 = Monday … 7 = Sunday). */
const WEEKEND_EXCEPTIONS: Readonly<Record<string, readonly number[]>> = /* @__PURE__ */ (() => {
  const table: Record<string, readonly number[]> = {};
  const set = (codes: string, days: number[]) => {
    const frozen = Object.freeze(days);
    for (const code of codes.split(" ")) table[code] = frozen;
  };
  // Friday and Saturday.
  set("BH DZ EG IL IQ JO KW LY OM QA SA SD SY YE", [5, 6]);
  // Thursday and Friday.
  set("AF", [4, 5]);
  // Friday only.
  set("IR", [5]);
  // Sunday only.
  set("IN UG", [7]);
  return Object.freeze(table);
})();

/**
 * The weekend of a country as ISO weekday numbers (1 = Monday … 7 = Sunday), ascending.
 * Unknown or absent codes get Saturday–Sunday. Case-insensitive.
 *
 * @example
 * ```ts
 * weekendDays("US"); //=> [6, 7]
 * weekendDays("sa"); //=> [5, 6]
 * weekendDays("IN"); //=> [7]
 * ```
 */
export function weekendDays(country: string): readonly number[] {
  if (typeof country !== "string") throw countryNotString();
  return WEEKEND_EXCEPTIONS[country.toUpperCase()] ?? SATURDAY_SUNDAY;
}
