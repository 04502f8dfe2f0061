import type { PlanContext } from "../plan/context.js";
import type { PlanAction } from "../schema/plan.js";
import { timeOfDay } from "../time/wall-clock.js";

import { momentLabel } from "./describe.js";
import { copyPerson } from "./recipients.js";
import { why } from "./why.js";

/**
 * The `withdraw` action for a candidate who does not want the job: an email (template
 * `outcome/withdrawal`) to the scheduler when they have an email address, else the first interviewer
 * with one, else the scheduler or the first interviewer (the address is then still to be found); due from the interview's end to the close of business
 * (`policy.thankYou.businessHours.end`, 17:00) on the candidate's next business day, candidate's zone.
 */
export function withdrawAction(ctx: Pick<PlanContext, "input" | "policy" | "candidate" | "end">): PlanAction {
  const { input } = ctx;
  const { clock } = ctx.candidate;
  const start = ctx.end.on(clock);
  const day = ctx.candidate.days.nextBusinessDay(start.day);
  const end = clock.moment(day, timeOfDay(ctx.policy.thankYou.businessHours.end));
  const person =
    (input.scheduler?.email ? input.scheduler : undefined) ??
    input.interviewers.find((p) => p.email) ??
    input.scheduler ??
    input.interviewers[0];
  const action: PlanAction = {
    id: "withdraw",
    kind: "withdraw",
    due: { start: start.toString(), end: end.toString() },
    channel: "email",
    templateId: "outcome/withdrawal",
    status: "pending",
    why: [
      why(
        "thank-you.interest",
        `You do not want this job: say so politely by ${momentLabel(end)} your time, so they can move on and remember you well.`,
        "E-TY-MATTERS",
      ),
    ],
  };
  if (person) action.to = copyPerson(person);
  return action;
}
