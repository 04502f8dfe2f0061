import { Temporal } from "temporal-polyfill";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { PlanDecision, PlanFollowUp } from "../model/plan.js";
import type { PlanContext } from "../plan/context.js";
import { callingSlotsOn, type FoundSlot, hasAnyCallingWindow } from "./calling-windows.js";
import { cadenceWhy, callingWindowWhy, channelWhy, firstCallWhy, timelineNotesWhy } from "./reasons.js";

/**
 * How many days past the first allowed day the search for a calling window looks before it gives up.
 * A guard against a policy whose windows never meet a business day, not a domain default.
 */
export const CALLING_WINDOW_SEARCH_DAYS = 400;

/**
 * What {@link followUpWindows} reads from a plan context: both sides' zones, the employer's
 * calendar, the policy and `now`. A `PlanContext` fits.
 */
export interface FollowUpContext {
  employer: Pick<PlanContext["employer"], "zone" | "calendar">;
  candidate: Pick<PlanContext["candidate"], "zone">;
  policy: Pick<PlanContext["policy"], "followUp" | "decision">;
  /** The current time; no window that has closed by then is planned. */
  now: Temporal.ZonedDateTime;
}

/** Where a re-planned schedule starts: not before `from`, numbering its touches from `startAttempt`. */
export interface FollowUpAfter {
  /** The first day (employer's calendar) the first new touch may fall on. */
  from: Temporal.PlainDate;
  /** The attempt number of the first new touch (attempts continue across re-plans). */
  startAttempt: number;
}

/**
 * The follow-up touches after a decision window (strategy 2), in the employer's calling hours.
 *
 * - Touch 1 (`follow-up.first-call`, `E-FU-STATED`): the first calling window on an employer
 *   business day on or after `addBusinessDays(decision.latest, policy.followUp.firstAfterBusinessDays)`
 *   (1: the first business day after the window closes), and on or after `after.from` when given.
 * - Touches 2 … `policy.followUp.touches` (3 in all; `follow-up.cadence`, `E-FU-STATED`): each in the
 *   first calling window on or after `addBusinessDays(previous touch's day, policy.followUp.gapBusinessDays)` (5).
 * - Calling windows (`follow-up.calling-window`, `E-FU-CALLTIME`): `policy.followUp.callingWindows`
 *   by ISO weekday, wall-clock time in the employer's zone (Tue–Thu 09:30–11:30 and 13:30–15:30,
 *   Monday afternoon, Friday morning). A window that closes at or before `now` is skipped (a window
 *   already open at `now` is kept whole). `forCandidate` is the same two instants in the candidate's zone.
 * - Each touch is a call (`follow-up.channel`, `E-FU-CHANNEL`) with a voicemail and an email alternative.
 *
 * @throws {AfterviewValidationError} on `policy.followUp.callingWindows` when no calling window falls on
 *   an employer business day within {@link CALLING_WINDOW_SEARCH_DAYS} days.
 */
export function followUpWindows(ctx: FollowUpContext, decision: PlanDecision, after?: FollowUpAfter): PlanFollowUp[] {
  const { calendar } = ctx.employer;
  const { touches, gapBusinessDays, firstAfterBusinessDays } = ctx.policy.followUp;
  const closesOn = Temporal.PlainDate.from(decision.latest);
  const base = calendar.addBusinessDays(closesOn, firstAfterBusinessDays);
  let from = base;
  if (after && Temporal.PlainDate.compare(after.from, from) > 0) from = after.from;

  const windows: PlanFollowUp[] = [];
  let attempt = after?.startAttempt ?? 1;
  let previous: Temporal.PlainDate | undefined;
  for (let i = 0; i < touches; i++, attempt++) {
    const found = findSlot(ctx, from, previous ?? closesOn);
    const day = found.slot.opens.toPlainDate();
    const timing =
      previous === undefined
        ? firstCallWhy({ decision, base, from, firstAfterBusinessDays, policy: ctx.policy })
        : cadenceWhy({ attempt, previous, from, gapBusinessDays, last: i === touches - 1, touches });
    windows.push({
      attempt,
      channel: "phone",
      alternatives: [
        { channel: "voicemail", templateId: "follow-up/voicemail" },
        { channel: "email", templateId: "follow-up/email" },
      ],
      opens: found.slot.opens.toString(),
      closes: found.slot.closes.toString(),
      forCandidate: {
        opens: found.slot.opens.withTimeZone(ctx.candidate.zone).toString(),
        closes: found.slot.closes.withTimeZone(ctx.candidate.zone).toString(),
      },
      why: [
        timing,
        ...(previous === undefined ? timelineNotesWhy(decision) : []),
        callingWindowWhy(found, ctx.candidate.zone, ctx.now),
        channelWhy(),
      ],
    });
    previous = day;
    from = calendar.addBusinessDays(day, gapBusinessDays);
  }
  return windows;
}

function findSlot(ctx: FollowUpContext, from: Temporal.PlainDate, anchor: Temporal.PlainDate): FoundSlot {
  const { calendar, zone } = ctx.employer;
  const windows = ctx.policy.followUp.callingWindows;
  const nowDay = ctx.now.withTimeZone(zone).toPlainDate();
  let closedBeforeNow = false;
  let day = from;
  if (Temporal.PlainDate.compare(day, nowDay) < 0) {
    day = nowDay;
    closedBeforeNow = true;
  }
  if (hasAnyCallingWindow(windows)) {
    for (let i = 0; i <= CALLING_WINDOW_SEARCH_DAYS; i++, day = day.add({ days: 1 })) {
      if (!calendar.isBusinessDay(day)) continue;
      for (const slot of callingSlotsOn(day, zone, windows)) {
        if (Temporal.ZonedDateTime.compare(slot.closes, ctx.now) > 0) {
          return { slot, holidays: holidaysBetween(ctx, anchor, day), closedBeforeNow };
        }
        closedBeforeNow = true;
      }
    }
  }
  throw new AfterviewValidationError(
    [
      {
        path: "policy.followUp.callingWindows",
        code: "no-calling-window",
        message: `no calling window falls on a business day of the employer's calendar within ${CALLING_WINDOW_SEARCH_DAYS} days of ${from.toString()}`,
      },
    ],
    { subject: "policy" },
  );
}

/** The employer's holidays on weekdays strictly between `after` and `before`: the days the count passed over. */
function holidaysBetween(
  ctx: FollowUpContext,
  after: Temporal.PlainDate,
  before: Temporal.PlainDate,
): FoundSlot["holidays"] {
  const { calendar } = ctx.employer;
  const found: FoundSlot["holidays"] = [];
  for (let day = after.add({ days: 1 }); Temporal.PlainDate.compare(day, before) < 0; day = day.add({ days: 1 })) {
    if (calendar.weekend.includes(day.dayOfWeek)) continue;
    const names = calendar.holidaysOn(day).map((h) => h.name);
    if (names.length > 0) found.push({ date: day.toString(), names });
  }
  return found;
}
