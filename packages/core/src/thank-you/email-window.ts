import { Temporal } from "temporal-polyfill";
import { AfterviewError } from "../errors/afterview-error.js";
import type { Why } from "../model/plan.js";
import type { PlanContext } from "../plan/context.js";
import { zonedAt } from "../time/wall-clock.js";
import { clockLabel, dayLabel } from "./describe.js";
import { why } from "./why.js";

/** When to send the thank-you email, in the employer's zone. */
export interface EmailWindow {
  start: Temporal.ZonedDateTime;
  end: Temporal.ZonedDateTime;
  /** True when the window falls within `emailWithinHours` of the interview; false for "the next business morning". */
  withinHours: boolean;
  why: Why;
}

/** "The next business morning" lasts this many hours from the opening of business: 3 (inferred from E-TY-TIMING). */
export const NEXT_MORNING_HOURS = 3;

/** A year of days without business hours means a broken calendar; stop rather than loop. */
const MAX_SEARCH_DAYS = 366;

/**
 * The window for sending the email (evidence `E-TY-TIMING`). It opens at `S`, the first instant at or
 * after `writeBy` that is inside the employer's business hours (`policy.thankYou.businessHours`,
 * 09:00–17:00, employer's zone) on an employer business day. When `S` is within `emailWithinHours` (24)
 * of the interview's end, the window closes at the earlier of that day's close of business and the
 * 24-hour mark; otherwise it is the next business morning, `S` plus {@link NEXT_MORNING_HOURS} hours
 * (never past that day's close).
 */
export function emailWindow(
  ctx: Pick<PlanContext, "policy" | "employer" | "candidate" | "end">,
  writeBy: Temporal.ZonedDateTime,
): EmailWindow {
  const { businessHours, emailWithinHours } = ctx.policy.thankYou;
  const { zone, calendar } = ctx.employer;
  const ready = writeBy.withTimeZone(zone);
  let date = ready.toPlainDate();
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++, date = date.add({ days: 1 })) {
    if (!calendar.isBusinessDay(date)) continue;
    const open = zonedAt(date, businessHours.start, zone);
    const close = zonedAt(date, businessHours.end, zone);
    if (Temporal.ZonedDateTime.compare(ready, close) >= 0) continue;
    const start = Temporal.ZonedDateTime.compare(ready, open) > 0 ? ready : open;
    const limit = ctx.end.withTimeZone(zone).add({ hours: emailWithinHours });
    const withinHours = Temporal.ZonedDateTime.compare(start, limit) <= 0;
    const end = earlier(withinHours ? limit : start.add({ hours: NEXT_MORNING_HOURS }), close);
    return { start, end, withinHours, why: describe(ctx, start, end, withinHours, emailWithinHours) };
  }
  throw new AfterviewError("out-of-range", `no employer business hours within ${MAX_SEARCH_DAYS} days of ${ready}`);
}

function earlier(a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime): Temporal.ZonedDateTime {
  return Temporal.ZonedDateTime.compare(a, b) <= 0 ? a : b;
}

function describe(
  ctx: Pick<PlanContext, "employer" | "candidate">,
  start: Temporal.ZonedDateTime,
  end: Temporal.ZonedDateTime,
  withinHours: boolean,
  hours: number,
): Why {
  const span = `${clockLabel(start)}–${clockLabel(end)} on ${dayLabel(start.toPlainDate())} (employer's time`;
  const mine =
    ctx.candidate.zone === ctx.employer.zone
      ? ")"
      : `; ${clockLabel(start.withTimeZone(ctx.candidate.zone))}–${clockLabel(end.withTimeZone(ctx.candidate.zone))} your time)`;
  const text = withinHours
    ? `Send the email ${span}${mine}: inside their business hours and within ${hours} hours of the interview.`
    : `No business hours fall within ${hours} hours of the interview once the letter is written, so send the email the next business morning, ${span}${mine}.`;
  return why("thank-you.send-time", text, "E-TY-TIMING");
}
