import { isoWeekday } from "../calendar/day-number.js";
import { hoursLabel } from "../policy/candidate-hours.js";
import type { CandidateHours, Policy } from "../policy/defaults.js";
import type { PlanDecision, Why } from "../schema/plan.js";
import { clockString, dateString, type Moment, type ZoneClock } from "../time/zone-clock.js";
import type { FoundSlot, Slot } from "./calling-windows.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const QUOTE_LIMIT = 80;

/** `"Tuesday 2026-12-01"`, for day number `n`. */
export function day(n: number): string {
  return `${WEEKDAYS[isoWeekday(n) - 1]} ${dateString(n)}`;
}

/** `"07:30–09:30"` on `clock`, with the date when it differs from day `onDay`. */
export function spanIn(opens: Moment, closes: Moment, clock: ZoneClock, onDay?: number): string {
  const a = clock.wall(opens.ns);
  const date = onDay !== undefined && a.day !== onDay ? ` on ${day(a.day)}` : "";
  return `${clockString(a.time)}–${clock.hhmm(closes.ns)}${date}`;
}

function businessDays(n: number): string {
  return `${n} business day${n === 1 ? "" : "s"}`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat}"`;
}

/** Why touch 1 comes when it does: the decision window and the wait after it (E-FU-STATED). */
export function firstCallWhy(args: {
  decision: PlanDecision;
  /** Day numbers: the first day the wait allows, and the first the touch may take. */
  base: number;
  from: number;
  firstAfterBusinessDays: number;
  policy: Pick<Policy, "decision">;
}): Why {
  const { decision, base, from, firstAfterBusinessDays, policy } = args;
  const said = decision.timeline?.text;
  const closes = `the decision window closes on ${decision.latest}`;
  const window =
    decision.source === "stated"
      ? `The employer said ${quote(said ?? "")}, so ${closes}`
      : said && decision.source === "unread"
        ? `The employer's words ${quote(said)} name a time that could not be read, so until you give the date you heard, the default wait of ${businessDays(policy.decision.defaultBusinessDays)} applies and ${closes}`
        : said
          ? `The employer's words ${quote(said)} name no date that can be read, so the default wait of ${businessDays(policy.decision.defaultBusinessDays)} applies and ${closes}`
          : `No decision date was stated, so the default wait of ${businessDays(policy.decision.defaultBusinessDays)} applies and ${closes}`;
  const later = from === base ? "" : `, and not before ${dateString(from)} for this re-plan`;
  return {
    rule: "follow-up.first-call",
    text: `${window}; the first call comes ${businessDays(firstAfterBusinessDays)} after it, from ${day(base)}${later}.`,
    source: "E-FU-STATED",
  };
}

/** What the reader of the employer's words should know (an ambiguous date order, a holiday not kept there). */
export function timelineNotesWhy(decision: PlanDecision): Why[] {
  return (decision.timeline?.notes ?? []).map((text) => ({ rule: "decision.timeline", text, source: "E-FU-STATED" }));
}

/** Why a later touch comes when it does: the gap after the previous one (E-FU-STATED). */
export function cadenceWhy(args: {
  attempt: number;
  /** Day numbers: the previous touch's day, and the first day this one may take. */
  previous: number;
  from: number;
  gapBusinessDays: number;
  last: boolean;
  touches: number;
}): Why {
  const { attempt, previous, from, gapBusinessDays, last, touches } = args;
  const end = last ? `; it is the last of ${touches} touches, after which the plan moves on` : "";
  return {
    rule: "follow-up.cadence",
    text: `Touch ${attempt} waits at least ${businessDays(gapBusinessDays)} after the previous touch on ${day(previous)}, so it comes on or after ${day(from)}${end}.`,
    source: "E-FU-STATED",
  };
}

/**
 * Why this window: the employer's calling hours on a business day, and the same hours for the candidate
 * (E-FU-CALLTIME). `candidate` is the candidate's clock; its zone is written as the caller named it.
 */
