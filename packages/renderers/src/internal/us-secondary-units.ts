/**
 * USPS Publication 28, Appendix C2: the secondary unit designators (apartment, suite, floor...),
 * spelled out and in their standard abbreviations. §213: their preferred place is at the end of
 * the delivery address line ("200 PARK AVE FL 31").
 */
const DESIGNATORS = new Set([
  ...["APARTMENT", "APT", "BASEMENT", "BSMT", "BUILDING", "BLDG", "DEPARTMENT", "DEPT", "FLOOR", "FL"],
  ...["FRONT", "FRNT", "HANGAR", "HNGR", "KEY", "LOBBY", "LBBY", "LOT", "LOWER", "LOWR", "OFFICE", "OFC"],
  ...["PENTHOUSE", "PH", "PIER", "REAR", "ROOM", "RM", "SIDE", "SLIP", "SPACE", "SPC", "STOP", "SUITE", "STE"],
  ...["TRAILER", "TRLR", "UNIT", "UPPER", "UPPR"],
]);

/** Countries and territories the USPS delivers to, whose addresses follow Publication 28. */
export const USPS_COUNTRIES: ReadonlySet<string> = new Set(["US", "PR", "VI", "GU", "AS", "MP", "UM"]);

/** Whether a street line is only a secondary unit: `Floor 31`, `Ste. 400`, `#12`, `Apt 5B`. */
export function isSecondaryUnit(line: string): boolean {
  const first = line.trim().split(/\s+/)[0] ?? "";
  if (first.startsWith("#")) return true;
  return DESIGNATORS.has(first.replace(/\.$/, "").toUpperCase());
}

/**
 * Street lines with each secondary-unit line moved to the end of the delivery address line (the
 * last line that is not a unit), as USPS Publication 28 §213 prefers.
 *
 * @example
 * ```ts
 * withUnitsOnDeliveryLine(["200 Park Ave", "Floor 31"]);
 * //=> ["200 Park Ave Floor 31"]
 * ```
 */
export function withUnitsOnDeliveryLine(lines: readonly string[]): string[] {
  const units = lines.filter(isSecondaryUnit);
  const others = lines.filter((line) => !isSecondaryUnit(line));
  if (units.length === 0 || others.length === 0) return [...lines];
  return [...others.slice(0, -1), [others.at(-1), ...units].join(" ")];
}
