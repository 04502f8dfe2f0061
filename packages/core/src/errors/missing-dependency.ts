import { AfterviewError } from "./afterview-error.js";

/**
 * True when `error` says the package `name` itself could not be found (ESM's
 * `ERR_MODULE_NOT_FOUND`, CommonJS's `MODULE_NOT_FOUND`), not a module it imports in turn.
 */
export function isMissingPackage(error: unknown, name: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return false;
  return typeof message === "string" && (message.includes(`'${name}'`) || message.includes(`"${name}"`));
}

/**
 * The error for a feature whose optional package is not installed: what needs it and the line that
 * installs it (versions as the feature was tested with).
 *
 * @example
 * ```ts
 * missingDependency("loadLiveHolidays", ["date-holidays@^3.37.0"]).message;
 * //=> 'loadLiveHolidays needs date-holidays, an optional dependency that is not installed. Install it:\n  npm install date-holidays@^3.37.0'
 * ```
 */
export function missingDependency(feature: string, packages: readonly string[], cause?: unknown): AfterviewError {
  const names = packages.map((spec) => spec.replace(/(?<=.)@.*$/, ""));
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const which = names.length === 1 ? "an optional dependency that is" : "optional dependencies that are";
  return new AfterviewError(
    "missing-dependency",
    `${feature} needs ${list}, ${which} not installed. Install ${names.length === 1 ? "it" : "them"}:\n` +
      `  npm install ${packages.join(" ")}`,
    { cause },
  );
}
