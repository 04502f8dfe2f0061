import type { DayCalendar } from "../calendar/day-calendar.js";
import type { TimelineConfidence, TimelineUnit } from "../schema/enums.js";

/**
 * What every recognizer needs: the reference's local date and the employer's calendar. Dates are
 * day numbers (`calendar/day-number.ts`), as in the other rules.
 */
export interface TimelineContext {
  /** The reference's local date in the employer's zone (the interview's last day). */
  ref: number;
  calendar: DayCalendar;
}

/**
 * How a stated span turns into a window.
 * - `by`: a deadline ("within a week", "by Friday"): the answer may come from the next business day on.
 * - `at`: the answer is expected inside the span itself ("in two weeks", "next Monday", "early next week").
 */
export type WindowMode = "by" | "at";

/** One phrase a recognizer found, already turned into business days. */
export interface Reading {
  /** Where the phrase starts and ends in the input (end exclusive), lead and tail words included. */
  index: number;
  end: number;
  earliest: number;
  latest: number;
  min?: number;
  max?: number;
  unit: TimelineUnit;
  confidence: TimelineConfidence;
  /** What a reader should know about how the phrase was read (an ambiguous date order, a holiday the country does not keep). */
  notes?: string[];
}

/** The business day on or after `date`. */
export function onOrAfter(ctx: TimelineContext, date: number): number {
  return ctx.calendar.isBusinessDay(date) ? date : ctx.calendar.nextBusinessDay(date);
}

/** The business day on or before `date`. */
export function onOrBefore(ctx: TimelineContext, date: number): number {
  return ctx.calendar.isBusinessDay(date) ? date : ctx.calendar.previousBusinessDay(date);
}

/**
 * Turns a calendar span [`from`, `to`] into business days. The span shrinks to the business days
 * inside it (its start moves forward, its end moves back); `by` opens it on the next business day
 * after the reference. The result always starts after the reference date and never ends before it
 * starts: a span with no business day left becomes the first business day after it.
 */
export function shapeWindow(
  ctx: TimelineContext,
  mode: WindowMode,
  from: number,
  to: number,
): { earliest: number; latest: number } {
  const next = ctx.calendar.nextBusinessDay(ctx.ref);
  const earliest = mode === "by" ? next : Math.max(next, onOrAfter(ctx, from));
  const latest = Math.max(earliest, onOrBefore(ctx, to));
  return { earliest, latest };
}

/** The lower of two confidences. */
export function capConfidence(value: TimelineConfidence, cap: TimelineConfidence): TimelineConfidence {
  const order: TimelineConfidence[] = ["low", "medium", "high"];
  return order[Math.min(order.indexOf(value), order.indexOf(cap))] ?? "low";
}
