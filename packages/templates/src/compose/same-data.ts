/*
 * Whether a caller's value still holds exactly the data of a copy we validated from it. Validation is
 * the slow part of `compose` (core's parsers walk a whole plan), and a caller usually composes several
 * documents from the same plan and interview, unchanged in between; comparing the data with the
 * validated copy costs a tenth of parsing it again, and a change anywhere is still seen.
 */

const MAX_DEPTH = 64;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * True when `raw` holds the same JSON-like data as `valid`: the same own keys, arrays of the same
 * length, primitives identical, and only plain objects and arrays on the way. `valid` is data we made
 * (finite, no cycles, no getters), so the walk follows it and always ends. Anything unusual in `raw`
 * (a class instance, a proxy or getter that throws) answers false, and the caller parses again. A
 * getter that reads the same as the data is harmless: the caller goes on with the validated copy.
 */
export function sameData(raw: unknown, valid: unknown, depth = 0): boolean {
  if (raw === valid) return true;
  if (typeof valid !== "object" || valid === null || typeof raw !== "object" || raw === null) return false;
  if (depth > MAX_DEPTH) return false;
  try {
    if (Array.isArray(valid)) {
      if (!Array.isArray(raw) || raw.length !== valid.length) return false;
      for (let i = 0; i < valid.length; i++) {
        if (!sameData(raw[i], valid[i], depth + 1)) return false;
      }
      return true;
    }
    if (Array.isArray(raw) || !isPlainObject(raw)) return false;
    const keys = Object.keys(valid);
    if (Object.keys(raw).length !== keys.length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(raw, key)) return false;
      if (!sameData((raw as Record<string, unknown>)[key], (valid as Record<string, unknown>)[key], depth + 1)) {
        return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
