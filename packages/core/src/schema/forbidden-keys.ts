import type { ValidationIssue } from "../errors/afterview-error.js";
import { formatPath } from "../errors/afterview-error.js";

/** Keys that can reach or replace an object's prototype when copied naively. */
const FORBIDDEN: ReadonlySet<string> = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

/** Deeper than any afterview document (a plan is 7 levels); below this nothing is walked. */
const MAX_DEPTH = 64;

/**
 * Walks `value` (objects and arrays, as JSON.parse builds them) and reports every OWN key named
 * `__proto__`, `constructor` or `prototype`, and every property that throws when read.
 * Runs before zod because zod drops unknown keys of non-strict objects without a word, and a
 * `__proto__` key that survives into an app's own object merge can pollute `Object.prototype`.
 * Cycles are visited once; nothing deeper than 64 levels is walked.
 *
 * @example
 * ```ts
 * findForbiddenKeys(JSON.parse('{"candidate":{"__proto__":{"admin":true}}}'));
 * //=> [{ path: "candidate.__proto__", code: "forbidden-key", message: "..." }]
 * ```
 */
export function findForbiddenKeys(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new WeakSet<object>();
  const path: PropertyKey[] = [];

  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== "object" || node === null || depth > MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    let keys: string[];
    try {
      keys = Array.isArray(node) ? [] : Object.keys(node);
      if (Array.isArray(node)) {
        for (let index = 0; index < node.length; index++) {
          path.push(index);
          visitChild(node, index, depth);
          path.pop();
        }
        return;
      }
    } catch (error) {
      issues.push(unreadable(path, error));
      return;
    }
    for (const key of keys) {
      path.push(key);
      if (FORBIDDEN.has(key)) {
        issues.push({
          path: formatPath(path),
          code: "forbidden-key",
          message: `the key ${JSON.stringify(key)} is not allowed (it could change the prototype of objects)`,
        });
      } else {
        visitChild(node, key, depth);
      }
      path.pop();
    }
  };

  const visitChild = (node: object, key: PropertyKey, depth: number): void => {
    let child: unknown;
    try {
      child = (node as Record<PropertyKey, unknown>)[key];
    } catch (error) {
      issues.push(unreadable(path, error));
      return;
    }
    visit(child, depth + 1);
  };

  visit(value, 0);
  return issues;
}

function unreadable(path: readonly PropertyKey[], error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { path: formatPath(path), code: "unreadable", message: `could not be read (${reason.slice(0, 200)})` };
}
