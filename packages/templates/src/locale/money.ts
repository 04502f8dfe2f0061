import type { Money } from "@afterview/core";
import { currencyMinorUnits } from "@afterview/core/schema";
import type { Locale } from "../document/types.js";

/**
 * An amount of money as a reader expects it: `$105,000` (en-US), `£62,500` (en-GB), `US$105,000`
 * when a British reader sees dollars. Whole amounts show no decimals; others show the currency's
 * minor unit.
 */
export function formatAmount(money: Money, locale: Locale): string {
  const digits = currencyMinorUnits(money.currency) ?? 2;
  const whole = Number.isInteger(money.amount);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: money.currency,
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: whole ? 0 : digits,
  }).format(money.amount);
}
