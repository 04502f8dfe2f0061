import type { Exact } from "../money/exact.js";
import { toMoney } from "../money/exact.js";
import { formatMoney } from "../money/format-money.js";
import type { PayPeriod } from "../schema/enums.js";

const PER: Record<PayPeriod, string> = { hour: "an hour", month: "a month", year: "a year" };

/** `$112,750.00` — exact money for a reason's text (en-US). */
export function show(value: Exact): string {
  return formatMoney(toMoney(value), "en-US");
}

/** `$112,750.00 a year`. */
export function showPer(value: Exact, period: PayPeriod): string {
  return `${show(value)} ${PER[period]}`;
}

/** A share as a whole or one-decimal percentage: `0.1` → `10%`, `0.135` → `13.5%`. */
export function percent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${value}%`;
}
