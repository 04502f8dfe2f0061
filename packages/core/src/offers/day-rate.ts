import { type Exact, ratioOf, scale } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";

/**
 * `days` paid days off valued at a day's base pay: the yearly base over `weeksPerYear × daysPerWeek`
 * working days (52 × 5 = 260, inferred), rounded half up to the minor unit.
 */
export function daysOffValue(
  yearlyBase: Exact,
  days: number,
  policy: Pick<NegotiationPolicy, "weeksPerYear" | "daysPerWeek">,
): Exact {
  const workdays = ratioOf(policy.weeksPerYear * policy.daysPerWeek);
  return {
    units: scale(yearlyBase.units * BigInt(days), { num: workdays.den, den: workdays.num }, "half-up"),
    currency: yearlyBase.currency,
  };
}
