import type { PlanContext } from "../plan/context.js";
import { hoursLabel } from "../policy/candidate-hours.js";
import { type EmployerClock, firstOpenMoment, openHoursOn, sendMoment } from "../policy/shared-hours.js";
import type { Why } from "../schema/plan.js";
import type { Moment } from "../time/zone-clock.js";
import { clockLabel, dayLabel, momentLabel } from "./describe.js";
import { why } from "./why.js";

/** When to send the thank-you email, in the employer's zone. */
export interface EmailWindow {
  /** When the candidate sends it (or, when `scheduledFor` is set, prepares it and schedules the send). */
  start: Moment;
  end: Moment;
  /** When the email should arrive, set when the employer's business hours never meet the candidate's: schedule the send for it. */
  scheduledFor?: Moment;
  /** True when the email arrives within `emailWithinHours` of the interview; false for "the next business morning". */
  withinHours: boolean;
  why: Why;
  /** Why the candidate's hours moved or shaped the window (E-FU-HOURS), when they did. */
  hoursWhy?: Why;
}

/** "The next business morning" lasts this many hours from the opening of business: 3 (inferred from E-TY-TIMING). */
export const NEXT_MORNING_HOURS = 3;

/**
 * The window for sending the email (evidence `E-TY-TIMING`, `E-FU-HOURS`). It opens at `S`, the first
 * instant at or after `writeBy` inside the employer's business hours (`policy.thankYou.businessHours`,
 * 09:00–17:00, employer's zone) on an employer business day that is also inside the candidate's hours
 * (`policy.candidateHours`, 08:00–20:00 their time, any day), for at least half an hour when those
 * hours cut it short. When `S` is
 * within `emailWithinHours` (24) of the interview's end, the window closes at the earlier of the end of
 * those shared hours and the 24-hour mark; otherwise it is the next business morning, `S` plus
 * {@link NEXT_MORNING_HOURS} hours (never past the shared hours).
 *
 * When the two clocks share no such hours on the employer's next 5 business days (Tokyo and London in
 * winter), the window is the candidate's hours from `writeFrom` (when writing starts) up to the
 * arrival time, and `scheduledFor` is the first moment of the employer's business hours after
 * `writeBy`: write it, then schedule the send for that moment.
 */
export function emailWindow(
  ctx: Pick<PlanContext, "policy" | "employer" | "candidate" | "end">,
  writeBy: Moment,
  writeFrom: Moment = writeBy,
): EmailWindow {
  const { businessHours, emailWithinHours } = ctx.policy.thankYou;
  const employer: EmployerClock = { clock: ctx.employer.clock, days: ctx.employer.days, hours: businessHours };
  const limit = ctx.end.on(ctx.employer.clock).plusMinutes(emailWithinHours * 60);
  const found = sendMoment(writeBy, employer, ctx.candidate, ctx.policy.candidateHours, writeFrom);
  if (found.kind === "scheduled") {
    const { sendAt, task } = found;
    const withinHours = sendAt.ns < limit.ns;
    return {
      start: task.start,
      end: task.end,
      scheduledFor: sendAt,
      withinHours,
      why: describe(ctx, sendAt, undefined, withinHours, emailWithinHours),
      hoursWhy: scheduledWhy(ctx, task.start, task.end, sendAt),
    };
  }
  const { start, end: shared } = found.window;
  const withinHours = start.ns < limit.ns;
  const end = earlier(withinHours ? limit : start.plusMinutes(NEXT_MORNING_HOURS * 60), shared);
  const window: EmailWindow = {
    start,
    end,
    withinHours,
    why: describe(ctx, start, end, withinHours, emailWithinHours),
  };
  // Said only when the candidate's hours moved the send or cut it short, so a plan they do not touch reads as before.
  const alone = employerOnly(writeBy, employer, limit);
  if (alone.start.ns !== start.ns || alone.end.ns !== end.ns) window.hoursWhy = sharedWhy(ctx);
  return window;
}

