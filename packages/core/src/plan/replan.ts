import { followUpActions } from "../follow-up/actions.js";
import { followUpWindows } from "../follow-up/windows.js";
import { nextHours } from "../policy/candidate-hours.js";
import { LIMITS } from "../schema/limits.js";
import type { Plan, PlanFollowUp } from "../schema/plan.js";
import { readInstant } from "../time/instant.js";
import { Moment } from "../time/zone-clock.js";
import { confirmTimelineAction, freshConfirmTimelineId } from "../timeline/confirm-timeline.js";
import { decisionWindow } from "../timeline/window.js";
import type { RulesContext } from "./context.js";

/** The highest attempt number a plan can hold (`plan.followUps[].attempt`); later touches are not planned. */
const MAX_ATTEMPT = 100;

/**
 * The employer gave a new timeline (on a call, or by message): the decision window is read again
 * from `text` counted from the event (`at`, in the employer's zone), the follow-ups still pending are
 * dropped, and a new cadence is planned after the new window. Attempt numbers continue after the
 * highest one the plan has used, so every follow-up keeps a unique id (`follow-up-4`…).
 * Follow-ups already made stay in the plan; if `plan.followUps` would exceed its size limit, the
 * oldest of those made are dropped from it (their actions stay).
 */
export function replan(
  plan: Plan,
  rules: RulesContext,
  event: { at: string; text: string },
): Pick<Plan, "decision" | "followUps" | "actions"> {
  const at = new Moment(readInstant(event.at, "event.at", rules.employer.zone).ns, rules.employer.clock);
  // Read in the interview's language, else the employer's country's, as createPlan read the first one.
  const { language, employer } = plan.context;
  const company =
    employer.region === undefined
      ? { country: employer.country }
      : { country: employer.country, region: employer.region };
  const decision = decisionWindow(
    { ...rules, input: language === undefined ? { company } : { language, company } },
    at,
    event.text,
  );
  const dropped = new Set(
    plan.actions.filter((a) => a.kind === "follow-up" && a.status === "pending").map((a) => a.id),
  );
  const actions = plan.actions.filter((a) => !dropped.has(a.id));
  const kept = plan.followUps.filter((f) => !dropped.has(`follow-up-${f.attempt}`));
  const startAttempt = plan.followUps.reduce((max, f) => Math.max(max, f.attempt), 0) + 1;
  const fresh = followUpWindows(rules, decision, { from: at.day, startAttempt }).filter(
    (f) => f.attempt <= MAX_ATTEMPT,
  );
  const taken = new Set(actions.map((a) => a.id));
  const added = followUpActions(plan.context, fresh).filter((a) => !taken.has(a.id));
  // Words the parser could read settle the question; words it could not are asked about again.
  const settled = actions.map((a) =>
    a.kind === "confirm-timeline" && a.status === "pending" && decision.source !== "unread"
      ? { ...a, status: "done" as const }
      : a,
  );
  const asking = settled.some((a) => a.kind === "confirm-timeline" && a.status === "pending");
  if (decision.source === "unread" && !asking) {
    const due = nextHours(at, rules.candidate, rules.policy.candidateHours, "write");
    const id = freshConfirmTimelineId(settled);
    added.unshift(confirmTimelineAction(decision, due, id, rules.policy.decision.defaultBusinessDays));
  }
  return { decision, followUps: trim([...kept, ...fresh], fresh.length), actions: [...settled, ...added] };
}

/** At most `LIMITS.smallList` windows: the oldest settled ones go first, the `fresh` last ones stay. */
function trim(followUps: PlanFollowUp[], fresh: number): PlanFollowUp[] {
  const excess = followUps.length - LIMITS.smallList;
  if (excess <= 0) return followUps;
  const old = followUps.slice(0, followUps.length - fresh);
  return [...old.slice(Math.min(excess, old.length)), ...followUps.slice(followUps.length - fresh)];
}
