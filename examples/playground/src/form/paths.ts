/** One step of a dotted path: a property name or an array index. */
type Key = string | number;

/** Splits `interviewers[1].email` into `["interviewers", 1, "email"]`. */
export function splitPath(path: string): Key[] {
  const keys: Key[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[1] !== undefined) keys.push(match[1]);
  }
  return keys;
}

/** Sets `value` at `path` inside `target`, making the objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = splitPath(path);
  let node: Record<Key, unknown> = target;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value;
      return;
    }
    const next = keys[index + 1];
    if (typeof node[key] !== "object" || node[key] === null) node[key] = typeof next === "number" ? [] : {};
    node = node[key] as Record<Key, unknown>;
  });
}

/** Reads the value at `path` inside `source`, or `undefined`. */
export function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const key of splitPath(path)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

/** The element id of the control for `path`: `interviewers[1].email` → `f-interviewers-1-email`. */
export function fieldId(path: string): string {
  return `f-${splitPath(path).join("-")}`;
}

/** Deletes the value at `path` inside `target`, if there is one. */
export function deletePath(target: Record<string, unknown>, path: string): void {
  const keys = splitPath(path);
  const last = keys.pop();
  let owner: unknown = target;
  for (const key of keys) {
    if (typeof owner !== "object" || owner === null) return;
    owner = (owner as Record<Key, unknown>)[key];
  }
  if (last !== undefined && typeof owner === "object" && owner !== null) delete (owner as Record<Key, unknown>)[last];
}
