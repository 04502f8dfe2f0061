import { isCountryCode } from "@afterview/core/schema";

/**
 * A country line, for mail between countries: the country's name in the sender's postal language,
 * in capitals (`"UNITED STATES"`, `"JAPAN"`; from Germany `"VEREINIGTE STAATEN"`), as the UPU asks.
 * The language is the one most used in the sender's country (CLDR's likely subtags, through
 * `Intl.Locale`); where that is not written in Latin letters the name is in English, to match the
 * Latin-letter address above it. Names come from the runtime's `Intl` data.
 *
 * @param country the country to name (an ISO 3166-1 alpha-2 code, see {@link knownCountry}).
 * @param sender the sender's country, whose language the name is in.
 * @example
 * ```ts
 * countryLine("JP", "US");
 * //=> "JAPAN"
 * ```
 */
export function countryLine(country: string, sender: string): string {
  const likely = new Intl.Locale(`und-${sender}`).maximize();
  const language = likely.script === "Latn" ? likely.language : "en";
  const name = new Intl.DisplayNames([language, "en"], { type: "region", fallback: "code" }).of(country) ?? country;
  return name.toLocaleUpperCase(language);
}

/** An assigned ISO 3166-1 alpha-2 code in capitals, or undefined for anything else (hostile text included). */
export function knownCountry(code: string | undefined): string | undefined {
  const upper = typeof code === "string" ? code.trim().toUpperCase() : "";
  return upper.length === 2 && isCountryCode(upper) ? upper : undefined;
}
