/*
 * Stand in, at build time only, for the two `@babel/runtime-corejs3` modules mimetext imports: the
 * `defineProperty` helper and core-js's String#trim instance helper. Every runtime we support has
 * both natively; the real modules pull in some 170 KB of core-js. See tsup.config.ts.
 */

/** Babel's class-field helper: defines `key` on `target` as an ordinary writable property. */
export function defineProperty<T extends object>(target: T, key: PropertyKey, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/** core-js's instance helper: the `trim` method of `value`, called as `trim(value).call(value)`. */
export function trim(value: string): () => string {
  return value.trim;
}
