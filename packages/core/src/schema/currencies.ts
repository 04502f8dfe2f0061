/**
 * ISO 4217 currencies in use (List One, 2025 edition) with their minor-unit digits, grouped by
 * digits. Embedded as data rather than asked of `Intl`: `Intl.supportedValuesOf("currency")` is
 * missing in older runtimes and varies with the ICU build, and `Intl.NumberFormat` accepts any
 * well-formed three-letter code (`"XYZ"` formats without complaint), so neither can validate.
 * Left out on purpose: precious metals (XAU, XAG, XPD, XPT), the testing and "no currency" codes
 * (XTS, XXX) and the accounting units (XBA–XBD, XDR, XSU, XUA): nobody is paid in them.
 * Kept through their changeover: ANG (replaced by XCG in 2025), BGN (euro from 2026), SLL
 * (redenominated as SLE), so an offer written during the transition still reads.
 */
const BY_DIGITS: Readonly<Record<number, string>> = {
  0: "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
  2:
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
    "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
    "GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL " +
    "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK " +
    "PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB " +
    "TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG",
  3: "BHD IQD JOD KWD LYD OMR TND",
  4: "CLF UYW",
};

const MINOR_UNITS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries(BY_DIGITS).flatMap(([digits, codes]) =>
    codes.split(" ").map((code) => [code, Number(digits)] as const),
  ),
);

/**
 * Whether `code` is an ISO 4217 currency in use (upper case).
 *
 * @example
 * ```ts
 * isCurrencyCode("EUR"); //=> true
 * isCurrencyCode("XYZ"); //=> false
 * ```
 */
export function isCurrencyCode(code: string): boolean {
  return MINOR_UNITS.has(code);
}

/**
 * How many digits follow the decimal point in `code`'s minor unit, or `undefined` for an unknown code.
 *
 * @example
 * ```ts
 * currencyMinorUnits("USD"); //=> 2
 * currencyMinorUnits("JPY"); //=> 0
 * ```
 */
export function currencyMinorUnits(code: string): number | undefined {
  return MINOR_UNITS.get(code);
}

/**
 * The plain-English reason `code` is refused.
 *
 * @example
 * ```ts
 * unknownCurrencyMessage("usd"); //=> '"usd" must be upper case: "USD"'
 * ```
 */
export function unknownCurrencyMessage(code: string): string {
  const shown = JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code);
  const upper = code.toUpperCase();
  if (code !== upper && MINOR_UNITS.has(upper)) return `${shown} must be upper case: "${upper}"`;
  return `${shown} is not an ISO 4217 currency code in use (e.g. "USD", "EUR", "JPY")`;
}

/**
 * Every accepted currency code, sorted (a fresh array). For menus, tests and documentation.
 *
 * @example
 * ```ts
 * currencyCodes().includes("EUR"); //=> true
 * ```
 */
export function currencyCodes(): string[] {
  return [...MINOR_UNITS.keys()].sort();
}
