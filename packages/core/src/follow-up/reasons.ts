import type { Temporal } from "temporal-polyfill";
import type { PlanDecision, Why } from "../model/plan.js";
import type { Policy } from "../policy/defaults.js";
import type { FoundSlot } from "./calling-windows.js";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const QUOTE_LIMIT = 80;

/** `"Tuesday 2026-12-01"`. */
function day(date: Temporal.PlainDate): string {
  return `${WEEKDAYS[date.dayOfWeek - 1]} ${date.toString()}`;
}

function hhmm(at: Temporal.ZonedDateTime): string {
  return at.toPlainTime().toString({ smallestUnit: "minute" });
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
  base: Temporal.PlainDate;
  from: Temporal.PlainDate;
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
  const later = from.equals(base) ? "" : `, and not before ${from.toString()} for this re-plan`;
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
  previous: Temporal.PlainDate;
  from: Temporal.PlainDate;
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

/** Why this window: the employer's calling hours on a business day, and the same hours for the candidate (E-FU-CALLTIME). */
export function callingWindowWhy(found: FoundSlot, candidateZone: string, now: Temporal.ZonedDateTime): Why {
  const { opens, closes } = found.slot;
  const employerDay = opens.toPlainDate();
  let text = `Call in the employer's calling hours on one of its business days: ${day(employerDay)}, ${hhmm(opens)}–${hhmm(closes)} ${opens.timeZoneId}`;
  if (candidateZone !== opens.timeZoneId) {
    const mine = opens.withTimeZone(candidateZone);
    const mineCloses = closes.withTimeZone(candidateZone);
    const onDay = mine.toPlainDate().equals(employerDay) ? "" : ` on ${day(mine.toPlainDate())}`;
    text += `, which is ${hhmm(mine)}–${hhmm(mineCloses)}${onDay} for you in ${candidateZone}`;
  }
  if (found.holidays.length > 0) {
    const listed = found.holidays
      .slice(0, 3)
      .map((h) => `${h.date} (${h.names.join(", ")})`)
      .join(", ");
    text += `; skipped the holiday${found.holidays.length === 1 ? "" : "s"} ${listed}${found.holidays.length > 3 ? " and more" : ""}`;
  }
  if (found.closedBeforeNow) {
    text += `; earlier windows had already closed by now (${now.withTimeZone(opens.timeZoneId).toPlainDateTime().toString({ smallestUnit: "minute" }).replace("T", " ")} there)`;
  }
  return { rule: "follow-up.calling-window", text: `${text}.`, source: "E-FU-CALLTIME" };
}

/** Why a call, with a voicemail and an email ready (E-FU-CHANNEL). */
export function channelWhy(): Why {
  return {
    rule: "follow-up.channel",
    text: "Make it a phone call, as recruiters advise, but keep the alternatives ready: leave a short voicemail if nobody picks up, and send the follow-up email if a call is not possible (64% of managers say they prefer email).",
    source: "E-FU-CHANNEL",
  };
}
