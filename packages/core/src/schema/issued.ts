/*
 * The one cache afterview keeps. Core's entry functions are the trust boundary: they accept untyped
 * JSON (a plan read back from storage) and validate it. But their inputs are most often their own
 * outputs (`applyEvent` on the plan the last `applyEvent` returned, `createPlan` on what
 * `parseInterviewInput` returned), so each value core hands out is deeply frozen and remembered
 * here by kind: given back, it is known valid and cannot have changed, and is not parsed again.
 * Templates and renderers validate nothing, so they need no cache. The sets are weak: an entry
 * goes when the caller drops the object.
 */

/** What a remembered value was validated as. */
export type IssuedKind = "interview" | "plan" | "plan-event" | "offer";

const issued: Record<IssuedKind, WeakSet<object>> = {
  interview: new WeakSet(),
  plan: new WeakSet(),
  "plan-event": new WeakSet(),
  offer: new WeakSet(),
};

/*
 * Walks everything, frozen or not: an object frozen on top only (a caller's, reused by reference)
 * must not stop the walk. Values core issues are trees of a few hundred nodes.
 */
function freezeDeep(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  Object.freeze(value);
  for (const item of Object.values(value)) freezeDeep(item);
}

/** Freezes a value core validated (or built from validated parts) and remembers it as `kind`. */
export function issue<T>(kind: IssuedKind, value: T): T {
  if (typeof value === "object" && value !== null) {
    freezeDeep(value);
    issued[kind].add(value);
  }
  return value;
}

/** True when `value` is an object core issued as `kind` (so it is valid and cannot have changed). */
export function wasIssued(kind: IssuedKind, value: unknown): boolean {
  return typeof value === "object" && value !== null && issued[kind].has(value);
}
