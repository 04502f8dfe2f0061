import { AfterviewError } from "../errors/afterview-error.js";
import type { NegotiationAdvice } from "../negotiation/types.js";
import type { PlanEventType, PlanStatus } from "../schema/enums.js";
import type { Offer } from "../schema/offer.js";
import type { Plan, PlanAction } from "../schema/plan.js";
import type { PlanEvent } from "../schema/plan-event.js";
import { readInstant } from "../time/instant.js";
import { Moment } from "../time/zone-clock.js";
import { appendUnique, closeAll, settle } from "./action-status.js";
import type { RulesContext } from "./context.js";
import { contactOf } from "./context-data.js";
import { instantKey } from "./instant-order.js";
import {
  acceptAction,
  celebrateAction,
  declineAction,
  negotiateAction,
  type OutcomeContext,
  reflectAction,
  rejectionReplyAction,
  respondAction,
  restartSearchAction,
  withdrawOthersAction,
} from "./outcome-actions.js";
import { replan } from "./replan.js";

/** What a transition may read: the plan (a private copy), the event, and the rules' context, built on demand. */
export interface Step {
  plan: Plan;
  rules(): RulesContext;
  /** Negotiation advice for an offer, when the caller gave enough context (see `applyEvent`). */
  advise?(offer: Offer): NegotiationAdvice | undefined;
}

type Handler<T extends PlanEventType> = (step: Step, event: Extract<PlanEvent, { type: T }>) => Plan;
type Handlers = { [T in PlanEventType]?: Handler<T> };

/**
 * The state machine: for each open status, the events it accepts. A status that is not a key here
 * (`accepted`, `declined`, `rejected`, `withdrawn`, `closed-no-response`) is final and accepts nothing.
 */
const TRANSITIONS: Partial<Record<PlanStatus, Handlers>> = {
  "awaiting-decision": {
    "thank-you-sent": thankYouSent,
    "follow-up-made": followUpMade,
    "timeline-updated": (step, event) => ({
      ...step.plan,
      ...replan(step.plan, step.rules(), { at: event.at, text: event.text }),
    }),
    "offer-received": offerReceived,
    rejected,
    withdrew,
    "no-response": noResponse,
  },
  offer: {
    "offer-received": offerReceived,
    "offer-accepted": offerAccepted,
    "offer-declined": offerDeclined,
    rejected,
    withdrew,
  },
};

/** The event types a plan in `status` accepts (empty for a final status). */
export function acceptedEvents(status: PlanStatus): PlanEventType[] {
  return Object.keys(TRANSITIONS[status] ?? {}) as PlanEventType[];
}

/**
 * Folds `event` into `step.plan` (history and ordering are the caller's). Throws `invalid-transition`
 * when the plan's status does not accept the event.
 */
export function transition(step: Step, event: PlanEvent): Plan {
  const handler = TRANSITIONS[step.plan.status]?.[event.type] as Handler<PlanEvent["type"]> | undefined;
  if (!handler) throw invalidTransition(step.plan.status, event.type);
  return (handler as (step: Step, event: PlanEvent) => Plan)(step, event);
}

function invalidTransition(status: PlanStatus, type: PlanEventType, reason?: string): AfterviewError {
  const accepted = acceptedEvents(status);
  const tail = reason
    ? `: ${reason}`
    : accepted.length === 0
      ? ` (the plan is ${status}, a final status)`
      : ` (a plan that is ${status} accepts ${accepted.join(", ")})`;
  return new AfterviewError("invalid-transition", `cannot apply "${type}" to a plan that is ${status}${tail}`);
}

/**
 * The outcome context: the event's instant on the candidate's clock, never before the interview ended.
 * Instants are compared as numbers, not as `ZonedDateTime`s (see `outcome-actions.ts`).
 */
function outcome(step: Step, event: PlanEvent): OutcomeContext {
  const rules = step.rules();
  const { candidate } = rules;
  const at = new Moment(readInstant(event.at, "event.at", candidate.zone).ns, candidate.clock);
  const end = rules.end.on(candidate.clock);
  return {
    rules,
    at: at.ns < end.ns ? end : at,
    contact: contactOf(step.plan.context),
  };
}

const isThankYou = (a: PlanAction) =>
  a.kind === "confirm-recipients" || a.kind === "write-thank-you" || a.kind === "send-thank-you";

/**
 * A letter went out by `channel`: the write and confirm actions are done, and so are the send
 * actions of that channel (all of them, or those to `recipient` when the event names one).
 */
function thankYouSent(step: Step, event: Extract<PlanEvent, { type: "thank-you-sent" }>): Plan {
  const who = event.recipient?.trim().toLowerCase();
  const forRecipient = (a: PlanAction) => who === undefined || who === "" || a.to?.name?.trim().toLowerCase() === who;
  const actions = settle(step.plan.actions, "done", (a) => {
    if (!isThankYou(a)) return false;
    if (a.kind === "confirm-recipients") return true;
    if (a.kind === "write-thank-you") return forRecipient(a);
    return a.channel === event.channel && forRecipient(a);
  });
  return { ...step.plan, actions };
}

