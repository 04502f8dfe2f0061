import type { DayCalendar } from "../calendar/day-calendar.js";
import { isoWeekday } from "../calendar/day-number.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { PlanContext, Side } from "../plan/context.js";
import { SHARED_HOURS_SEARCH_DAYS } from "../policy/candidate-hours.js";
import type { PlanDecision, PlanFollowUp } from "../schema/plan.js";
import { dateString, dayOfDateString, type Moment, ZoneClock } from "../time/zone-clock.js";
import { type Apart, callInHours, type FoundSlot, hasAnyCallingWindow, type Slot, slotsOn } from "./calling-windows.js";
import { emailTouch } from "./email-touch.js";
import {
  cadenceWhy,
  callingWindowWhy,
  candidateHoursWhy,
  channelWhy,
  firstCallWhy,
  timelineNotesWhy,
} from "./reasons.js";

/**
 * How many days past the first allowed day the search for a calling window looks before it gives up.
 * A guard against a policy whose windows never meet a business day, not a domain default.
 */
export const CALLING_WINDOW_SEARCH_DAYS = 400;

/**
 * What {@link followUpWindows} reads from a plan context: both sides' zones and calendars, the policy
 * and `now`. A `PlanContext` fits.
 */
export interface FollowUpContext {
  /** A side `planContext` built carries its clock; a side made by hand gets a new one ({@link followUpClocks}). */
  employer: Pick<Side, "zone" | "days"> & Partial<Pick<Side, "clock">>;
  candidate: Pick<Side, "zone" | "days"> & Partial<Pick<Side, "clock">>;
  policy: Pick<PlanContext["policy"], "followUp" | "decision" | "candidateHours" | "thankYou">;
  /** The current time; no window that has closed by then is planned. */
  now: Moment;
}

/** A {@link FollowUpContext} on clocks: what the search and the email touch read. */
export interface FollowUpClocks {
  employer: { zone: string; clock: ZoneClock; days: DayCalendar };
  candidate: { zone: string; clock: ZoneClock; days: Pick<DayCalendar, "weekend"> };
  policy: FollowUpContext["policy"];
  now: Moment;
}

/** `ctx` on clocks: its sides' own, or new ones for a context made by hand. */
export function followUpClocks(ctx: FollowUpContext): FollowUpClocks {
  const { employer, candidate } = ctx;
  return {
    employer: { zone: employer.zone, clock: employer.clock ?? new ZoneClock(employer.zone), days: employer.days },
    candidate: { zone: candidate.zone, clock: candidate.clock ?? new ZoneClock(candidate.zone), days: candidate.days },
    policy: ctx.policy,
    now: ctx.now,
  };
}

/** Where a re-planned schedule starts: not before `from`, numbering its touches from `startAttempt`. */
export interface FollowUpAfter {
  /** The first day (employer's calendar, a day number) the first new touch may fall on. */
  from: number;
  /** The attempt number of the first new touch (attempts continue across re-plans). */
  startAttempt: number;
}

/**
 * The follow-up touches after a decision window, in the employer's calling hours and the
 * candidate's own.
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
 * - The candidate's hours (`follow-up.candidate-hours`, `E-FU-HOURS`): a call keeps to the part of a
 *   calling window inside `policy.candidateHours` (08:00–20:00 their time, on their weekdays), at least
 *   half an hour when the hours cut it short; on one day a window that fits whole is preferred to an
 *   earlier one cut short. A window with no such part is passed over for the same day's other window,
 *   then the next business days'.
 * - Each touch is a call (`follow-up.channel`, `E-FU-CHANNEL`) with a voicemail and an email alternative;
 *   when no calling window meets the candidate's hours on {@link SHARED_HOURS_SEARCH_DAYS} calling days
 *   from the touch's first day (a working week: every weekday's windows once; Tokyo and London never
 *   meet), the touch is an email (`follow-up/email`), sent in the employer's business hours and the
 *   candidate's, or, when those never meet either, written in the candidate's hours and scheduled to
 *   arrive when the employer's office opens (see {@link emailTouch}).
 *
 * @throws {AfterviewValidationError} on `policy.followUp.callingWindows` when no calling window falls on
 *   an employer business day within {@link CALLING_WINDOW_SEARCH_DAYS} days.
 */
