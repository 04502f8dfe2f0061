import { AfterviewValidationError } from "@afterview/core";

/**
 * Checks that a renderer's `options` is an object (or left out) and returns it; anything else
 * (`null`, a string, an array) is an `AfterviewValidationError` on `options`, not a TypeError later.
 */
export function readOptions<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new AfterviewValidationError(
      [{ path: "options", code: "invalid_type", message: "expected an object of options" }],
      { subject: "options" },
    );
  }
  return options;
}
