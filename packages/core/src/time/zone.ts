// The functional API, not the `Temporal` classes: a bundle that only plans keeps the few functions it calls.
import * as ZonedDateTimeFns from "temporal-polyfill/fns/ZonedDateTime";
import { AfterviewValidationError } from "../errors/afterview-error.js";

const cache = /* @__PURE__ */ new Map<string, string | null>();

/**
 * Resolves an IANA time zone name (`"America/New_York"`) to its canonical spelling.
 * Offsets such as `"+05:00"` are refused: a fixed offset has no daylight-saving rules,
 * so a deadline computed in it would drift by an hour twice a year.
 *
 * @throws {AfterviewValidationError} naming `path` when the zone is not an IANA zone.
 */
export function resolveTimeZone(id: unknown, path: string): string {
  if (typeof id !== "string") {
    throw new AfterviewValidationError([{ path, code: "invalid_type", message: "expected an IANA time zone name" }]);
  }
  const found = lookupTimeZone(id);
  if (found === null) {
    throw new AfterviewValidationError([{ path, code: "unknown-time-zone", message: unknownZoneMessage(id) }]);
  }
  return found;
}

/** The canonical IANA id for `id`, or `null` when it is not a known IANA zone. Cached. */
export function lookupTimeZone(id: string): string | null {
  const hit = cache.get(id);
  if (hit !== undefined) return hit;
  let found: string | null = null;
  // Offsets ("+05:00", "-0800") are valid to Temporal but are not IANA zones.
  if (id.length > 0 && id.length <= 64 && !/^[+\-\u2212]/.test(id)) {
    try {
      found = ZonedDateTimeFns.create(0n, id).timeZoneId;
    } catch {
      found = null;
    }
  }
  if (cache.size > 1000) cache.clear();
  cache.set(id, found);
  return found;
}

/** The wording used for an unknown zone, shared by schema checks and direct calls. */
export function unknownZoneMessage(id: string): string {
  return `unknown time zone ${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)} (use an IANA name such as "America/New_York")`;
}