export function followUpWindows(ctx: FollowUpContext, decision: PlanDecision, after?: FollowUpAfter): PlanFollowUp[] {
  const rules = followUpClocks(ctx);
  const { days } = ctx.employer;
  const candidate = rules.candidate.clock;
  const { touches, gapBusinessDays, firstAfterBusinessDays } = ctx.policy.followUp;
  const closesOn = dayOfDateString(decision.latest);
  const base = days.addBusinessDays(closesOn, firstAfterBusinessDays);
  let from = base;
  if (after && after.from > from) from = after.from;

  const windows: PlanFollowUp[] = [];
  let attempt = after?.startAttempt ?? 1;
  let previous: number | undefined;
  for (let i = 0; i < touches; i++, attempt++) {
    const found = findSlot(rules, from, previous ?? closesOn);
    const timing =
      previous === undefined
        ? firstCallWhy({ decision, base, from, firstAfterBusinessDays, policy: ctx.policy })
        : cadenceWhy({ attempt, previous, from, gapBusinessDays, last: i === touches - 1, touches });
    const notes = previous === undefined ? timelineNotesWhy(decision) : [];
    let day: number;
    if (found.kind === "apart") {
      const email = emailTouch(rules, from, found);
      day = email.day;
      windows.push({
        attempt,
        channel: "email",
        alternatives: [],
        opens: email.opens.toString(),
        closes: email.closes.toString(),
        forCandidate: {
          opens: email.opens.on(candidate).toString(),
          closes: email.closes.on(candidate).toString(),
        },
        why: [timing, ...notes, ...email.why],
      });
    } else {
      day = found.slot.opens.day;
      const hours = candidateHoursWhy(found, candidate, ctx.policy.candidateHours);
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
          opens: found.slot.opens.on(candidate).toString(),
          closes: found.slot.closes.on(candidate).toString(),
        },
        why: [timing, ...notes, callingWindowWhy(found, candidate, rules.now), ...(hours ? [hours] : []), channelWhy()],
      });
    }
    previous = day;
    from = days.addBusinessDays(previous, gapBusinessDays);
  }
  return windows;
}

function findSlot(rules: FollowUpClocks, from: number, anchor: number): (FoundSlot & { kind: "call" }) | Apart {
  const { clock, days } = rules.employer;
  const { now } = rules;
  const windows = rules.policy.followUp.callingWindows;
  const nowDay = now.on(clock).day;
  let closedBeforeNow = false;
  let day = from;
  if (day < nowDay) {
    day = nowDay;
    closedBeforeNow = true;
  }
  const outsideHours: Slot[] = [];
  let callingDays = 0;
  if (hasAnyCallingWindow(windows)) {
    for (let i = 0; i <= CALLING_WINDOW_SEARCH_DAYS; i++, day++) {
      if (!days.isBusinessDay(day)) continue;
      const usable: { whole: Slot; slot: Slot }[] = [];
      const outside: Slot[] = [];
      for (const whole of slotsOn(day, clock, windows)) {
        if (whole.closes.ns <= now.ns) {
          closedBeforeNow = true;
          continue;
        }
        const slot = callInHours(whole, rules.candidate, rules.policy.candidateHours);
        if (slot && slot.closes.ns > now.ns) usable.push({ whole, slot });
        else outside.push(whole);
      }
      // A window wholly in the candidate's hours beats an earlier one the hours cut short, the same day.
      const pick = usable.find((u) => sameSpan(u.slot, u.whole)) ?? usable[0];
      if (pick) {
        const before = (w: Slot) => w.opens.ns < pick.whole.opens.ns;
        return {
          kind: "call",
          slot: pick.slot,
          whole: pick.whole,
          outsideHours: [...outsideHours, ...outside.filter(before)],
          cutEarlier: usable.filter((u) => u !== pick && before(u.whole)).map((u) => u.whole),
          holidays: holidaysBetween(rules, anchor, day),
          closedBeforeNow,
        };
      }
      outsideHours.push(...outside);
      const open = outside.length > 0;
      if (open) callingDays++;
      if (open && callingDays >= SHARED_HOURS_SEARCH_DAYS) return apart(outsideHours, day);
    }
    if (callingDays > 0) return apart(outsideHours, day);
  }
  throw new AfterviewValidationError(
    [
      {
        path: "policy.followUp.callingWindows",
        code: "no-calling-window",
        message: `no calling window falls on a business day of the employer's calendar within ${CALLING_WINDOW_SEARCH_DAYS} days of ${dateString(from)}`,
      },
    ],
    { subject: "policy" },
  );
}

function sameSpan(a: Slot, b: Slot): boolean {
  return a.opens.ns === b.opens.ns && a.closes.ns === b.closes.ns;
}

function apart(outsideHours: readonly Slot[], last: number): Apart {
  const first = outsideHours[0]?.opens.day;
  return { kind: "apart", missed: outsideHours.filter((s) => s.opens.day === first), last };
}

/** The employer's holidays on weekdays strictly between days `after` and `before`: the days the count passed over. */
function holidaysBetween(rules: FollowUpClocks, after: number, before: number): FoundSlot["holidays"] {
  const { days } = rules.employer;
  const found: FoundSlot["holidays"] = [];
  for (let day = after + 1; day < before; day++) {
    if (days.weekend.includes(isoWeekday(day))) continue;
    const names = days.holidaysOn(day).map((h) => h.name);
    if (names.length > 0) found.push({ date: dateString(day), names });
  }
  return found;
}
