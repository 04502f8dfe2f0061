/*
 * Validation remembered for data that cannot change. `compose` accepts untyped JSON, so every
 * value is validated; but a deeply frozen object (every object and array in it frozen, no getters)
 * is the same data every time it is seen, so its validated copy is kept, keyed by the object
 * itself, and the next call skips the parse. Anything not deeply frozen is validated every time.
 * Nothing is held strongly: the entries go when the caller drops the object.
 */

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

/**
 * A validator that remembers: `validate(raw)` parses `raw`, but for a deeply frozen `raw` seen
 * before it returns the (frozen) copy validated then. Errors are never remembered.
 */
export function rememberValid<T>(parse: (raw: unknown) => T): (raw: unknown) => T {
  const known = new WeakMap<object, T>();
  return (raw) => {
    if (typeof raw !== "object" || raw === null) return parse(raw);
    const hit = known.get(raw);
    if (hit !== undefined) return hit;
    const valid = parse(raw);
    if (isDeeplyFrozen(raw)) known.set(raw, freezeDeep(valid));
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
