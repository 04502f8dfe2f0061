import type { InterviewInput } from "@afterview/core";
import { LOCALES, type Locale } from "../document/types.js";

/** Countries whose English follows British spelling and letter conventions. */
const BRITISH_ENGLISH = new Set([
  "GB",
  "IE",
  "IM",
  "JE",
  "GG",
  "AU",
  "NZ",
  "ZA",
  "IN",
  "SG",
  "HK",
  "MT",
  "CY",
  "KE",
  "NG",
  "GH",
  "PK",
]);

/** Spanish-speaking countries of the Americas, whose letters follow es-MX rather than es-ES. */
const AMERICAN_SPANISH = new Set("MX AR BO CL CO CR CU DO EC GT HN NI PA PE PR PY SV US UY VE".split(" "));

/** The locale of a language in a country: the country's own variant where afterview has one, else the main one. */
function localeIn(language: string, country: string): Locale | undefined {
  const exact = LOCALES.find((locale) => locale.toUpperCase() === `${language}-${country}`.toUpperCase());
  if (exact) return exact;
  switch (language) {
    // Only the languages afterview writes; any other keeps the letters in English.
    case "en":
      return BRITISH_ENGLISH.has(country) ? "en-GB" : "en-US";
    case "de":
      return country === "LI" ? "de-CH" : "de-DE";
    case "fr":
      return "fr-FR";
    case "es":
      return AMERICAN_SPANISH.has(country) ? "es-MX" : "es-ES";
    default:
      return undefined;
  }
}

/**
 * The locale an interview's letters are written in: `input.language` when afterview writes that
 * language (`de` at a company in Austria → `de-AT`; `es-AR` → `es-MX`), else the candidate's
 * English: `en-GB` where British English is the norm, else `en-US`. A language afterview does not
 * write (`it`) keeps the letters in English.
 */
export function defaultLocale(input: InterviewInput): Locale {
  const country = input.candidate.country.toUpperCase();
  if (input.language) {
    const [language = "", ...rest] = input.language.toLowerCase().split("-");
    // A region subtag (`AT`; `419`, Latin America) names the variant; else English follows the
    // candidate (as without a language) and the others the company's country.
    const region = rest.find((part) => part.length === 2 || part === "419");
    const where = region === "419" ? "MX" : (region ?? (language === "en" ? country : input.company.country));
    const asked = localeIn(language, where.toUpperCase());
    if (asked) return asked;
  }
  return BRITISH_ENGLISH.has(country) ? "en-GB" : "en-US";
}
