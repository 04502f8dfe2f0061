import type { Money } from "../schema/offer.js";
import { isoDigits } from "./digits.js";

/*
 * Exact money: an integer count of ISO 4217 minor units (cents, fils, yen) as a bigint, so sums,
 * products by policy factors and conversions never drift. Amounts cross the API in major units.
 */

/** An amount as an integer number of the currency's ISO 4217 minor units. */
export interface Exact {
  /** Minor units (cents for USD, yen for JPY, fils for KWD). */
  units: bigint;
  currency: string;
}

/** A rational number, `num / den`, with `den > 0`. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** How a division that does not come out even is rounded. */
export type Rounding = "down" | "half-up" | "up";

/**
 * `amount` (major units) as minor units: read from its shortest decimal form (how JSON writes it)
 * and rounded half up to `digits` places, so `95000.55` dollars is exactly 9,500,055 cents at any size
 * and `0.1 + 0.2` dollars is 30 cents. No binary rounding step (`toFixed` misread large amounts).
 */
export function unitsOf(amount: number, digits: number): bigint {
  const negative = amount < 0;
  const [mantissa = "0", exponentText] = String(Math.abs(amount)).toLowerCase().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  // The decimal as an integer `digitsOnly` × 10^-scale.
  const scale = fraction.length - Number(exponentText ?? 0);
  const digitsOnly = BigInt(whole + fraction);
  let units: bigint;
  if (scale <= digits) units = digitsOnly * 10n ** BigInt(digits - scale);
  else {
    const divisor = 10n ** BigInt(scale - digits);
    units = digitsOnly / divisor + ((digitsOnly % divisor) * 2n >= divisor ? 1n : 0n);
  }
  return negative ? -units : units;
}

/** Minor units back to a number of major units: the double nearest the exact decimal. */
export function amountOf(units: bigint, digits: number): number {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, "0");
  const major = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  const value = Number(major);
  return negative ? -value : value;
}

/** The exact form of validated money. */
export function exact(money: Money): Exact {
  return { units: unitsOf(money.amount, isoDigits(money.currency)), currency: money.currency };
}

/** Exact money back to major units. */
export function toMoney(value: Exact): Money {
  return { amount: amountOf(value.units, isoDigits(value.currency)), currency: value.currency };
}

/** `x` as an exact ratio read from its shortest decimal form (`37.5` → 375/10, `1.1` → 11/10). */
export function ratioOf(x: number): Ratio {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const [mantissa = "0", exponentText] = String(x).toLowerCase().split("e");
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = mantissa.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  let num = BigInt(whole + fraction);
  let den = 10n ** BigInt(fraction.length);
  if (exponent > 0) num *= 10n ** BigInt(exponent);
  if (exponent < 0) den *= 10n ** BigInt(-exponent);
  return { num: negative ? -num : num, den };
}

/** The product of ratios. */
export function times(...ratios: Ratio[]): Ratio {
  return ratios.reduce((a, b) => ({ num: a.num * b.num, den: a.den * b.den }), { num: 1n, den: 1n });
}

/** `a / b` for non-negative `a` and positive `b`, rounded as asked. */
export function divide(a: bigint, b: bigint, rounding: Rounding): bigint {
  const q = a / b;
  const r = a % b;
  if (r === 0n) return q;
  if (rounding === "down") return q;
  if (rounding === "up") return q + 1n;
  return 2n * r >= b ? q + 1n : q;
}

/** `units × ratio`, rounded to a whole minor unit as asked. */
export function scale(units: bigint, ratio: Ratio, rounding: Rounding = "half-up"): bigint {
  return divide(units * ratio.num, ratio.den, rounding);
}
