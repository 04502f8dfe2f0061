/**
 * The ISO 3166-1 alpha-2 codes officially assigned by the ISO 3166 Maintenance Agency (249),
 * plus `XK` (Kosovo), a user-assigned code used by the EU, the IMF and `date-holidays`.
 * Embedded as data so validation does not depend on the runtime's ICU build.
 */
const CODES =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
  "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
  "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
  "HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
  "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
  "NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA " +
  "RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
  "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ " +
  "VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

const COUNTRIES: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ CODES.split(" "));

/** Codes people often type that are not assigned, with the code they meant. */
const MISTAKES: Readonly<Record<string, string>> = { UK: "GB", EL: "GR", EN: "GB" };

/**
 * Whether `code` is an assigned ISO 3166-1 alpha-2 country code (upper case), or `XK`.
 *
 * @example
 * ```ts
 * isCountryCode("US"); //=> true
 * isCountryCode("UK"); //=> false (the United Kingdom is "GB")
 * ```
 */
export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code);
}

/**
 * The plain-English reason `code` is refused, with a hint when the intended code is clear.
 *
 * @example
 * ```ts
 * unknownCountryMessage("UK"); //=> '"UK" is not an ISO 3166-1 alpha-2 country code; did you mean "GB"?'
 * ```
 */
export function unknownCountryMessage(code: string): string {
  const shown = JSON.stringify(code.length > 20 ? `${code.slice(0, 20)}…` : code);
  const upper = code.toUpperCase();
  if (code !== upper && COUNTRIES.has(upper)) return `${shown} must be upper case: "${upper}"`;
  const meant = MISTAKES[upper];
  if (meant) return `${shown} is not an ISO 3166-1 alpha-2 country code; did you mean "${meant}"?`;
  return `${shown} is not an ISO 3166-1 alpha-2 country code (e.g. "US", "GB", "DE")`;
}

/**
 * Every accepted country code, sorted (a fresh array). For menus, tests and documentation.
 *
 * @example
 * ```ts
 * countryCodes().length; //=> 250
 * ```
 */
export function countryCodes(): string[] {
  return [...COUNTRIES].sort();
}
