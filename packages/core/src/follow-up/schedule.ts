import { type PlanOptions, planContext } from "../plan/context.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanFollowUp } from "../schema/plan.js";
import { decisionWindow } from "../timeline/window.js";
import { followUpWindows } from "./windows.js";

/**
 * One follow-up touch: a call in the employer's calling hours (`opens`/`closes`, employer's zone),
 * the same window in the candidate's zone (`forCandidate`), a voicemail and an email alternative,
 * and the reasons. The same shape as `plan.followUps[]`.
 */
export type FollowUpWindow = PlanFollowUp;

/**
 * When to follow up if the employer has not answered, computed from one interview:
 * the decision window from the stated timeline (else 5 business days, `E-FU-STATED`), then the first
 * call in the first calling window (`E-FU-CALLTIME`: Tue–Thu 09:30–11:30 and 13:30–15:30, Monday
 * afternoon, Friday morning, in the employer's zone, on its business days) from the first business
 * day after the window closes, then more touches at least 5 business days apart, 3 in all
 * (`E-FU-STATED`). No window that has closed by `options.now` is planned. Each touch is a call
 * (`E-FU-CHANNEL`) with voicemail and email alternatives, kept to the part of its window inside the
 * candidate's hours (`E-FU-HOURS`: 08:00–20:00 their time, on their weekdays); when no calling window
 * meets those hours for a working week, the touch is an email (`follow-up/email`) instead.
 * `options.policy.followUp` changes the windows, touches and gaps; `options.policy.candidateHours` the
 * candidate's day.
 *
 * @throws {AfterviewValidationError} naming the field, for bad input, `now` or policy.
 *
 * @example
 * ```ts
 * followUpSchedule(
 *   {
 *     id: "acme", role: "Data Engineer", format: "video", interest: "want",
 *     company: { name: "Acme", timeZone: "America/New_York", country: "US", region: "NY" },
 *     start: "2026-11-24T14:00:00-05:00[America/New_York]",
 *     end: "2026-11-24T15:30:00-05:00[America/New_York]",
 *     interviewers: [{ name: "Dana Whitfield" }],
 *     statedTimeline: "We'll make a decision within two or three days",
 *     candidate: { name: "Alex Morgan", timeZone: "Europe/London", country: "GB" },
 *   },
 *   { now: "2026-11-24T21:00:00Z" },
 * ).map((w) => [w.opens, w.forCandidate.opens]);
 * //=> [["2026-12-01T09:30:00-05:00[America/New_York]", "2026-12-01T14:30:00+00:00[Europe/London]"],
 * //    ["2026-12-08T09:30:00-05:00[America/New_York]", "2026-12-08T14:30:00+00:00[Europe/London]"],
 * //    ["2026-12-15T09:30:00-05:00[America/New_York]", "2026-12-15T14:30:00+00:00[Europe/London]"]]
 * ```
 */
export function followUpSchedule(input: InterviewInput, options: PlanOptions): FollowUpWindow[] {
  const ctx = planContext(input, options);
  // No letter and no calls for a job the candidate does not want: the plan withdraws instead.
  if (ctx.input.interest === "not-interested") return [];
  return followUpWindows(ctx, decisionWindow(ctx));
}
