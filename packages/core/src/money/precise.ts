import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toValidationIssues } from "../schema/messages.js";
import { type Money, MoneySchema } from "../schema/offer.js";
import { currencyDigits, isoDigits } from "./digits.js";
import { divide, type Exact, exact } from "./exact.js";

/*
 * E-NEG-PRECISE: a precise first figure draws smaller counter-moves than a round one. The rule, exactly:
 *
 *   Write the amount in the currency's minor unit as an integer u with n digits (112,750.00 USD is
 *   u = 11,275,000, n = 8). Its second significant digit sits at place 10^(n−2) (here 10^6 cents =
 *   10,000 dollars). The amount is precise when u is NOT a multiple of that place.
 *
 *   112,750 → precise (not a multiple of 10,000). 110,000 → round. 112,000 → precise by this rule
 *   (its third significant digit is not 0), 95,000 → round (a multiple of 1,000), 27.50 → precise.
 *   An amount below 100 minor units cannot be precise.
 *
 * The figures afterview suggests are stricter: four significant digits, the fourth not zero
 * (111,900 rather than 112,000; 57,190 rather than 57,200), in the currency's unit in use (see
 * `currencyDigits`), never finer than its minor unit: see `preciseAtMost`. Every such figure is also
 * precise by the rule above.
 */

function pow10(n: number): bigint {
  return 10n ** BigInt(Math.max(0, n));
}

/** Whether a non-negative integer count of units passes the rule above. */
export function isPreciseUnits(units: bigint): boolean {
  if (units < 100n) return false;
  const n = units.toString().length;
  return units % pow10(n - 2) !== 0n;
}

/** The grid step of a suggested figure with `n` digits: its fourth significant digit's place (at least 1). */
function gridOf(units: bigint): bigint {
  return pow10(units.toString().length - 4);
}

/** A suggested figure: on its own fourth-significant-digit grid, with that digit not zero (so at least 1,000 units). */
function isSuggested(units: bigint): boolean {
  const n = units.toString().length;
  return n >= 4 && units % gridOf(units) === 0n && units % pow10(n - 3) !== 0n;
}

/**
 * The largest suggested figure ≤ `limit` (units in use), or `null` below 1,000 units. Monotone: a
 * larger limit never gives a smaller figure, because the set of suggested figures does not depend on
 * the limit.
 */
export function preciseUnitsAtMost(limit: bigint): bigint | null {
  if (limit < 1000n) return null;
  let v = (limit / gridOf(limit)) * gridOf(limit);
  while (v >= 1000n) {
    if (isSuggested(v)) return v;
    const w = v - 1n;
    v = (w / gridOf(w)) * gridOf(w);
  }
  return null;
}

/**
 * The largest precise figure at most `limit`, in `limit`'s currency, rounded down to the unit the
 * currency is used in (whole yen, whole forints, cents, fils). `null` when there is none (tiny amounts).
 */
export function preciseAtMost(limit: Exact): Exact | null {
  const step = pow10(isoDigits(limit.currency) - currencyDigits(limit.currency));
  const found = preciseUnitsAtMost(divide(limit.units < 0n ? 0n : limit.units, step, "down"));
  return found === null ? null : { units: found * step, currency: limit.currency };
}

/**
 * Whether `money` is a precise figure in the sense of E-NEG-PRECISE: written in the currency's minor
 * unit, it is not a multiple of its own second significant digit's place.
 *
 * @throws {AfterviewValidationError} for money that does not validate.
 * @example
 * ```ts
 * isPreciseAmount({ amount: 112750, currency: "USD" }); //=> true
 * isPreciseAmount({ amount: 110000, currency: "USD" }); //=> false
 * isPreciseAmount({ amount: 95000, currency: "USD" });  //=> false (a multiple of 1,000)
 * ```
 */
export function isPreciseAmount(money: Money): boolean {
  const parsed = z.safeParse(MoneySchema, money, { reportInput: true });
  if (!parsed.success) {
    throw new AfterviewValidationError(toValidationIssues(parsed.error.issues), { subject: "money" });
  }
  return isPreciseUnits(exact(parsed.data).units);
}
