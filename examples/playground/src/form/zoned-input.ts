import { Temporal } from "temporal-polyfill";

/**
 * The value for an `<input type="datetime-local">` showing `iso` on the wall clock of `zone`
 * (`"2026-11-24T14:00"`), or `""` when either cannot be read.
 */
export function toLocalInput(iso: string, zone: string): string {
  try {
    const local = Temporal.ZonedDateTime.from(iso).withTimeZone(zone).toPlainDateTime();
    return local.toString({ smallestUnit: "minute" });
  } catch {
    return "";
  }
}

/**
 * The ISO string core reads for a wall-clock value in `zone`: `2026-11-24T14:00[America/New_York]`.
 * Without a zone the bare value is passed on, so core names the field that lacks one.
 */
export function fromLocalInput(value: string, zone: string): string {
  return zone === "" ? value : `${value}[${zone}]`;
}