export function callingWindowWhy(found: FoundSlot, candidate: ZoneClock, now: Moment): Why {
  const { opens, closes } = found.whole;
  const employer = opens.clock;
  const employerDay = opens.day;
  let text = `Call in the employer's calling hours on one of its business days: ${day(employerDay)}, ${opens.hhmm}–${closes.hhmm} ${employer.id}`;
  if (candidate.zone !== employer.id) {
    const mine = candidate.wall(opens.ns);
    const onDay = mine.day === employerDay ? "" : ` on ${day(mine.day)}`;
    text += `, which is ${clockString(mine.time)}–${candidate.hhmm(closes.ns)}${onDay} for you in ${candidate.zone}`;
  }
  if (found.holidays.length > 0) {
    const listed = found.holidays
      .slice(0, 3)
      .map((h) => `${h.date} (${h.names.join(", ")})`)
      .join(", ");
    text += `; skipped the holiday${found.holidays.length === 1 ? "" : "s"} ${listed}${found.holidays.length > 3 ? " and more" : ""}`;
  }
  if (found.closedBeforeNow) {
    const there = employer.wall(now.ns);
    text += `; earlier windows had already closed by now (${dateString(there.day)} ${clockString(there.time)} there)`;
  }
  return { rule: "follow-up.calling-window", text: `${text}.`, source: "E-FU-CALLTIME" };
}

/**
 * How the candidate's hours shaped the call (E-FU-HOURS): windows passed over because they fell outside
 * those hours or were cut short by them, and the window cut to the part inside them. Undefined when they
 * changed nothing. `candidate` is the candidate's clock; its zone is written as the caller named it.
 */
export function candidateHoursWhy(found: FoundSlot, candidate: ZoneClock, hours: CandidateHours): Why | undefined {
  const cut = found.slot.opens.ns !== found.whole.opens.ns || found.slot.closes.ns !== found.whole.closes.ns;
  if (!cut && found.outsideHours.length === 0 && found.cutEarlier.length === 0) return undefined;
  const employer = found.whole.opens.clock;
  const zone = employer.id;
  const candidateZone = candidate.zone;
  const both = (w: Slot) =>
    `${spanIn(w.opens, w.closes, employer)} ${zone} on ${day(w.opens.day)} (${spanIn(w.opens, w.closes, candidate, w.opens.day)} for you)`;
  const parts: string[] = [
    `your hours for calls are ${hoursLabel(hours)} in ${candidateZone}${hours.weekendCalls ? "" : ", on your weekdays"}`,
  ];
  const [first] = found.outsideHours;
  if (first) {
    const n = found.outsideHours.length;
    parts.push(
      `${n === 1 ? "an earlier calling window falls" : `${n} earlier calling windows fall`} outside them (such as ${both(first)})`,
    );
  }
  const [short] = found.cutEarlier;
  if (short) {
    parts.push(`they cut the earlier window, ${both(short)}, short, so the later one, which fits whole, is taken`);
  }
  if (cut) {
    const { opens, closes } = found.slot;
    parts.push(
      `the call keeps to the part of ${spanIn(found.whole.opens, found.whole.closes, employer)} ${zone} inside them: ${spanIn(opens, closes, employer)} there, ${spanIn(opens, closes, candidate, opens.day)} for you`,
    );
  }
  const text = parts.join("; ");
  return {
    rule: "follow-up.candidate-hours",
    text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    source: "E-FU-HOURS",
  };
}

/** Why a call, with a voicemail and an email ready (E-FU-CHANNEL). */
export function channelWhy(): Why {
  return {
    rule: "follow-up.channel",
    text: "Make it a phone call, as recruiters advise, but keep the alternatives ready: leave a short voicemail if nobody picks up, and send the follow-up email if a call is not possible (64% of managers say they prefer email).",
    source: "E-FU-CHANNEL",
  };
}
