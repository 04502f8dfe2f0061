import { followUpActions } from "../follow-up/actions.js";
import { followUpWindows } from "../follow-up/windows.js";
import { nextHours } from "../policy/candidate-hours.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { issue } from "../schema/issued.js";
import type { Plan } from "../schema/plan.js";
import { thankYouPlan } from "../thank-you/plan.js";
import { confirmTimelineAction } from "../timeline/confirm-timeline.js";
import { decisionWindow } from "../timeline/window.js";
import { sortActions } from "./action-order.js";
import { type PlanOptions, planContext } from "./context.js";
import { contextData } from "./context-data.js";
import { markOverdue } from "./overdue.js";
import { zoneWarnings } from "./zone-warnings.js";

/**
 * The plan for the time after one interview (thank-you, follow-up, waiting and the answer), as plain JSON.
 *
 * - `decision`: when the employer should decide, from `statedTimeline` read in the employer's
 *   business days, else 5 business days (`E-FU-STATED`). When the words name a time that cannot be
 *   read (`source: "unread"`), the first action is `confirm-timeline`: give the date you heard.
 * - `thankYou`: whether, how and by when to thank each interviewer (`E-TY-*`, `E-POST-*`).
 * - `followUps`: up to 3 calls in the employer's calling hours after the decision window
 *   (`E-FU-STATED`, `E-FU-CALLTIME`), each also on the candidate's clock. None when the candidate is
 *   not interested: the plan's action is then to withdraw.
 * - `quietUntil`: the first follow-up's opening on the candidate's clock; until then there is
 *   nothing to do but wait.
 * - `actions`: the to-do list (thank-you actions, then follow-ups), sorted by when each falls due,
 *   ties by kind (confirm, write, send, follow up…) then id; ids are stable for the same input.
 * - `context`: what `applyEvent` needs to re-plan without the input; `history` starts empty.
 * - Pending actions whose window closed before `now` (a plan made days after the interview) carry
 *   `overdue: true`: still worth doing, but past due.
 * - `warnings`: a person's zone that is a fixed offset or an abbreviation (`"EST"`, `"Etc/GMT+5"`,
 *   `"UTC"`, `"CET"`) is accepted, but warned about with the IANA zone to use instead, chosen by the
 *   person's region (or address region) where known, else by the country and the zone's standard time.
 *
 * Pure: `options.now` is the only clock; `options.policy` overrides any default. The plan is deeply
 * frozen (copy it with `structuredClone` to edit); passed back to core or to the templates, it is
 * known valid and not parsed again.
 *
 * @throws {AfterviewValidationError} naming the field (`interviewers[1].email`, `now`, `policy.followUp.touches`).
 *
 * @example
 * ```ts
 * const plan = createPlan(sample, { now: "2026-11-24T15:30:00-05:00[America/New_York]" });
 * [plan.decision.earliest, plan.decision.latest];
 * //=> ["2026-11-25", "2026-11-30"]
 * plan.followUps[0].opens;
 * //=> "2026-12-01T09:30:00-05:00[America/New_York]"
 * plan.quietUntil;
 * //=> "2026-12-01T08:30:00-06:00[America/Chicago]"
 * plan.actions[0].id;
 * //=> "confirm-recipients"
 * ```
 */
export function createPlan(input: InterviewInput, options: PlanOptions): Plan {
  const ctx = planContext(input, options);
  const decision = decisionWindow(ctx);
  const thankYou = thankYouPlan(ctx, decision);
  const followUps = ctx.input.interest === "not-interested" ? [] : followUpWindows(ctx, decision);
  const first = followUps[0];
  const confirm =
    decision.source === "unread" && ctx.input.interest !== "not-interested"
      ? [
          confirmTimelineAction(
            decision,
            nextHours(ctx.end.on(ctx.employer.clock), ctx.candidate, ctx.policy.candidateHours, "write"),
            "confirm-timeline",
            ctx.policy.decision.defaultBusinessDays,
          ),
        ]
      : [];
  return issue("plan", {
    version: 1,
    interviewId: ctx.input.id,
    createdAt: ctx.now.on(ctx.candidate.clock).toString(),
    status: "awaiting-decision",
    context: contextData(ctx),
    decision,
    thankYou: thankYou.advice,
    followUps,
    ...(first ? { quietUntil: first.forCandidate.opens } : {}),
    actions: markOverdue(
      sortActions([...confirm, ...thankYou.actions, ...followUpActions(ctx.input, followUps)]),
      ctx.now,
    ),
    history: [],
    warnings: zoneWarnings(ctx.input, ctx.end.ns),
  } satisfies Plan);
}
