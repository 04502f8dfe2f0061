/**
 * A cache keyed by a fixed-length list of keys, each compared by identity: objects through
 * `WeakMap`s (an entry goes when any of its objects is dropped), other values through `Map`s.
 */
export class IdentityMemo<V> {
  readonly #root: Branch<V> = new Branch();

  /** The value stored for exactly these keys, if any. */
  get(keys: readonly unknown[]): V | undefined {
    let branch: Branch<V> | undefined = this.#root;
    for (const key of keys) {
      branch = branch.child(key);
      if (!branch) return undefined;
    }
    return branch.value;
  }

  /** Stores `value` for these keys and returns it. */
  set(keys: readonly unknown[], value: V): V {
    let branch = this.#root;
    for (const key of keys) branch = branch.grow(key);
    branch.value = value;
    return value;
  }
}

class Branch<V> {
  value: V | undefined;
  #objects: WeakMap<object, Branch<V>> | undefined;
  #values: Map<unknown, Branch<V>> | undefined;

  child(key: unknown): Branch<V> | undefined {
    return isObject(key) ? this.#objects?.get(key) : this.#values?.get(key);
  }

  grow(key: unknown): Branch<V> {
    let next = this.child(key);
    if (!next) {
      next = new Branch();
      if (isObject(key)) {
        this.#objects ??= new WeakMap();
        this.#objects.set(key, next);
      } else {
        this.#values ??= new Map();
        this.#values.set(key, next);
      }
    }
    return next;
  }
}

function isObject(key: unknown): key is object {
  return (typeof key === "object" && key !== null) || typeof key === "function";
}
