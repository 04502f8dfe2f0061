import { CliError } from "../errors/cli-error.js";

/**
 * Reads a string option from cac's parsed options. cac (through mri) turns numeric-looking values
 * into numbers and repeated flags into arrays; this gives the text back, or a one-line error.
 */
export function stringOption(options: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new CliError(`--${kebab(name)}: give it once (it was given ${value.length} times)`);
  if (typeof value === "boolean") throw new CliError(`--${kebab(name)}: needs a value`);
  const text = String(value).trim();
  if (text === "") throw new CliError(`--${kebab(name)}: needs a value`);
  return text;
}

/**
 * Reads a repeatable string option (`--font a.ttf --font b.otf`): cac gives one value as itself and
 * several as an array. Absent: an empty list.
 */
export function stringListOption(options: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = options[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => {
    const text = typeof item === "boolean" ? "" : String(item).trim();
    if (text === "") throw new CliError(`--${kebab(name)}: needs a value`);
    return text;
  });
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** `value` if it is one of `allowed` (or absent); else a one-line error naming the option and the choices. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${name}: unknown ${name} "${value}"; use one of ${allowed.join(", ")}`);
}
