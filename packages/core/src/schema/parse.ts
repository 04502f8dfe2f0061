import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { findForbiddenKeys } from "./forbidden-keys.js";
import { type InterviewInput, InterviewInputSchema } from "./interview-input.js";
import { type IssuedKind, issue, wasIssued } from "./issued.js";
import { toValidationIssues } from "./messages.js";
import { type Offer, OfferSchema } from "./offer.js";
import { type Plan, PlanSchema } from "./plan.js";
import { type PlanEvent, PlanEventSchema } from "./plan-event.js";

/**
 * Validates `value` against `schema` and returns zod's output: a fresh object holding only the
 * schema's keys. Any other outcome is an AfterviewValidationError, whatever `value` is:
 * forbidden keys are reported first (and alone), then zod's issues, worded by messages.ts;
 * if reading the input throws (a getter, a revoked proxy), that becomes an `unreadable` issue.
 * The copy is deeply frozen; given back a copy it made (or a plan core built), it returns it as is.
 */
function parseWith<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  subject: string,
  kind: IssuedKind,
): z.output<S> {
  if (wasIssued(kind, value)) return value as z.output<S>;
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) throw new AfterviewValidationError(forbidden, { subject });
  let result: z.core.util.SafeParseResult<z.output<S>>;
  try {
    result = z.safeParse(schema, value, { reportInput: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AfterviewValidationError(
      [{ path: "", code: "unreadable", message: `could not be read (${reason.slice(0, 200)})` }],
      { subject, cause: error },
    );
  }
  if (result.success) return issue(kind, result.data);
  throw new AfterviewValidationError(toValidationIssues(result.error.issues), { subject, cause: result.error });
}

/**
 * Validates an interview description (typically `JSON.parse`d) and returns a clean copy, deeply
 * frozen (copy it with `structuredClone` to edit).
 *
 * @throws {AfterviewValidationError} listing every problem with its dotted path.
 * @example
 * ```ts
 * parseInterviewInput({ ...sample, candidate: { ...sample.candidate, timeZone: "America/New_Yrok" } });
 * // throws AfterviewValidationError:
 * //=> candidate.timeZone: unknown time zone "America/New_Yrok" (use an IANA name such as "America/New_York")
 * ```
 */
export function parseInterviewInput(value: unknown): InterviewInput {
  return parseWith(InterviewInputSchema, value, "interview input", "interview");
}

/**
 * Validates a job offer and returns a clean copy, deeply frozen.
 *
 * @throws {AfterviewValidationError} listing every problem with its dotted path.
 * @example
 * ```ts
 * parseOffer({ base: { amount: 95000, currency: "USD" }, period: "year" });
 * //=> { base: { amount: 95000, currency: "USD" }, period: "year" }
 * parseOffer({ base: { amount: 95000, currency: "usd" }, period: "year" });
 * // throws: base.currency: "usd" must be upper case: "USD"
 * ```
 */
export function parseOffer(value: unknown): Offer {
  return parseWith(OfferSchema, value, "offer", "offer");
}

/**
 * Validates a stored plan (e.g. read back from JSON) and returns a clean copy, deeply frozen. Keys a
 * plan does not define are dropped; a valid plan comes back deep-equal to what was stored. A plan
 * core returned (from `createPlan`, `applyEvent`, `coordinatePlans` or this function) comes back as
 * the same object, unparsed: it is frozen, so it is still valid.
 *
 * @throws {AfterviewValidationError} listing every problem with its dotted path.
 * @example
 * ```ts
 * parsePlan(JSON.parse(JSON.stringify(plan))); // deep-equal to plan
 * parsePlan({ ...plan, version: 2 });
 * // throws: version: must be 1
 * ```
 */
export function parsePlan(value: unknown): Plan {
  return parseWith(PlanSchema, value, "plan", "plan");
}

/**
 * Validates a plan event and returns a clean copy, deeply frozen.
 *
 * @throws {AfterviewValidationError} listing every problem with its dotted path.
 * @example
 * ```ts
 * parsePlanEvent({ type: "rejected", id: "e5", at: "2026-12-02T10:00:00-05:00" });
 * //=> { type: "rejected", id: "e5", at: "2026-12-02T10:00:00-05:00" }
 * parsePlanEvent({ type: "hired", id: "e6", at: "2026-12-02T10:00:00-05:00" });
 * // throws: type: must be one of thank-you-sent, follow-up-made, ...
 * ```
 */
export function parsePlanEvent(value: unknown): PlanEvent {
  return parseWith(PlanEventSchema, value, "plan event", "plan-event");
}
