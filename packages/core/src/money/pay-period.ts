import type { NegotiationPolicy } from "../policy/defaults.js";
import type { PayPeriod } from "../schema/enums.js";
import { type Exact, type Ratio, type Rounding, ratioOf, scale, times } from "./exact.js";

/** The assumptions that turn one pay period into another. */
export type PeriodAssumptions = Pick<NegotiationPolicy, "hoursPerWeek" | "weeksPerYear">;

/**
 * How many of `period` make a year: an hour is `hoursPerWeek × weeksPerYear` of them (40 × 52 = 2,080
 * by default, inferred), a month 12, a year 1.
 */
export function periodsPerYear(period: PayPeriod, assumptions: PeriodAssumptions): Ratio {
  if (period === "year") return { num: 1n, den: 1n };
  if (period === "month") return { num: 12n, den: 1n };
  return times(ratioOf(assumptions.hoursPerWeek), ratioOf(assumptions.weeksPerYear));
}

/** `value`, paid per `from`, as the same pay per `to`, rounded to the minor unit as asked. */
export function convertPeriod(
  value: Exact,
  from: PayPeriod,
  to: PayPeriod,
  assumptions: PeriodAssumptions,
  rounding: Rounding = "half-up",
): Exact {
  if (from === to) return value;
  const a = periodsPerYear(from, assumptions);
  const b = periodsPerYear(to, assumptions);
  return { units: scale(value.units, { num: a.num * b.den, den: a.den * b.num }, rounding), currency: value.currency };
}

/** The plain-English assumption behind a conversion, for `why[]`; empty when none was needed. */
export function periodAssumption(from: PayPeriod, to: PayPeriod, assumptions: PeriodAssumptions): string {
  if (from === to) return "";
  if (from === "hour" || to === "hour") {
    return `assuming ${assumptions.hoursPerWeek} hours a week for ${assumptions.weeksPerYear} weeks a year`;
  }
  return "assuming 12 monthly payments a year";
}
