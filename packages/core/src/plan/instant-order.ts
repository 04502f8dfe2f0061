import { dayNumber } from "../calendar/day-number.js";
import { readInstant } from "../time/instant.js";

// What core writes: "2026-12-01T09:30:00-05:00[America/New_York]" (seconds and fraction optional).
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})(?:\[[^\]]*\])?$/;

/**
 * A sort key for an instant string: nanoseconds since the epoch. Strings in core's own form are read
 * with a regular expression and integer arithmetic (a plan sorts dozens of them); anything else
 * (a `[zone]` without an offset, say) goes through the reader the schema validates with, so every
 * string the schema accepts has a key. Throws on a string that is not an instant; callers pass validated ones.
 * The offset as written decides: exact for every zone since 1972 (whole-minute offsets); a historical
 * offset with seconds, which Temporal writes rounded to the minute, is read as written.
 */
export function instantKey(value: string): bigint {
  const m = ISO.exec(value);
  if (!m) return readInstant(value, "").ns;
  const [, y, mo, d, h, mi, s = "0", fraction = "", offset] = m;
  const days = dayNumber(Number(y), Number(mo), Number(d));
  let seconds = days * 86400 + Number(h) * 3600 + Number(mi) * 60 + Number(s);
  if (offset !== "Z") {
    const sign = offset!.startsWith("-") ? -1 : 1;
    seconds -= sign * (Number(offset!.slice(1, 3)) * 3600 + Number(offset!.slice(4, 6)) * 60);
  }
  return BigInt(seconds) * 1_000_000_000n + BigInt(fraction.padEnd(9, "0"));
}
