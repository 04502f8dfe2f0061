/*
 * Validation remembered for data seen before. `compose` accepts untyped JSON, so every value is
 * validated; but callers compose many documents from the same interview and plan, so the validated
 * copy is kept, keyed by the caller's object, and reused while that object still holds the same data:
 * - a value core issued (a plan from `createPlan`, an interview from `parseInterviewInput`) is
 *   deeply frozen and comes back from core's parser as itself: it is taken as is, never walked;
 * - any other deeply frozen value (every object and array in it frozen, no getters) cannot change,
 *   so after its first parse it is taken from memory;
 * - anything else is compared with its validated copy (same-data.ts) and parsed again on any change.
 * Nothing is held strongly: the entries go when the caller drops the object.
 */
import { sameData } from "./same-data.js";

/** True when `value` and everything in it is frozen plain data: it can never read differently. */
export function isDeeplyFrozen(value: unknown, seen: Set<object> = new Set()): boolean {
  if (typeof value !== "object" || value === null) return typeof value !== "function";
  if (seen.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key);
    if (!property || !("value" in property) || !isDeeplyFrozen(property.value, seen)) return false;
  }
  return true;
}

/** Freezes a value we made and keep (a validated copy), so that no one can change it after. */
function freezeDeep<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) freezeDeep(item);
  }
  return value;
}

interface Known<T> {
  valid: T;
  /** The caller's object cannot change (frozen), so no comparison is needed. */
  fixed: boolean;
}

/**
 * A validator that remembers: `validate(raw)` parses `raw` the first time, then returns the copy
 * validated then for as long as `raw` holds the same data. Errors are never remembered.
 */
export function rememberValid<T>(parse: (raw: unknown) => T): (raw: unknown) => T {
  const known = new WeakMap<object, Known<T>>();
  return (raw) => {
    if (typeof raw !== "object" || raw === null) return parse(raw);
    const hit = known.get(raw);
    if (hit !== undefined && (hit.fixed || sameData(raw, hit.valid))) return hit.valid;
    const valid = parse(raw);
    // Core's parsers give back a value they issued (deeply frozen) as itself.
    const fixed = ((valid as unknown) === raw && Object.isFrozen(raw)) || isDeeplyFrozen(raw);
    known.set(raw, { valid: freezeDeep(valid), fixed });
    return valid;
  };
}

/**
 * `rememberValid` for a value checked against another one (a recipient against its interview, an
 * action against its plan): remembered per pair, the first being a validated copy itself.
 */
export function rememberValidWithin<B extends object, T>(
  parse: (base: B, raw: unknown) => T,
): (base: B, raw: unknown) => T {
  const known = new WeakMap<B, (raw: unknown) => T>();
  return (base, raw) => {
    let validate = known.get(base);
    if (!validate) {
      validate = rememberValid((value) => parse(base, value));
      known.set(base, validate);
    }
    return validate(raw);
  };
}
