import type { PostalAddress } from "@afterview/core";
import { formatAddress } from "localized-address-format";
import { knownCountry } from "./country-line.js";
import { USPS_COUNTRIES, withUnitsOnDeliveryLine } from "./us-secondary-units.js";

/** What an address line holds, which decides what may be left out when a window is short of room. */
export type AddressRole = "name" | "title" | "organization" | "street" | "locality" | "country";

/** One printed line of an address block. */
export interface AddressLine {
  text: string;
  role: AddressRole;
}

/** The parts of an address block, as plain text. */
export interface PostalBlock {
  name?: string;
  /** The addressee's job title, printed under the name. */
  title?: string;
  organization?: string;
  address: PostalAddress;
  /** The last line, for mail abroad (see {@link countryLine}). */
  countryLine?: string;
}

/** Which parts to print: a window short of room leaves some out or runs the street lines together. */
export interface BlockParts {
  title: boolean;
  organization: boolean;
  /** All street lines on one line, joined by commas. */
  joinStreets: boolean;
}

/** Every part, each street line on its own line. */
export const ALL_PARTS: BlockParts = { title: true, organization: true, joinStreets: false };

// Field markers handed to the formatter in place of the text, so each output line's parts are
// known. Printable text never holds U+0000, so no field can contain one.
const MARK = {
  name: "\0N\0",
  organization: "\0O\0",
  street: "\0A\0",
  locality: "\0C\0",
  region: "\0S\0",
  code: "\0Z\0",
};
// Letters of a script other than Latin (the address is then set out in its country's own order).
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * An address block set out as the post of the address's country expects it, with Google's
 * libaddressinput formats (`localized-address-format`): the order of name, organization, street
 * lines, locality, region and postal code, and which lines they share. Then:
 * - the title under the name (above it where the name comes last, as in Japan's own order);
 * - in the USPS's countries, a unit line on the delivery line (`200 Park Ave Floor 31`);
 * - a locality the country's format has no place for (Japan's ward) as a street line, next to the region;
 * - the country line, when given, last.
 * Addresses written in Latin letters use a country's Latin format where it has one.
 *
 * @example
 * ```ts
 * formatPostalBlock(
 *   { name: "Dana Whitfield", organization: "Acme Corp", countryLine: "UNITED STATES",
 *     address: { lines: ["200 Park Ave", "Floor 31"], locality: "New York", region: "NY", postalCode: "10166", country: "US" } },
 *   ALL_PARTS,
 * ).map((line) => line.text);
 * //=> ["Dana Whitfield", "Acme Corp", "200 Park Ave Floor 31", "New York, NY 10166", "UNITED STATES"]
 * ```
 */
export function formatPostalBlock(block: PostalBlock, parts: BlockParts): AddressLine[] {
  const { address } = block;
  const country = knownCountry(address.country);
  const postalCountry = country ?? "ZZ";
  const locality = text(address.locality);
  let streets = address.lines.map(text).filter((line) => line !== "");
  if (country && USPS_COUNTRIES.has(country)) streets = withUnitsOnDeliveryLine(streets);
  const script = [block.name, block.title, block.organization, locality, address.region, ...streets].some(
    (value) => typeof value === "string" && NON_LATIN_LETTER.test(value),
  )
    ? "local"
    : "latin";
  if (locality && !hasLocality(postalCountry, script)) {
    // The ward goes next to the prefecture: last of the street lines, or first where the address runs from large to small.
    if (largeToSmall(postalCountry, script)) streets.unshift(locality);
    else streets.push(locality);
  }
  if (parts.joinStreets && streets.length > 1) streets = [streets.join(", ")];

  const name = text(block.name) || text(block.title);
  const title = text(block.name) ? text(block.title) : "";
  const organization = parts.organization ? text(block.organization) : "";
  const values: [mark: string, value: string][] = [
    [MARK.name, name],
    [MARK.organization, organization],
    // One value, its lines apart, so a country's text after the street lines stays on the last of them.
    [MARK.street, streets.join("\n")],
    [MARK.locality, locality],
    [MARK.region, text(address.region)],
    [MARK.code, text(address.postalCode)],
  ];
  const present = (mark: string) => values.some(([m, value]) => m === mark && value !== "");
  const marked = formatAddress(
    {
      postalCountry,
      name: present(MARK.name) ? MARK.name : "",
      organization: present(MARK.organization) ? MARK.organization : "",
      addressLines: present(MARK.street) ? [MARK.street] : [],
      locality: present(MARK.locality) ? MARK.locality : "",
      administrativeArea: present(MARK.region) ? MARK.region : "",
      postalCode: present(MARK.code) ? MARK.code : "",
    },
    script,
  );

  const lines = marked.flatMap((line) => filled(line, values));
  if (parts.title && title) {
    const at = lines.findIndex((line) => line.role === "name");
    // Under the name; above it where the name closes the block (big-to-small orders).
    if (at >= 0) lines.splice(at === lines.length - 1 ? at : at + 1, 0, { text: title, role: "title" });
  }
  const last = text(block.countryLine);
  if (last) lines.push({ text: last, role: "country" });
  return lines;
}

/** One formatted line with its markers replaced by the text, split where the street lines part. */
function filled(line: string, values: [string, string][]): AddressLine[] {
  const has = (mark: string) => line.includes(mark);
  let out = line;
  for (const [mark, value] of values) out = out.split(mark).join(value);
  const pieces = out.split("\n");
  const last: AddressRole = has(MARK.name)
    ? "name"
    : has(MARK.organization)
      ? "organization"
      : has(MARK.street) && !has(MARK.locality) && !has(MARK.region) && !has(MARK.code)
        ? "street"
        : "locality";
  return pieces.map((piece, index) => ({ text: piece, role: index < pieces.length - 1 ? "street" : last }));
}

/** Whether a country's format prints the locality (Japan's does not: the ward is a street line there). */
function hasLocality(country: string, script: "local" | "latin"): boolean {
  return formatAddress({ postalCountry: country, locality: MARK.locality }, script).length > 0;
}

/** Whether a country's format runs from the largest place to the person (Japan's, China's and Korea's own). */
function largeToSmall(country: string, script: "local" | "latin"): boolean {
  const order = formatAddress({ postalCountry: country, name: MARK.name, addressLines: [MARK.street] }, script);
  return order.indexOf(MARK.name) > order.indexOf(MARK.street);
}

function text(value: string | undefined): string {
  return typeof value === "string" ? value.trim() : "";
}
