import type * as z from "zod/mini";
import type { ValidationIssue } from "../errors/afterview-error.js";
import { formatPath } from "../errors/afterview-error.js";

/*
 * The one place where zod's issues become plain English. Issues stay data ({ path, code });
 * only `message` is worded here. Checks written for afterview (time zones, countries, ...) carry
 * their own wording and code in `params.code`, and pass through unchanged.
 */

type ZodIssue = z.core.$ZodIssue & { input?: unknown };

/**
 * Turns zod issues into afterview's {@link ValidationIssue}s: a dotted path, a code, a sentence.
 * An `unrecognized_keys` issue becomes one issue per key, on that key's path. Expects issues
 * parsed with `{ reportInput: true }` so it can say what was received.
 *
 * @example
 * ```ts
 * const result = InterviewInputSchema.safeParse({ interest: "maybe" }, { reportInput: true });
 * toValidationIssues(result.error!.issues).find((issue) => issue.path === "interest");
 * //=> { path: "interest", code: "invalid_value", message: "must be one of want, unsure, not-interested" }
 * ```
 */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const raw of issues) {
    const issue = raw as ZodIssue;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), code: issue.code, message: "is not a known field" });
      }
      continue;
    }
    out.push({ path: formatPath(issue.path), code: codeOf(issue), message: describeIssue(issue) });
  }
  return out;
}

function codeOf(issue: ZodIssue): string {
  if (issue.code === "custom") {
    const code = issue.params?.code;
    return typeof code === "string" ? code : "custom";
  }
  // A missing field is `invalid_type` whatever the field's type, as zod reports for strings and objects.
  if (issue.code === "invalid_value" && issue.input === undefined) return "invalid_type";
  if (noDiscriminatorMatch(issue)) return discriminatorOf(issue) === undefined ? "invalid_type" : "invalid_value";
  return issue.code;
}

/**
 * The sentence for one zod issue (without its path).
 *
 * @example
 * ```ts
 * describeIssue({ code: "invalid_value", values: ["want", "unsure"], path: ["interest"], message: "", input: "maybe" });
 * //=> "must be one of want, unsure"
 * ```
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const { input } = issue as ZodIssue;
  switch (issue.code) {
    case "invalid_type": {
      if (input === undefined && !("received" in issue)) return "is required";
      const expected = issue.expected === "int" ? "a whole number" : withArticle(issue.expected);
      const received = "received" in issue && typeof issue.received === "string" ? issue.received : kindOf(input);
      return `expected ${expected}, got ${received}`;
    }
    case "invalid_value": {
      const prefix = input === undefined ? "is required and " : "";
      const rule =
        issue.values.length === 1 ? `must be ${show(issue.values[0])}` : `must be one of ${list(issue.values)}`;
      return prefix + rule;
    }
    case "invalid_union":
      if (noDiscriminatorMatch(issue)) {
        const options = "options" in issue ? (issue.options ?? []) : [];
        // The issue's input is the object holding the discriminator, not the discriminator itself.
        const value =
          typeof input === "object" && input !== null
            ? (input as Record<string, unknown>)[issue.discriminator!]
            : undefined;
        const prefix = value === undefined ? "is required and " : "";
        return `${prefix}must be one of ${list(options)}`;
      }
      return "does not match any of the allowed shapes";
    // A strict bound (zod's gt/lt) is "above"/"below": "at least 0 (got 0)" would contradict itself.
    case "too_big":
      return `${limitText(issue.inclusive === false ? "below" : "at most", issue.origin, issue.maximum)}${gotSize(issue.origin, input)}`;
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      return `${limitText(issue.inclusive === false ? "above" : "at least", issue.origin, issue.minimum)}${gotSize(issue.origin, input)}`;
    case "invalid_format":
      if (issue.format === "email") return "must be an email address such as name@example.com";
      // A schema's own wording (`z.regex(…, { error })`) says what form is expected; zod's default does not.
      if (issue.message && !issue.message.startsWith("Invalid")) return issue.message;
      return "is not in the expected form";
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "custom":
      return issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid";
    default:
      return "is not valid";
  }
}

/** A discriminated union whose `type` (or other discriminator) matched no option. */
function noDiscriminatorMatch(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === "invalid_union" &&
    issue.discriminator !== undefined &&
    issue.errors.length === 0 &&
    "options" in issue
  );
}

/** The discriminator's value; the issue's input is the object holding it, not the value itself. */
function discriminatorOf(issue: z.core.$ZodIssue): unknown {
  const { input } = issue as ZodIssue;
  if (issue.code !== "invalid_union" || typeof input !== "object" || input === null) return undefined;
  return (input as Record<string, unknown>)[issue.discriminator ?? ""];
}

function limitText(bound: string, origin: string, limit: number | bigint): string {
  const n = Number(limit);
  if (origin === "string") return `must be ${bound} ${n.toLocaleString("en-US")} character${n === 1 ? "" : "s"}`;
  if (origin === "array" || origin === "set")
    return `must have ${bound} ${n.toLocaleString("en-US")} item${n === 1 ? "" : "s"}`;
  return `must be ${bound} ${String(limit)}`;
}

function gotSize(origin: string, input: unknown): string {
  if (origin === "string" && typeof input === "string") return ` (got ${input.length.toLocaleString("en-US")})`;
  if (origin === "array" && Array.isArray(input)) return ` (got ${input.length.toLocaleString("en-US")})`;
  if (origin === "number" && typeof input === "number") return ` (got ${input})`;
  return "";
}

/** "a string", "an object", "an array", "a number"... */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}

/** How a received value is named in a message: its kind, never its (possibly huge or private) content. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "NaN";
    if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
    return Number.isInteger(value) ? "a number" : `${value}`;
  }
  if (typeof value === "bigint") return "a bigint";
  if (value === undefined) return "undefined";
  return withArticle(typeof value);
}

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function list(values: readonly unknown[]): string {
  return values.map((value) => String(value)).join(", ");
}
