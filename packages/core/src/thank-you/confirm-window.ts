import type { PlanContext } from "../plan/context.js";
import { type CandidateTask, nextHours, partsInHours, SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import { type EmployerClock, openHoursOn } from "../policy/shared-hours.js";
import type { Moment, MomentSpan } from "../time/zone-clock.js";

/** The hours of "the next business morning" when the check cannot be done the same day: 3 (inferred from E-TY-TIMING). */
export const CONFIRM_MORNING_HOURS = 3;

/** When to ask about the names, in the candidate's zone. */
export interface ConfirmWindow extends MomentSpan {
  /** True when the ask waits for a later business day than the interview's. */
  nextMorning: boolean;
  /** True when the candidate's hours moved or cut the window the employer's clock alone would give. */
  shaped: boolean;
}

type ConfirmContext = Pick<PlanContext, "policy" | "employer" | "candidate" | "end">;

/**
 * When to ask the scheduler about names and addresses: from the interview's end to the earlier of
 * `writeBy` and the close of the employer's business hours that day; when that leaves no time, the
 * first {@link CONFIRM_MORNING_HOURS} hours of a later business day. Either way only where the
 * employer's business hours meet the candidate's hours (`policy.candidateHours`, E-FU-HOURS; calls on
 * the candidate's weekdays; at least half an hour when those hours cut it short), within the
 * employer's next 5 business days.
 * Undefined when the two never meet in that span.
 */
export function confirmWindow(ctx: ConfirmContext, writeBy: Moment, task: CandidateTask): ConfirmWindow | undefined {
  const employer: EmployerClock = {
    clock: ctx.employer.clock,
    days: ctx.employer.days,
    hours: ctx.policy.thankYou.businessHours,
  };
  const alone = sameDay(ctx, employer, writeBy);
  const fits = (span: MomentSpan) => partsInHours(span, ctx.candidate, ctx.policy.candidateHours, task)[0];
  const today = alone && fits(alone);
  if (today)
    return inCandidateZone(ctx, today, false, !(today.start.ns === alone.start.ns && today.end.ns === alone.end.ns));
  let day = interviewEnd(ctx).day;
  for (let days = 0, i = 0; days < SHARED_HOURS_SEARCH_DAYS && i < 366; i++) {
    day++;
    const open = openHoursOn(day, employer);
    if (!open) continue;
    days++;
    const part = fits(open);
    if (!part) continue;
    const close = part.start.plusMinutes(CONFIRM_MORNING_HOURS * 60);
    const window = { start: part.start, end: close.ns < part.end.ns ? close : part.end };
    // The employer's clock alone gives the morning of the first business day after a day with no time left.
    const morning = { start: open.start, end: open.start.plusMinutes(CONFIRM_MORNING_HOURS * 60) };
    const shaped =
      alone !== undefined || days > 1 || window.start.ns !== morning.start.ns || window.end.ns !== morning.end.ns;
    return inCandidateZone(ctx, window, true, shaped);
  }
  return undefined;
}

/**
 * A window in the candidate's own hours, for when the employer's never meet them: the first
 * {@link CONFIRM_MORNING_HOURS} hours of the candidate's day from the interview's end (calls on their weekdays).
 */
export function candidateOnlyWindow(ctx: ConfirmContext, task: CandidateTask): ConfirmWindow {
  const ended = interviewEnd(ctx);
  const day = nextHours(ended, ctx.candidate, ctx.policy.candidateHours, task);
  const close = day.start.plusMinutes(CONFIRM_MORNING_HOURS * 60);
  const window = { start: day.start, end: close.ns < day.end.ns ? close : day.end };
  return {
    ...window,
    nextMorning: day.start.day !== ended.on(ctx.candidate.clock).day,
    shaped: true,
  };
}

/** The interview's end on the employer's clock. */
function interviewEnd(ctx: ConfirmContext): Moment {
  return ctx.end.on(ctx.employer.clock);
}

/** The same-day window on the employer's clock alone, when the interview's day is a business day with time left. */
function sameDay(ctx: ConfirmContext, employer: EmployerClock, writeBy: Moment): MomentSpan | undefined {
  const ended = interviewEnd(ctx);
  const open = openHoursOn(ended.day, employer);
  if (!open) return undefined;
  const close = open.end.ns < writeBy.ns ? open.end : writeBy.on(employer.clock);
  return ended.ns < close.ns ? { start: ended, end: close } : undefined;
}

function inCandidateZone(ctx: ConfirmContext, span: MomentSpan, nextMorning: boolean, shaped: boolean): ConfirmWindow {
  const zone = ctx.candidate.clock;
  return { start: span.start.on(zone), end: span.end.on(zone), nextMorning, shaped };
}
