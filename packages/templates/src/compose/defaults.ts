import type { InterviewInput } from "@afterview/core";
import type { Locale } from "../document/types.js";

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

/** The locale for a candidate: `en-GB` where British English is the norm, else `en-US`. */
export function defaultLocale(input: InterviewInput): Locale {
  return BRITISH_ENGLISH.has(input.candidate.country.toUpperCase()) ? "en-GB" : "en-US";
}