/** The window on the employer's clock alone: from their first business moment after `writeBy`, as the rule above cuts it. */
function employerOnly(writeBy: Moment, employer: EmployerClock, limit: Moment): { start: Moment; end: Moment } {
  const start = firstOpenMoment(writeBy, employer);
  const close = openHoursOn(start.day, employer)?.end ?? start;
  const within = start.ns < limit.ns;
  return { start, end: earlier(within ? limit : start.plusMinutes(NEXT_MORNING_HOURS * 60), close) };
}

function earlier(a: Moment, b: Moment): Moment {
  return a.ns <= b.ns ? a : b;
}

/** `"09:00–12:00 on Wed 2026-10-07 (employer's time; 08:00–11:00 your time)"`; a single time when `end` is left out. */
function bothClocks(ctx: Pick<PlanContext, "employer" | "candidate">, start: Moment, end: Moment | undefined): string {
  const mineStart = start.on(ctx.candidate.clock);
  const span = end ? `${clockLabel(start)}–${clockLabel(end)}` : clockLabel(start);
  const mineSpan = end ? `${clockLabel(mineStart)}–${clockLabel(end.on(ctx.candidate.clock))}` : clockLabel(mineStart);
  const mineDay = mineStart.day === start.day ? "" : ` on ${dayLabel(mineStart.day)}`;
  const mine = ctx.candidate.zone === ctx.employer.zone ? ")" : `; ${mineSpan}${mineDay} your time)`;
  return `${span} on ${dayLabel(start.day)} (employer's time${mine}`;
}

function describe(
  ctx: Pick<PlanContext, "employer" | "candidate">,
  start: Moment,
  end: Moment | undefined,
  withinHours: boolean,
  hours: number,
): Why {
  const when = bothClocks(ctx, start, end);
  let text: string;
  if (!end) {
    text = withinHours
      ? `The email should arrive at ${when}: the start of their business hours, within ${hours} hours of the interview.`
      : `The email should arrive at ${when}: the start of their next business hours, the first after the letter is written.`;
  } else {
    text = withinHours
      ? `Send the email ${when}: inside their business hours and within ${hours} hours of the interview.`
      : `No business hours fall within ${hours} hours of the interview once the letter is written, so send the email the next business morning, ${when}.`;
  }
  return why("thank-you.send-time", text, "E-TY-TIMING");
}

/** The candidate's hours moved the send, or cut it short (E-FU-HOURS). */
function sharedWhy(ctx: Pick<PlanContext, "policy" | "employer" | "candidate">): Why {
  return why(
    "thank-you.candidate-hours",
    `Your day runs ${hoursLabel(ctx.policy.candidateHours)} in ${ctx.candidate.zone} and their business hours ${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}: the send keeps to the hours the two share.`,
    "E-FU-HOURS",
  );
}

/** Their business hours never meet the candidate's day: write it in your hours and schedule the send (E-FU-HOURS). */
function scheduledWhy(
  ctx: Pick<PlanContext, "policy" | "employer" | "candidate">,
  start: Moment,
  end: Moment,
  sendAt: Moment,
): Why {
  const mine = (at: Moment) => momentLabel(at.on(ctx.candidate.clock));
  const from = start.on(ctx.candidate.clock);
  const to = end.on(ctx.candidate.clock);
  const between =
    from.day === to.day
      ? `between ${clockLabel(from)} and ${clockLabel(to)} on ${dayLabel(from.day)}`
      : `between ${momentLabel(from)} and ${momentLabel(to)}`;
  return why(
    "thank-you.candidate-hours",
    `Their business hours (${hoursLabel(ctx.policy.thankYou.businessHours)} in ${ctx.employer.zone}) never meet your day (${hoursLabel(ctx.policy.candidateHours)} in ${ctx.candidate.zone}), so finish it ${between} your time and schedule the send for ${momentLabel(sendAt)} in ${ctx.employer.zone}, which is ${mine(sendAt)} for you.`,
    "E-FU-HOURS",
  );
}
