import type { PayPeriod } from "../schema/enums.js";
import { isoDigits } from "./digits.js";
import type { Rounding } from "./exact.js";
import { type Exact, unitsOf } from "./exact.js";
import { convertCurrency, type ExchangeRates } from "./exchange.js";
import { convertPeriod, type PeriodAssumptions } from "./pay-period.js";

/** The currency and pay period figures are compared in. */
export interface Terms {
  currency: string;
  period: PayPeriod;
}

/**
 * `value` paid per `period`, restated in `terms`: converted at the caller's rate, then to the other
 * period with the policy's assumptions.
 *
 * @throws {AfterviewError} `currency-mismatch` when a rate is missing.
 */
export function restate(
  value: Exact,
  period: PayPeriod,
  terms: Terms,
  rates: ExchangeRates | undefined,
  assumptions: PeriodAssumptions,
  what: string,
  rounding: Rounding = "half-up",
): Exact {
  const converted = convertCurrency(value, terms.currency, rates, what);
  return convertPeriod(converted, period, terms.period, assumptions, rounding);
}

/** A plain number of major units of `currency` (validated elsewhere) as exact money. */
export function exactAmount(amount: number, currency: string): Exact {
  return { units: unitsOf(amount, isoDigits(currency)), currency };
}
