import type { PostalAddress } from "@afterview/core";
import { clean, cleanList } from "../text/clean.js";

/** Countries whose last address line is "Locality, REGION postal-code" (North American style). */
const LOCALITY_REGION_CODE = new Set(["US", "CA", "AU"]);
/** Countries where the postal code stands on its own line after the town (British style). */
const CODE_OWN_LINE = new Set(["GB", "IE", "IM", "JE", "GG"]);

/**
 * An address as printed on a letter, one entry per line: the street lines, then the locality
 * line in the style of the address's country (`New York, NY 10166`; `London` and `SW1A 2AA` on
 * their own lines; `10115 Berlin` elsewhere), then the country's name when it differs from the
 * sender's country (`fromCountry`), in the letter's language (`countryName`, a language pack's).
 */
export function addressLines(
  address: PostalAddress,
  fromCountry?: string,
  countryName: (code: string) => string = (code) => code,
): string[] {
  const lines = cleanList(address.lines);
  const locality = clean(address.locality);
  const region = clean(address.region);
  const code = clean(address.postalCode);
  const country = address.country.toUpperCase();
  if (LOCALITY_REGION_CODE.has(country)) {
    const tail = [region, code].filter(Boolean).join(" ");
    lines.push([locality, tail].filter(Boolean).join(", "));
  } else if (CODE_OWN_LINE.has(country)) {
    lines.push(...[locality, region, code].filter((line): line is string => line !== undefined));
  } else {
    lines.push([code, locality].filter(Boolean).join(" "));
    if (region) lines.push(region);
  }
  if (fromCountry !== undefined && fromCountry.toUpperCase() !== country) lines.push(countryName(country));
  return lines.filter((line) => line !== "");
}

/** The English name of a country for an international address (`Germany`), or its code if unknown. */
