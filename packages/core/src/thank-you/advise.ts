import { type PlanOptions, planContext } from "../plan/context.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanThankYou } from "../schema/plan.js";
import { decisionWindow } from "../timeline/window.js";
import { thankYouPlan } from "./plan.js";

/** The thank-you advice: whether to send, by which channel and format, to whom, by when, and why. */
export type ThankYouAdvice = PlanThankYou;

/**
 * Advises on the thank-you letter after an interview: whether to send one, when to write
 * it, to whom, by post or email, typed or by hand, every choice explained in `why[]` with its rule and
 * evidence id (`E-TY-MATTERS`, `E-TY-TIMING`, `E-TY-CHANNEL`, `E-POST-*`). The same advice is
 * `plan.thankYou` in `createPlan`. The expected decision comes from the employer's stated timeline, else
 * the default wait (`E-FU-STATED`); the post is chosen only when it arrives a business day before it.
 *
 * @throws {AfterviewValidationError} naming the field (`interviewers[0].email`, `now`, `policy.thankYou.writeBy`…).
 *
 * @example
 * ```ts
 * // examples/data/sample-interview.json: onsite in New York until 15:30 on Tue 2026-11-24, a Chicago candidate,
 * // "We'll make a decision within two or three days" (so the earliest decision is Wed 2026-11-25).
 * const advice = adviseThankYou(sample, { now: "2026-11-24T16:00:00-05:00[America/New_York]" });
 * advice.channel; //=> "email"
 * advice.writeBy; //=> "2026-11-24T21:00:00-06:00[America/Chicago]"
 * advice.sendBy;  //=> "2026-11-25T14:30:00-06:00[America/Chicago]" (15:30 in New York, 24 hours after the interview)
 * advice.postal;  //=> { postBy: "2026-11-25T17:00:00-06:00[America/Chicago]",
 * //                     arrival: { earliest: "2026-11-27", latest: "2026-12-03" }, beforeDecision: false }
 * ```
 */
export function adviseThankYou(input: InterviewInput, options: PlanOptions): ThankYouAdvice {
  const ctx = planContext(input, options);
  return thankYouPlan(ctx, decisionWindow(ctx)).advice;
}
