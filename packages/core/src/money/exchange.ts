import { AfterviewError } from "../errors/afterview-error.js";
import { isoDigits } from "./digits.js";
import { type Exact, ratioOf, scale } from "./exact.js";

/**
 * Exchange rates given by the caller: `rates.EUR = 1.08` means one euro is worth 1.08 units of the
 * currency everything is being compared in. Core never looks a rate up.
 */
export type ExchangeRates = Readonly<Record<string, number>>;

/**
 * `value` in `to`, at the caller's rate (rounded half up to `to`'s minor unit). Two currencies
 * without a rate are never combined silently.
 *
 * @throws {AfterviewError} with code `currency-mismatch` when `rates` has no rate for `value.currency`.
 */
export function convertCurrency(value: Exact, to: string, rates: ExchangeRates | undefined, what: string): Exact {
  if (value.currency === to) return value;
  const rate = rates?.[value.currency];
  if (rate === undefined) {
    throw new AfterviewError(
      "currency-mismatch",
      `${what} is in ${value.currency} but the comparison is in ${to}, and no rate was given: pass rates: { ${value.currency}: <${to} per ${value.currency}> }`,
    );
  }
  const r = ratioOf(rate);
  const shift = isoDigits(to) - isoDigits(value.currency);
  const num = shift >= 0 ? r.num * 10n ** BigInt(shift) : r.num;
  const den = shift >= 0 ? r.den : r.den * 10n ** BigInt(-shift);
  return { units: scale(value.units, { num, den }, "half-up"), currency: to };
}
