import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { NegotiationContext } from "../negotiation/context.js";
import { parseNegotiationContext } from "../negotiation/context.js";
import type { InterviewInput } from "./interview-input.js";
import type { Offer } from "./offer.js";
import { parseInterviewInput, parseOffer, parsePlan, parsePlanEvent } from "./parse.js";
import type { Plan } from "./plan.js";
import type { PlanEvent } from "./plan-event.js";

/**
 * What a `safeParse*` function returns: the parsed value, or the error its `parse*` twin would
 * have thrown (zod's convention, so a form can show every issue without a `try`).
 */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: AfterviewValidationError };

function safely<T>(parse: (value: unknown) => T, value: unknown): SafeParseResult<T> {
  try {
    return { success: true, data: parse(value) };
  } catch (error) {
    if (error instanceof AfterviewValidationError) return { success: false, error };
    throw error;
  }
}

/**
 * {@link parseInterviewInput} without the throw.
 *
 * @example
 * ```ts
 * const result = safeParseInterviewInput(JSON.parse(body));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path));
 * ```
 */
export function safeParseInterviewInput(value: unknown): SafeParseResult<InterviewInput> {
  return safely(parseInterviewInput, value);
}

/**
 * {@link parseOffer} without the throw.
 *
 * @example
 * ```ts
 * safeParseOffer({ base: { amount: 95000, currency: "usd" }, period: "year" }).success;
 * //=> false (base.currency: "usd" must be upper case: "USD")
 * ```
 */
export function safeParseOffer(value: unknown): SafeParseResult<Offer> {
  return safely(parseOffer, value);
}

/**
 * {@link parsePlan} without the throw: read a stored plan back, or learn why it no longer reads.
 *
 * @example
 * ```ts
 * const stored = safeParsePlan(JSON.parse(row.plan));
 * if (stored.success) applyEvent(stored.data, event, { now });
 * ```
 */
export function safeParsePlan(value: unknown): SafeParseResult<Plan> {
  return safely(parsePlan, value);
}

/**
 * {@link parsePlanEvent} without the throw.
 *
 * @example
 * ```ts
 * safeParsePlanEvent({ type: "rejected", id: "e5", at: "2026-12-02T10:00:00-05:00" }).success;
 * //=> true
 * ```
 */
export function safeParsePlanEvent(value: unknown): SafeParseResult<PlanEvent> {
  return safely(parsePlanEvent, value);
}

/**
 * {@link parseNegotiationContext} without the throw.
 *
 * @example
 * ```ts
 * safeParseNegotiationContext({ market: { p50: 100000, p75: 90000 } }).success;
 * //=> false (market.p75: must be at least p50 (100000))
 * ```
 */
export function safeParseNegotiationContext(value: unknown): SafeParseResult<NegotiationContext> {
  return safely(parseNegotiationContext, value);
}