/** A follow-up was made: the earliest pending one is done; a new timeline heard on the call re-plans. */
function followUpMade(step: Step, event: Extract<PlanEvent, { type: "follow-up-made" }>): Plan {
  const next = earliestPending(step.plan.actions, "follow-up");
  const actions = next ? settle(step.plan.actions, "done", (a) => a === next) : step.plan.actions;
  const plan = { ...step.plan, actions };
  const heard = event.timeline?.trim();
  if (!heard) return plan;
  return { ...plan, ...replan(plan, step.rules(), { at: event.at, text: heard }) };
}

function earliestPending(actions: readonly PlanAction[], kind: PlanAction["kind"]): PlanAction | undefined {
  let best: PlanAction | undefined;
  let bestAt: bigint | undefined;
  for (const a of actions) {
    if (a.kind !== kind || a.status !== "pending") continue;
    const at = a.due ? instantKey(a.due.start) : undefined;
    if (best === undefined || (at !== undefined && (bestAt === undefined || at < bestAt))) {
      best = a;
      bestAt = at;
    }
  }
  return best;
}

/**
 * An offer (or a revised one): the plan moves to `offer`, follow-ups are no longer needed, and the
 * candidate is to negotiate and answer (a revised offer re-dates both). With negotiation advice, the
 * negotiate action carries it, and is left out when the advice is to accept or to consider declining
 * (the answer's reasons say which).
 */
function offerReceived(step: Step, event: Extract<PlanEvent, { type: "offer-received" }>): Plan {
  const o = outcome(step, event);
  const revised = step.plan.status === "offer";
  const kept = step.plan.actions.filter(
    (a) => !(revised && a.status === "pending" && (a.kind === "respond-to-offer" || a.kind === "negotiate")),
  );
  const actions = settle(kept, "skipped", (a) => a.kind === "follow-up");
  const advice = step.advise?.(event.offer);
  const negotiate =
    !advice || advice.recommendation === "negotiate" || advice.recommendation === "negotiate-other-terms";
  return {
    ...step.plan,
    status: "offer",
    offer: event.offer,
    actions: appendUnique(actions, [
      respondAction(o, event.offer, revised, advice),
      ...(negotiate ? [negotiateAction(o, event.offer, advice)] : []),
    ]),
  };
}

function offerAccepted(step: Step, event: PlanEvent): Plan {
  const o = outcome(step, event);
  const actions = closeAll(step.plan.actions, ["respond-to-offer"]);
  return {
    ...step.plan,
    status: "accepted",
    actions: appendUnique(actions, [acceptAction(o, step.plan.offer), celebrateAction(o), withdrawOthersAction(o)]),
  };
}

function offerDeclined(step: Step, event: PlanEvent): Plan {
  const o = outcome(step, event);
  const actions = closeAll(step.plan.actions, ["respond-to-offer"]);
  return {
    ...step.plan,
    status: "declined",
    actions: appendUnique(actions, [
      declineAction(o, step.plan.offer),
      reflectAction(o),
      restartSearchAction(o, "declined"),
    ]),
  };
}

function rejected(step: Step, event: PlanEvent): Plan {
  const o = outcome(step, event);
  return {
    ...step.plan,
    status: "rejected",
    actions: appendUnique(closeAll(step.plan.actions), [
      rejectionReplyAction(o),
      reflectAction(o),
      restartSearchAction(o, "rejected"),
    ]),
  };
}

/** The candidate withdrew: a pending `withdraw` action is done; the rest is no longer needed. */
function withdrew(step: Step, event: PlanEvent): Plan {
  const o = outcome(step, event);
  return {
    ...step.plan,
    status: "withdrawn",
    actions: appendUnique(closeAll(step.plan.actions, ["withdraw"]), [reflectAction(o)]),
  };
}

/**
 * Silence after the last touch: allowed once every follow-up is done or skipped, or once `now` (or
 * the event) is past the last follow-up window (E-FU-STATED: a bounded cadence, then move on).
 */
function noResponse(step: Step, event: Extract<PlanEvent, { type: "no-response" }>): Plan {
  const { plan } = step;
  const open = plan.actions.filter((a) => a.kind === "follow-up" && a.status === "pending");
  if (open.length > 0) {
    const rules = step.rules();
    const lastClose = plan.followUps.reduce<bigint | undefined>((max, f) => {
      const at = instantKey(f.closes);
      return max === undefined || at > max ? at : max;
    }, undefined);
    const now = rules.now.ns;
    const at = instantKey(event.at);
    const pastLastWindow = lastClose !== undefined && (now > lastClose || at > lastClose);
    if (!pastLastWindow) {
      throw invalidTransition(
        plan.status,
        event.type,
        `${open.length} follow-up${open.length === 1 ? " is" : "s are"} still pending; record them first, or wait until the last window closes`,
      );
    }
  }
  const o = outcome(step, event);
  return {
    ...plan,
    status: "closed-no-response",
    actions: appendUnique(closeAll(plan.actions), [reflectAction(o), restartSearchAction(o, "no-response")]),
  };
}
