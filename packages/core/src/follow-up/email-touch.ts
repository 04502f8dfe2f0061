import { Temporal } from "temporal-polyfill";
import { hoursLabel, SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import { sendTime } from "../policy/shared-hours.js";
import type { Why } from "../schema/plan.js";
import type { Apart } from "./calling-windows.js";
import { day, hhmm, spanIn } from "./reasons.js";
import type { FollowUpContext } from "./windows.js";

/** A follow-up made by email: when the candidate sends it (or prepares it and schedules the send), and why. */
export interface EmailTouch {
  /** The candidate's window, in the employer's zone. */
  opens: Temporal.ZonedDateTime;
  closes: Temporal.ZonedDateTime;
  /** The employer's day the email reaches them, from which the next touch counts. */
  day: Temporal.PlainDate;
  /** When the email should arrive, when it is scheduled: the start of the employer's business hours. */
  sendAt?: Temporal.ZonedDateTime;
  why: Why[];
}

/**
 * The email that takes the place of a call when no calling window meets the candidate's hours
 * (`follow-up.channel`, E-FU-HOURS). Ready from the start of `from` (the touch's first day, employer's
 * zone) or `now` if later, it is sent where the employer's business hours (`policy.thankYou.businessHours`,
 * 09:00–17:00) meet the candidate's hours (any day of theirs) on one of the employer's next 5 business
 * days; when they never do (Tokyo and London in winter), it is written in the candidate's first hours
 * from then and scheduled to arrive when the employer's office next opens. The reasons name both clocks.
 */
export function emailTouch(ctx: FollowUpContext, from: Temporal.PlainDate, apart: Apart): EmailTouch {
  const zone = ctx.employer.zone;
  const dayStart = from.toZonedDateTime({ timeZone: zone });
  const ready = Temporal.ZonedDateTime.compare(dayStart, ctx.now) >= 0 ? dayStart : ctx.now.withTimeZone(zone);
  const employer = { zone, calendar: ctx.employer.calendar, hours: ctx.policy.thankYou.businessHours };
  const found = sendTime(ready, employer, ctx.candidate, ctx.policy.candidateHours);
  const why = [switchWhy(ctx, apart)];
  if (found.kind === "shared") {
    const { start, end } = found.window;
    why.push(sharedWhy(ctx, start, end), emailChannelWhy());
    return { opens: start, closes: end, day: start.toPlainDate(), why };
  }
  const { sendAt, task } = found;
  why.push(scheduledWhy(ctx, task.start, task.end, sendAt), emailChannelWhy());
  return { opens: task.start, closes: task.end, day: sendAt.toPlainDate(), sendAt, why };
}

/** Why an email and not a call: the calling windows, on both clocks, miss the candidate's hours (E-FU-HOURS). */
function switchWhy(ctx: FollowUpContext, apart: Apart): Why {
  const employerZone = ctx.employer.zone;
  const candidateZone = ctx.candidate.zone;
  const hours = ctx.policy.candidateHours;
  const [first] = apart.missed;
  const date = first?.opens.toPlainDate();
  const theirs = apart.missed.map((s) => spanIn(s.opens, s.closes, employerZone)).join(" and ");
  const yours = apart.missed.map((s) => spanIn(s.opens, s.closes, candidateZone, date)).join(" and ");
  const example = date ? `: on ${day(date)} they are ${theirs} in ${employerZone}, which is ${yours} for you` : "";
  return {
    rule: "follow-up.candidate-hours",
    text: `Their calling windows never meet your hours for calls (${hoursLabel(hours)} in ${candidateZone}${hours.weekendCalls ? "" : ", on your weekdays"}) on ${SHARED_HOURS_SEARCH_DAYS} calling days up to ${day(apart.last)}${example}; so this touch is an email instead of a call.`,
    source: "E-FU-HOURS",
  };
}

/** When to send it: inside their business hours and the candidate's day (E-FU-HOURS). */
function sharedWhy(ctx: FollowUpContext, start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime): Why {
  const employerZone = ctx.employer.zone;
  return {
    rule: "follow-up.send-time",
    text: `Send it on ${day(start.toPlainDate())}, ${spanIn(start, end, employerZone)} ${employerZone} (${spanIn(start, end, ctx.candidate.zone, start.toPlainDate())} for you in ${ctx.candidate.zone}): inside their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)}) and your day (${hoursLabel(ctx.policy.candidateHours)}).`,
    source: "E-FU-HOURS",
  };
}

/** Their business hours never meet the candidate's day either: write it, then schedule the send (E-FU-HOURS). */
function scheduledWhy(
  ctx: FollowUpContext,
  start: Temporal.ZonedDateTime,
  end: Temporal.ZonedDateTime,
  sendAt: Temporal.ZonedDateTime,
): Why {
  const candidateZone = ctx.candidate.zone;
  const mine = (at: Temporal.ZonedDateTime) => {
    const local = at.withTimeZone(candidateZone);
    return `${hhmm(local)} on ${day(local.toPlainDate())}`;
  };
  return {
    rule: "follow-up.send-time",
    text: `Their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}) never meet your day (${hoursLabel(ctx.policy.candidateHours)} in ${candidateZone}) either: write it between ${mine(start)} and ${hhmm(end.withTimeZone(candidateZone))} your time and schedule the send for ${hhmm(sendAt)} on ${day(sendAt.toPlainDate())} in ${ctx.employer.zone}, which is ${mine(sendAt)} for you.`,
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
