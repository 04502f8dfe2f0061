/**
 * The machine-readable reason an {@link AfterviewError} was thrown.
 *
 * - `validation`: the input does not match its schema, or names a time zone, country or region
 *   that does not exist (see {@link AfterviewValidationError}; each issue has its own `code`).
 * - `holidays-not-loaded`: the browser build was asked for a country whose holiday data was not registered.
 * - `out-of-range`: a date outside the span the library can compute.
 * - `invalid-transition`: a plan event that cannot happen in the plan's current state.
 * - `currency-mismatch`: amounts in two currencies were combined without a rate.
 * - `unsupported-character`: a renderer was asked to draw a character that none of its fonts has a glyph for.
 * - `missing-dependency`: a feature needs an optional package the app has not installed (the live
 *   holiday source needs `date-holidays`; PDF and Word need their engines); the message names the install line.
 */
export type AfterviewErrorCode =
  | "validation"
  | "holidays-not-loaded"
  | "out-of-range"
  | "invalid-transition"
  | "currency-mismatch"
  | "unsupported-character"
  | "missing-dependency";

/**
 * The one error class every afterview package throws. Switch on `code`, never on `message`.
 *
 * @example
 * ```ts
 * try {
 *   businessCalendar({ country: "XX" });
 * } catch (error) {
 *   if (error instanceof AfterviewError) console.log(error.code);
 *   //=> "validation"
 * }
 * ```
 */
export class AfterviewError extends Error {
  override name = "AfterviewError";
  /** Why the error was thrown; stable across releases. */
  readonly code: AfterviewErrorCode;

  constructor(code: AfterviewErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/** One problem found in an input: where (a dotted path such as `interviewers[1].email`) and what. */
export interface ValidationIssue {
  /** Dotted path to the field, with array indexes in brackets; `""` for the input itself. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** A short machine-readable kind, e.g. `invalid_type`, `unknown-time-zone`, `forbidden-key`. */
  code: string;
}

/**
 * Thrown when an input does not validate. `issues` lists every problem found, each with its path;
 * `message` lists them one per line.
 *
 * @example
 * ```ts
 * try {
 *   createPlan(JSON.parse(text), { now });
 * } catch (error) {
 *   if (error instanceof AfterviewValidationError) console.log(error.issues[0].path);
 *   //=> "candidate.timeZone"
 * }
 * ```
 */
export class AfterviewValidationError extends AfterviewError {
  override name = "AfterviewValidationError";
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: { cause?: unknown; subject?: string }) {
    super("validation", formatIssues(issues, options?.subject), options);
    this.issues = issues;
  }

  /**
   * The same problems, seen from a larger input: every path is put under `prefix`
   * (`timeZone` under `candidate` → `candidate.timeZone`; `[1].email` under `interviewers` →
   * `interviewers[1].email`). This error becomes the new one's `cause`.
   *
   * @example
   * ```ts
   * new AfterviewValidationError([{ path: "email", code: "invalid_format", message: "…" }]).under("interviewers[1]")
   *   .issues[0].path;
   * //=> "interviewers[1].email"
   * ```
   */
  under(prefix: string, options?: { subject?: string }): AfterviewValidationError {
    return moved(this, prefix, options?.subject);
  }
}

// Outside the class: a class that names itself in its own body is renamed by bundlers
// (`class _AfterviewValidationError`), and `console.log(error)` would print that name.
function moved(error: AfterviewValidationError, prefix: string, subject: string | undefined): AfterviewValidationError {
  const issues = error.issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) }));
  return new AfterviewValidationError(issues, { cause: error, subject });
}

/** `path` put under `prefix`: `joinPath("a", "b")` is `a.b`, `joinPath("a", "[0]")` is `a[0]`, either may be empty. */
export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

function formatIssues(issues: readonly ValidationIssue[], subject = "input"): string {
  const line = (issue: ValidationIssue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  if (issues.length === 1 && issues[0]) return line(issues[0]);
  return [`${issues.length} problems in the ${subject}:`, ...issues.map((issue) => `  - ${line(issue)}`)].join("\n");
}

/** Renders a path such as `["interviewers", 1, "email"]` as `interviewers[1].email`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
