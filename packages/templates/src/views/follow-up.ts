import { calendarDate, dateIn } from "../locale/dates.js";
import { type CommonView, commonView } from "./common.js";
import { interviewerNames } from "./people.js";
import type { Resolved } from "./resolved.js";

/** The view of the follow-up call, voicemail and email. */
export interface FollowUpView extends CommonView {
  /** The date the employer said they would decide by, when they said one: `Monday, November 30`. */
  statedBy: string | undefined;
  /** The interviewers by first name, `you` for the person called when they were one: `you and Marek`. */
  interviewers: string | undefined;
  /** Whom the candidate met: the interviewers' first names, else `the team`. */
  metWith: string;
  /** `true` on a second or later attempt. */
  again: boolean;
  /** The day of the last follow-up call made, when the plan's history has one. */
  previousCall: string | undefined;
}

/**
 * Builds the follow-up view: the decision date the employer stated (only when they stated one,
 * never the default wait), the interviewers met, and whether this is a repeat attempt (from the
 * action id `follow-up-N`, or an earlier call in the plan's history).
 */
export function followUpView(r: Resolved): FollowUpView {
  const { plan, input, action } = r.context;
  const attempt = Number(/^follow-up-(\d+)$/u.exec(action?.id ?? "")?.[1] ?? 1);
  const calls = plan.history.filter((event) => event.type === "follow-up-made");
  const last = calls.at(-1);
  const called = r.recipient?.name;
  const isInterviewer = called !== undefined && input.interviewers.some((person) => person.name === called);
  const others = input.interviewers.filter((person) => called === undefined || person.name !== called);
  const otherNames = interviewerNames({ ...input, interviewers: others }, r, "first");
  const interviewers = isInterviewer
    ? r.words.list([r.words.you, ...(otherNames ? [otherNames] : [])], r.locale)
    : otherNames;
  return {
    ...commonView(r),
    statedBy:
      plan.decision.source === "stated" ? r.words.dayAndDate(calendarDate(plan.decision.latest), r.locale) : undefined,
    interviewers,
    metWith: interviewers ?? r.words.team,
    again: attempt > 1 || calls.length > 0,
    previousCall: last ? r.words.dayAndDate(dateIn(last.at, input.candidate.timeZone), r.locale) : undefined,
  };
}
