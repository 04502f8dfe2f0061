import { hoursLabel, SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import { sendMoment } from "../policy/shared-hours.js";
import type { Why } from "../schema/plan.js";
import { Moment } from "../time/zone-clock.js";
import type { Apart } from "./calling-windows.js";
import { day, spanIn } from "./reasons.js";
import type { FollowUpClocks } from "./windows.js";

/** A follow-up made by email: when the candidate sends it (or prepares it and schedules the send), and why. */
export interface EmailTouch {
  /** The candidate's window, in the employer's zone. */
  opens: Moment;
  closes: Moment;
  /** The employer's day (a day number) the email reaches them, from which the next touch counts. */
  day: number;
  /** When the email should arrive, when it is scheduled: the start of the employer's business hours. */
  sendAt?: Moment;
  why: Why[];
}

/**
 * The email that takes the place of a call when no calling window meets the candidate's hours
 * (`follow-up.channel`, E-FU-HOURS). Ready from the start of day `from` (the touch's first day, employer's
 * zone) or `now` if later, it is sent where the employer's business hours (`policy.thankYou.businessHours`,
 * 09:00–17:00) meet the candidate's hours (any day of theirs) on one of the employer's next 5 business
 * days; when they never do (Tokyo and London in winter), it is written in the candidate's first hours
 * from then and scheduled to arrive when the employer's office next opens. The reasons name both clocks.
 */
export function emailTouch(ctx: FollowUpClocks, from: number, apart: Apart): EmailTouch {
  const { clock } = ctx.employer;
  const dayStart = new Moment(clock.startOfDay(from), clock);
  const ready = dayStart.ns >= ctx.now.ns ? dayStart : ctx.now.on(clock);
  const employer = { clock, days: ctx.employer.days, hours: ctx.policy.thankYou.businessHours };
  const found = sendMoment(ready, employer, ctx.candidate, ctx.policy.candidateHours);
  const why = [switchWhy(ctx, apart)];
  if (found.kind === "shared") {
    const { start, end } = found.window;
    why.push(sharedWhy(ctx, start, end), emailChannelWhy());
    return { opens: start, closes: end, day: start.day, why };
  }
  const { sendAt, task } = found;
  why.push(scheduledWhy(ctx, task.start, task.end, sendAt), emailChannelWhy());
  return { opens: task.start, closes: task.end, day: sendAt.day, sendAt, why };
}

/** Why an email and not a call: the calling windows, on both clocks, miss the candidate's hours (E-FU-HOURS). */
function switchWhy(ctx: FollowUpClocks, apart: Apart): Why {
  const employerZone = ctx.employer.zone;
  const candidateZone = ctx.candidate.zone;
  const hours = ctx.policy.candidateHours;
  const [first] = apart.missed;
  const date = first?.opens.day;
  const theirs = apart.missed.map((s) => spanIn(s.opens, s.closes, ctx.employer.clock)).join(" and ");
  const yours = apart.missed.map((s) => spanIn(s.opens, s.closes, ctx.candidate.clock, date)).join(" and ");
  const example =
    date !== undefined ? `: on ${day(date)} they are ${theirs} in ${employerZone}, which is ${yours} for you` : "";
  return {
    rule: "follow-up.candidate-hours",
    text: `Their calling windows never meet your hours for calls (${hoursLabel(hours)} in ${candidateZone}${hours.weekendCalls ? "" : ", on your weekdays"}) on ${SHARED_HOURS_SEARCH_DAYS} calling days up to ${day(apart.last)}${example}; so this touch is an email instead of a call.`,
    source: "E-FU-HOURS",
  };
}

/** When to send it: inside their business hours and the candidate's day (E-FU-HOURS). */
function sharedWhy(ctx: FollowUpClocks, start: Moment, end: Moment): Why {
  const employerZone = ctx.employer.zone;
  return {
    rule: "follow-up.send-time",
    text: `Send it on ${day(start.day)}, ${spanIn(start, end, ctx.employer.clock)} ${employerZone} (${spanIn(start, end, ctx.candidate.clock, start.day)} for you in ${ctx.candidate.zone}): inside their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)}) and your day (${hoursLabel(ctx.policy.candidateHours)}).`,
    source: "E-FU-HOURS",
  };
}

/** Their business hours never meet the candidate's day either: write it, then schedule the send (E-FU-HOURS). */
function scheduledWhy(ctx: FollowUpClocks, start: Moment, end: Moment, sendAt: Moment): Why {
  const candidateZone = ctx.candidate.zone;
  const candidate = ctx.candidate.clock;
  const mine = (at: Moment) => {
    const local = at.on(candidate);
    return `${local.hhmm} on ${day(local.day)}`;
  };
  return {
    rule: "follow-up.send-time",
    text: `Their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}) never meet your day (${hoursLabel(ctx.policy.candidateHours)} in ${candidateZone}) either: write it between ${mine(start)} and ${end.on(candidate).hhmm} your time and schedule the send for ${sendAt.hhmm} on ${day(sendAt.day)} in ${ctx.employer.zone}, which is ${mine(sendAt)} for you.`,
    source: "E-FU-HOURS",
  };
}

/** Why an email is a fair way to follow up (E-FU-CHANNEL). */
function emailChannelWhy(): Why {
  return {
    rule: "follow-up.channel",
    text: "An email is a fair way to follow up: 64% of managers say they prefer it. Keep it short, and ask where the decision stands.",
    source: "E-FU-CHANNEL",
  };
}
