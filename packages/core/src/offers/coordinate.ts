import { Temporal } from "temporal-polyfill";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { sortActions } from "../plan/action-order.js";
import type { PlanOptions } from "../plan/context.js";
import { contactOf, copyPerson, rulesFromPlan } from "../plan/context-data.js";
import { markOverdue } from "../plan/overdue.js";
import { quietUntil } from "../plan/quiet-until.js";
import { issue } from "../schema/issued.js";
import { parsePlan } from "../schema/parse.js";
import type { Plan, PlanAction } from "../schema/plan.js";
import { toZonedDateTime } from "../time/instant.js";
import { zonedAt } from "../time/wall-clock.js";
import { plainDate, zonedOf } from "../time/zone-clock.js";

/** Options of {@link coordinatePlans}. */
function readPlans(plans: unknown): Plan[] {
  if (!Array.isArray(plans)) {
    throw new AfterviewValidationError([
      { path: "plans", code: "invalid_type", message: "expected an array of plans" },
    ]);
  }
  return plans.map((plan, i) => {
    try {
      return parsePlan(plan);
    } catch (error) {
      if (!(error instanceof AfterviewValidationError)) throw error;
      throw error.under(`plans[${i}]`, { subject: "plans" });
    }
  });
}

/**
 * Offers across interviews: for every plan holding an offer with a deadline still ahead, each other
 * plan still awaiting a decision gets an action to tell that employer about the deadline and ask
 * whether they can decide by then. Due from `now` until the end of business hours
 * `policy.negotiation.shareDeadlineBusinessDays` (1, inferred) candidate business days later, or the
 * deadline if sooner (decisions often take weeks, E-FU-WAIT; by email, the channel most managers
 * prefer, E-FU-CHANNEL). The action is a `follow-up` (a touch with that employer's contact), with id
 * `offer-deadline-<interviewId of the offer>`; running it again adds nothing (a pending one is re-dated).
 * Pure: returns new plans (validated copies, deeply frozen), in the same order; the inputs are never changed.
 *
 * @throws {AfterviewValidationError} for plans that do not validate (`plans[1].status`) or a bad `now`.
 * @example
 * ```ts
 * const [withOffer, other] = coordinatePlans([acmePlanWithOffer, globexPlan], { now: "2026-12-04T12:00:00-05:00" });
 * other.actions.find((a) => a.id === "offer-deadline-acme")?.why[0].text;
 * //=> "Acme Corp expects your answer by Thu, Dec 10, 4:00 PM CST: tell Globex and ask whether they can decide by then, since decisions often take weeks."
 * ```
 */
export function coordinatePlans(plans: Plan[], options: PlanOptions): Plan[] {
  const list = readPlans(plans);
  if (typeof options !== "object" || options === null || options.now === undefined) {
    throw new AfterviewValidationError([
      {
        path: "now",
        code: "invalid_type",
        message: "is required: core never reads the clock, so pass the current time",
      },
    ]);
  }
  const nowNs = toZonedDateTime(options.now, "now").epochNanoseconds;
  const offers = list
    .filter((p) => p.status === "offer" && p.offer?.deadline !== undefined)
    .map((p) => ({ plan: p, deadline: toZonedDateTime(p.offer!.deadline!, "offer.deadline") }))
    .filter((o) => o.deadline.epochNanoseconds > nowNs);
  if (offers.length === 0) return list;
  return list.map((plan) => {
    if (plan.status !== "awaiting-decision") return plan;
    const rules = rulesFromPlan(plan.context, { now: options.now, policy: options.policy });
    const zone = rules.candidate.zone;
    const now = zonedOf(rules.now);
    let actions = plan.actions;
    for (const source of offers) {
      if (source.plan === plan) continue;
      const id = `offer-deadline-${source.plan.interviewId}`.slice(0, 200);
      const existing = actions.find((a) => a.id === id);
      if (existing && existing.status !== "pending") continue;
      const deadline = source.deadline.withTimeZone(zone);
      const n = rules.policy.negotiation.shareDeadlineBusinessDays;
      const day = plainDate(rules.candidate.days.addBusinessDays(rules.now.day, n));
      let end = zonedAt(day, rules.policy.thankYou.businessHours.end, zone);
      if (Temporal.ZonedDateTime.compare(end, now) < 0) end = now;
      if (Temporal.ZonedDateTime.compare(deadline, end) < 0) end = deadline;
      const contact = contactOf(plan.context);
      const when = deadline.toLocaleString("en-US", {
        weekday: "short",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      });
      const action: PlanAction = {
        id,
        kind: "follow-up",
        due: { start: now.toString(), end: end.toString() },
        channel: "email",
        status: "pending",
        why: [
          {
            rule: "offers.share-deadline",
            text: `${source.plan.context.company} expects your answer by ${when}: tell ${plan.context.company} and ask whether they can decide by then, since decisions often take weeks.`,
            source: "E-FU-WAIT",
          },
        ],
      };
      if (contact) action.to = copyPerson(contact);
      actions = existing ? actions.map((a) => (a === existing ? action : a)) : [...actions, action];
    }
    if (actions === plan.actions) return plan;
    // As of `now`, like every plan applyEvent returns: what was due before it is marked overdue.
    const sorted = markOverdue(sortActions(actions), rules.now);
    const out: Plan = { ...plan, actions: sorted };
    const quiet = quietUntil(sorted);
    if (quiet === undefined) delete out.quietUntil;
    else out.quietUntil = quiet;
    return issue("plan", out);
  });
}
