import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { toValidationIssues } from "../schema/messages.js";
import { type Money, MoneySchema } from "../schema/offer.js";
import { currencyDigits, isoDigits } from "./digits.js";
import { exact } from "./exact.js";

const formatters = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();
const FORMATTER_CACHE_SIZE = 256;

function formatter(locale: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    if (formatters.size >= FORMATTER_CACHE_SIZE) formatters.clear();
    formatters.set(key, found);
  }
  return found;
}

/** Validates a locale tag; returns the canonical form. */
function readLocale(locale: unknown): string {
  if (locale === undefined) return "en-US";
  if (typeof locale === "string" && locale.length <= 100) {
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical) return canonical;
    } catch {
      // falls through to the validation error
    }
  }
  throw new AfterviewValidationError([
    {
      path: "locale",
      code: "invalid_value",
      message:
        typeof locale === "string"
          ? `${JSON.stringify(locale.slice(0, 100))} is not a BCP 47 locale tag`
          : `expected a BCP 47 locale tag such as "en-US", got ${locale === null ? "null" : typeof locale}`,
    },
  ]);
}

/**
 * `money` written for people in `locale` (default `"en-US"`), with the digits the currency is used
 * with (whole yen, cents, fils; see `currencyDigits`). A part below that unit is never hidden: then
 * the ISO 4217 digits are shown. Formatted from the exact decimal, not a rounded float.
 *
 * @throws {AfterviewValidationError} for money that does not validate or a malformed locale.
 * @example
 * ```ts
 * formatMoney({ amount: 112750, currency: "USD" });          //=> "$112,750.00"
 * formatMoney({ amount: 6600000, currency: "JPY" }, "ja-JP"); //=> "￥6,600,000"
 * formatMoney({ amount: 1234.5, currency: "KWD" }, "en-US");  //=> "KWD 1,234.500"
 * ```
 */
export function formatMoney(money: Money, locale?: string): string {
  const parsed = z.safeParse(MoneySchema, money, { reportInput: true });
  if (!parsed.success) {
    throw new AfterviewValidationError(toValidationIssues(parsed.error.issues), { subject: "money" });
  }
  const tag = readLocale(locale);
  const { units, currency } = exact(parsed.data);
  const iso = isoDigits(currency);
  const inUse = currencyDigits(currency);
  const digits = units % 10n ** BigInt(iso - inUse) === 0n ? inUse : iso;
  const text = units.toString().padStart(iso + 1, "0");
  const decimal = iso === 0 ? text : `${text.slice(0, -iso)}.${text.slice(-iso)}`;
  // Intl formats a decimal string exactly where the runtime supports it, and reads it as a number otherwise.
  return formatter(tag, currency, digits).format(decimal as unknown as number);
}
