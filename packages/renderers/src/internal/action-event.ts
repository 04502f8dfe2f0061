/*
 * One plan action as a calendar event, shared by the .ics file and the calendar links so both say
 * the same thing: the zone it is written in, its summary and its description.
 */
import type { Plan, PlanAction } from "@afterview/core";
import { isTzidSafe } from "../ics/vtimezone.js";
import { actionTitle, isEmployerCall } from "./action-title.js";
import { oneLine } from "./clean-text.js";
import { wallTime } from "./wall-time.js";
import { formatWindow, zoneOf } from "./zoned.js";

/** A plan action that has a due window. */
export type DatedAction = PlanAction & { due: NonNullable<PlanAction["due"]> };

/** `true` when `action` has a due window. */
export function isDated(action: PlanAction): action is DatedAction {
  return action.due !== undefined;
}

/** The zone an event is written in: the employer's for calls, else the due time's own; `undefined` for UTC. */
export function eventZone(action: DatedAction, plan: Plan): string | undefined {
  const zone = isEmployerCall(action)
    ? plan.context.employer.timeZone
    : (zoneOf(action.due.start) ?? plan.context.candidate.timeZone);
  return isTzidSafe(zone) ? zone : undefined;
}

/** The event's title: {@link actionTitle}, with `Done: ` before it once the action is done. */
export function eventSummary(action: PlanAction, plan: Plan): string {
  const title = actionTitle(action, plan);
  return action.status === "done" ? `Done: ${title}` : title;
}

/**
 * The event's description, one line per fact: whom to call or write to, the candidate's own time
 * for a call on the employer's clock, then each reason with its evidence id.
 */
export function eventDescription(action: DatedAction, plan: Plan): string {
  const lines: string[] = [];
  const to = action.to;
  if (to?.phone && action.channel === "phone") lines.push(`Phone: ${oneLine(to.phone)}`);
  if (to?.email && action.channel === "email") lines.push(`Email: ${oneLine(to.email)}`);
  const mine = plan.context.candidate.timeZone;
  if (isEmployerCall(action) && plan.context.employer.timeZone !== mine) {
    lines.push(
      `Your time (${mine}): ${formatWindow(wallTime(action.due.start, mine), wallTime(action.due.end, mine))}`,
    );
  }
  for (const why of action.why) lines.push(`- ${oneLine(why.text)}${why.source ? ` (${why.source})` : ""}`);
  return lines.join("\n");
}
