import { Temporal } from "temporal-polyfill";
import type { PlanContext } from "../plan/context.js";
import {
  type CandidateTask,
  nextCandidateHours,
  SHARED_HOURS_SEARCH_DAYS,
  type Span,
  withinCandidateHours,
} from "../policy/candidate-hours.js";
import { businessHoursOn } from "../policy/shared-hours.js";

/** The hours of "the next business morning" when the check cannot be done the same day: 3 (inferred from E-TY-TIMING). */
export const CONFIRM_MORNING_HOURS = 3;

/** When to ask about the names, in the candidate's zone. */
export interface ConfirmWindow extends Span {
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
export function confirmWindow(
  ctx: ConfirmContext,
  writeBy: Temporal.ZonedDateTime,
  task: CandidateTask,
): ConfirmWindow | undefined {
  const employer = {
    zone: ctx.employer.zone,
    calendar: ctx.employer.calendar,
    hours: ctx.policy.thankYou.businessHours,
  };
  const alone = sameDay(ctx, writeBy);
  const fits = (span: Span) => withinCandidateHours(span, ctx.candidate, ctx.policy.candidateHours, task)[0];
  const today = alone && fits(alone);
  if (today)
    return inCandidateZone(ctx, today, false, !(today.start.equals(alone.start) && today.end.equals(alone.end)));
  let date = ctx.end.toPlainDate();
  for (let days = 0, i = 0; days < SHARED_HOURS_SEARCH_DAYS && i < 366; i++) {
    date = date.add({ days: 1 });
    const open = businessHoursOn(date, employer);
    if (!open) continue;
    days++;
    const part = fits(open);
    if (!part) continue;
    const end = part.start.add({ hours: CONFIRM_MORNING_HOURS });
    const window = { start: part.start, end: Temporal.ZonedDateTime.compare(end, part.end) < 0 ? end : part.end };
    // The employer's clock alone gives the morning of the first business day after a day with no time left.
    const morning = { start: open.start, end: open.start.add({ hours: CONFIRM_MORNING_HOURS }) };
    const shaped =
      alone !== undefined || days > 1 || !window.start.equals(morning.start) || !window.end.equals(morning.end);
    return inCandidateZone(ctx, window, true, shaped);
  }
  return undefined;
}

/**
 * A window in the candidate's own hours, for when the employer's never meet them: the first
 * {@link CONFIRM_MORNING_HOURS} hours of the candidate's day from the interview's end (calls on their weekdays).
 */
export function candidateOnlyWindow(ctx: ConfirmContext, task: CandidateTask): ConfirmWindow {
  const day = nextCandidateHours(ctx.end, ctx.candidate, ctx.policy.candidateHours, task);
  const end = day.start.add({ hours: CONFIRM_MORNING_HOURS });
  const window = { start: day.start, end: Temporal.ZonedDateTime.compare(end, day.end) < 0 ? end : day.end };
  return {
    ...window,
    nextMorning: !day.start.toPlainDate().equals(ctx.end.withTimeZone(ctx.candidate.zone).toPlainDate()),
    shaped: true,
  };
}

/** The same-day window on the employer's clock alone, when the interview's day is a business day with time left. */
function sameDay(ctx: ConfirmContext, writeBy: Temporal.ZonedDateTime): Span | undefined {
  const day = ctx.end.toPlainDate();
  if (!ctx.employer.calendar.isBusinessDay(day)) return undefined;
  const { businessHours } = ctx.policy.thankYou;
  const open = businessHoursOn(day, { zone: ctx.employer.zone, calendar: ctx.employer.calendar, hours: businessHours });
  if (!open) return undefined;
  const end =
    Temporal.ZonedDateTime.compare(open.end, writeBy) < 0 ? open.end : writeBy.withTimeZone(ctx.employer.zone);
  return Temporal.ZonedDateTime.compare(ctx.end, end) < 0 ? { start: ctx.end, end } : undefined;
}

function inCandidateZone(ctx: ConfirmContext, span: Span, nextMorning: boolean, shaped: boolean): ConfirmWindow {
  const zone = ctx.candidate.zone;
  return { start: span.start.withTimeZone(zone), end: span.end.withTimeZone(zone), nextMorning, shaped };
}
