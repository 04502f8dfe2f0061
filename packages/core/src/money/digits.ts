import { AfterviewValidationError } from "../errors/afterview-error.js";
import { currencyMinorUnits, unknownCurrencyMessage } from "../schema/currencies.js";

/*
 * Two numbers of digits per currency:
 * - the ISO 4217 minor unit (the embedded table): every amount the schemas accept is exact at this
 *   scale, so it is the scale of the integers money is kept in;
 * - the digits in use (from Intl, i.e. CLDR): whole forints, rupiah and pesos are paid although ISO
 *   lists cents for them. Advice figures (an ask, a lever's amount) are rounded to these, and
 *   formatMoney shows these. Intl is trusted only where it knows the currency and does not claim
 *   more digits than ISO; otherwise the ISO digits stand.
 */

const inUse = /* @__PURE__ */ new Map<string, number>();
let supported: ReadonlySet<string> | null | undefined;

function intlCurrencies(): ReadonlySet<string> | null {
  if (supported !== undefined) return supported;
  try {
    const values = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("currency");
    supported = values ? new Set(values) : null;
  } catch {
    supported = null;
  }
  return supported;
}

/**
 * The ISO 4217 minor-unit digits of `currency` (USD 2, JPY 0, KWD 3).
 *
 * @throws {AfterviewValidationError} with code `unknown-currency` for a code that is not ISO 4217.
 * @example
 * ```ts
 * isoDigits("KWD"); //=> 3
 * ```
 */
export function isoDigits(currency: string, path = "currency"): number {
  if (typeof currency !== "string") {
    throw new AfterviewValidationError([
      { path, code: "invalid_type", message: 'expected an ISO 4217 currency code such as "USD"' },
    ]);
  }
  const digits = currencyMinorUnits(currency);
  if (digits === undefined) {
    throw new AfterviewValidationError([{ path, code: "unknown-currency", message: unknownCurrencyMessage(currency) }]);
  }
  return digits;
}

/**
 * The digits `currency` is used with: what the runtime's `Intl` reports
 * (`resolvedOptions().maximumFractionDigits` of a currency format) when it knows the currency and
 * agrees that no more than ISO 4217's digits are needed, else ISO 4217's. JPY 0, USD 2, KWD 3;
 * HUF 0 where ISO says 2, because forints are paid whole.
 *
 * @throws {AfterviewValidationError} with code `unknown-currency` for a code that is not ISO 4217.
 * @example
 * ```ts
 * currencyDigits("JPY"); //=> 0
 * currencyDigits("KWD"); //=> 3
 * ```
 */
export function currencyDigits(currency: string): number {
  const cached = inUse.get(currency);
  if (cached !== undefined) return cached;
  const iso = isoDigits(currency);
  let digits = iso;
  const known = intlCurrencies();
  if (known === null || known.has(currency)) {
    try {
      const intl = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits;
      if (typeof intl === "number" && Number.isInteger(intl) && intl >= 0 && intl <= iso) digits = intl;
    } catch {
      // A runtime without currency data: ISO's digits stand.
    }
  }
  inUse.set(currency, digits);
  return digits;
}
