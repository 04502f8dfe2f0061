import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { adviseNegotiation } from "../negotiation/advise.js";
import type { NegotiationContext } from "../negotiation/context.js";
import type { NegotiationAdvice } from "../negotiation/types.js";
import { issue } from "../schema/issued.js";
import { LIMITS } from "../schema/limits.js";
import type { Offer } from "../schema/offer.js";
import { parsePlan, parsePlanEvent } from "../schema/parse.js";
import type { Plan } from "../schema/plan.js";
import type { PlanEvent } from "../schema/plan-event.js";
import { sortActions } from "./action-order.js";
import type { PlanOptions, RulesContext } from "./context.js";
import { rulesFromPlan } from "./context-data.js";
import { markOverdue } from "./overdue.js";
import { quietUntil } from "./quiet-until.js";
import { transition } from "./transitions.js";

/** The options of {@link applyEvent}: `now`, policy overrides, and what negotiation advice on an offer weighs. */
export interface ApplyEventOptions extends PlanOptions {
  /**
   * The candidate's side of a negotiation (experience, fit, market pay, competing offers, walk-away).
   * With it, an `offer-received` event carries `adviseNegotiation`'s advice into the plan's actions.
   */
  negotiation?: NegotiationContext;
}

/**
 * Advice is worth giving when the caller gave a negotiation context, or the offer itself carries a
 * range or a fixed salary; without any of these the negotiate action keeps its general reasons.
 * Context issues are reported under `negotiation.`.
 */
function adviser(options: unknown): (offer: Offer) => NegotiationAdvice | undefined {
  const o = (typeof options === "object" && options !== null ? options : {}) as {
    negotiation?: unknown;
    policy?: unknown;
  };
  return (offer) => {
    if (o.negotiation === undefined && offer.range === undefined && offer.salaryFixed !== true) return undefined;
    const context = (o.negotiation ?? {}) as NegotiationContext;
    try {
      const withPolicy =
        o.policy !== undefined && typeof context === "object" && context !== null && !("policy" in context)
          ? { ...context, policy: o.policy }
          : context;
      return adviseNegotiation(offer, withPolicy);
    } catch (error) {
      if (!(error instanceof AfterviewValidationError)) throw error;
      throw new AfterviewValidationError(
        error.issues.map((i) => ({
          ...i,
          path: i.path.startsWith("policy") ? i.path : i.path ? `negotiation.${i.path}` : "negotiation",
        })),
        { subject: "negotiation context", cause: error },
      );
    }
  };
}

/**
 * Folds one event into a plan and returns the new plan: a pure reducer (waiting, and what follows the answer). The
 * input plan is never changed; plans and events may be untyped JSON and are validated first. The new
 * plan is deeply frozen, like every plan core returns.
 *
 * - An event whose `id` is already in `plan.history` changes nothing: the plan comes back deep-equal.
 * - `awaiting-decision` accepts `thank-you-sent` (the letter's write, confirm and send actions of that
 *   channel are done), `follow-up-made` (the earliest pending follow-up is done; a `timeline` heard on
 *   the call re-plans the decision window and the follow-ups after it), `timeline-updated` (re-plans),
 *   `offer-received` (→ `offer`: respond and negotiate actions; with `options.negotiation`, or an offer
 *   that carries a range or a fixed salary, the negotiate action's reasons are `adviseNegotiation`'s and
 *   it is left out when the advice is to accept or to consider declining), `rejected` (→ `rejected`: a gracious
 *   reply within `policy.outcome.rejectionReplyBusinessDays`, reflect, restart the search), `withdrew`
 *   (→ `withdrawn`: reflect) and `no-response` (→ `closed-no-response`, once every follow-up is made or
 *   the last window has closed; reflect, restart the search).
 * - `offer` accepts a revised `offer-received` (re-dates the answer), `offer-accepted` (→ `accepted`:
 *   accept in writing, celebrate, withdraw from other processes), `offer-declined` (→ `declined`:
 *   decline letter, reflect, restart), `rejected` (the offer was withdrawn) and `withdrew`.
 * - Every other status is final. Pending actions left behind by a status change are `skipped`.
 * - The event is appended to `history`; actions stay sorted by due time; `quietUntil` is the next
 *   pending follow-up's opening (absent when none is pending); pending actions whose window closed
 *   before `options.now` carry `overdue: true`, and no other action does; `warnings` are kept.
 *
 * @throws {AfterviewValidationError} for a plan, event, `now` or policy that does not validate.
 * @throws {AfterviewError} with `code: "invalid-transition"` for an event the plan's status does not accept.
 *
 * @example
 * ```ts
 * const plan = createPlan(sample, { now: "2026-11-24T15:30:00-05:00[America/New_York]" });
 * const next = applyEvent(plan, { type: "rejected", id: "e1", at: "2026-11-27T10:00:00-05:00" }, { now: "2026-11-27T10:00:00-05:00" });
 * next.status;
 * //=> "rejected"
 * next.actions.filter((a) => a.status === "pending").map((a) => a.id);
 * //=> ["reply-to-rejection", "reflect", "restart-search"]
 * applyEvent(next, { type: "offer-accepted", id: "e2", at: "2026-11-30T10:00:00-05:00" }, { now: "2026-11-30T10:00:00-05:00" });
 * // throws AfterviewError { code: "invalid-transition" }
 * ```
 */
export function applyEvent(plan: Plan, event: PlanEvent, options: ApplyEventOptions): Plan {
  const current = parsePlan(plan);
  const happened = parsePlanEvent(event);
  if (current.history.some((e) => e.id === happened.id)) return current;
  if (current.history.length >= LIMITS.history) {
    throw new AfterviewError(
      "out-of-range",
      `the plan's history already holds ${LIMITS.history} events, the most a plan can keep`,
    );
  }
  let rules: RulesContext | undefined;
  const next = transition(
    {
      plan: current,
      rules: () => {
        rules ??= rulesFromPlan(current.context, options);
        return rules;
      },
      advise: adviser(options),
    },
    happened,
  );
  // Validate the options even when the transition did not need them: a bad `now` is an error either way.
  rules ??= rulesFromPlan(current.context, options);
  const actions = markOverdue(sortActions(next.actions), rules.now);
  const out: Plan = { ...next, actions, history: [...current.history, happened] };
  const quiet = next.status === "awaiting-decision" ? quietUntil(actions) : undefined;
  if (quiet === undefined) delete out.quietUntil;
  else out.quietUntil = quiet;
  return issue("plan", out);
}
