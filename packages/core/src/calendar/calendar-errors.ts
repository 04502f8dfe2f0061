import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { isIsoCountry } from "./iso-countries.js";

/**
 * The wording of calendar input errors, shared by `businessCalendar` and the holiday sources so
 * that the same mistake reads the same wherever it is caught.
 */

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** `country` is not a string. */
export function countryNotString(): AfterviewValidationError {
  return new AfterviewValidationError([
    { path: "country", code: "invalid_type", message: 'expected an ISO 3166-1 alpha-2 country code such as "US"' },
  ]);
}

/**
 * `country` is a string but no country this calendar knows: either no ISO 3166-1 alpha-2 code, or
 * a real country that the holiday data does not cover (the code is `unknown-country` either way).
 */
export function unknownCountry(value: string): AfterviewValidationError {
  const code = value.toUpperCase();
  const message = isIsoCountry(code)
    ? `no holiday data is available for ${code}; for its weekends alone use weekdayCalendar(weekendDays("${code}"))`
    : `${quote(value)} is not an ISO 3166-1 alpha-2 country code (use two letters such as "US", "GB", "DE")`;
  return new AfterviewValidationError([{ path: "country", code: "unknown-country", message }]);
}

/** `region` is not a string. */
export function regionNotString(): AfterviewValidationError {
  return new AfterviewValidationError([
    { path: "region", code: "invalid_type", message: 'expected a region code such as "NY", "SCT" or "BY"' },
  ]);
}

/** `region` is not one of `known`, the regions of `country`. */
export function unknownRegion(country: string, region: string, known: readonly string[]): AfterviewValidationError {
  const hint =
    known.length === 0 ? `${country} has no regions here; leave region out` : `use one of ${known.join(", ")}`;
  return new AfterviewValidationError([
    { path: "region", code: "unknown-region", message: `${quote(region)} is not a region of ${country} (${hint})` },
  ]);
}

/** A year outside the span a holiday source can compute. */
export function yearOutOfRange(year: number, min: number, max: number): AfterviewError {
  return new AfterviewError(
    "out-of-range",
    `year ${year} is outside the span ${min}–${max} that holidays are known for`,
  );
}
