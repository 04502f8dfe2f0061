import { AfterviewValidationError, type Plan, type PlanAction, toZoned } from "@afterview/core";
import ical, { escape as escapeIcalText, ICalAlarmType, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { actionTitle, isEmployerCall } from "../internal/action-title.js";
import { oneLine } from "../internal/clean-text.js";
import { hashHex } from "../internal/hash.js";
import { formatWindow, zoneOf } from "../internal/zoned.js";
import { isTzidSafe, vtimezone } from "./vtimezone.js";

/** Options for {@link renderIcs}. */
export interface IcsOptions {
  /**
   * Reminders on each pending event, in minutes before it starts; `false` or `[]` for none.
   * By default (or `true`) one, {@link DEFAULT_ALARM_MINUTES} before; a single number is one reminder.
   * Whole numbers from 0 to 40320 (four weeks).
   */
  alarms?: boolean | number | readonly number[];
}

/**
 * The default reminder: 15 minutes before an event starts. A calendar convention (the common
 * default of desktop calendar apps), not advice from the plan, so it has no evidence id.
 */
export const DEFAULT_ALARM_MINUTES = 15;

/**
 * Renders a plan as an iCalendar file (RFC 5545, built with `ical-generator`): one VEVENT per
 * action that has a due window. Calls to the employer are written in the employer's zone, other
 * tasks in the zone of their due time (the candidate's), each with `TZID` and a VTIMEZONE written
 * from the zone's real transitions. UIDs are derived from `plan.interviewId` and the action id, and
 * SEQUENCE from the plan's history, so re-importing an updated plan updates the same events instead
 * of adding copies. DTSTAMP is `plan.createdAt` (no clock: same plan, same bytes). Pending events
 * carry VALARM reminders; done ones say so; skipped ones are CANCELLED. Calls are busy time
 * (`TRANSP:OPAQUE`); every other task (writing, posting, replying) is `TRANSP:TRANSPARENT`, so a
 * day-long window to write a letter does not block the calendar. Text is escaped
 * (`\`, `;`, `,`, newlines) and lines are folded at 75 octets without splitting a UTF-8 character.
 *
 * Takes the plan as core returned it (or `parsePlan`'s copy of stored JSON) and does not validate it
 * again. Throws an `AfterviewValidationError` when `alarms` is out of range.
 *
 * @example
 * ```ts
 * renderIcs(plan);
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//afterview//afterview//EN\r\n…
 * //    DTSTART;TZID=America/New_York:20261201T093000\r\n…"
 * ```
 */
export function renderIcs(plan: Plan, options: IcsOptions = {}): string {
  const checked = plan;
  const alarms = readAlarms(options?.alarms);
  const dated = checked.actions.filter(
    (a): a is PlanAction & { due: NonNullable<PlanAction["due"]> } => a.due !== undefined,
  );
  const instants = dated.flatMap((a) => [
    toZoned(a.due.start, "UTC").toInstant(),
    toZoned(a.due.end, "UTC").toInstant(),
  ]);
  const stamp = toZoned(checked.createdAt, "UTC");
  // Compared by epoch nanoseconds, not `Temporal.Instant.compare`: in the CJS build these come from
  // core's copy of Temporal, which another copy's static methods refuse.
  const first = instants.reduce((a, b) => (a.epochNanoseconds <= b.epochNanoseconds ? a : b), stamp.toInstant());
  const last = instants.reduce((a, b) => (a.epochNanoseconds >= b.epochNanoseconds ? a : b), stamp.toInstant());

  const calendar = ical({
    prodId: { company: "afterview", product: "afterview", language: "EN" },
    name: escapeIcalText(oneLine(`${checked.context.role} at ${checked.context.company}`), false),
    timezone: { name: null, generator: (zone) => vtimezone(zone, first, last) },
  });
  for (const action of dated) {
    const zone = eventZone(action, checked);
    const start = toZoned(action.due.start, zone ?? "UTC");
    const end = toZoned(action.due.end, zone ?? "UTC");
    const title = actionTitle(action, checked);
    const event = calendar.createEvent({
      id: `${hashHex(`${checked.interviewId}\u0000${action.id}`)}-${action.id.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}@afterview`,
      sequence: checked.history.length,
      stamp,
      start,
      ...(start.epochNanoseconds === end.epochNanoseconds ? {} : { end }),
      timezone: zone ?? null,
      summary: action.status === "done" ? `Done: ${title}` : title,
      description: description(action, checked),
      status: action.status === "skipped" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A call takes the hour it is booked for; writing or posting a letter is a task due within a
      // window of many hours, and must not mark the person busy for all of it.
      transparency: action.channel === "phone" ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    });
    if (action.status === "pending") {
      for (const minutes of alarms) {
        event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: title });
      }
    }
  }
  return calendar.toString();
}

/** The zone an event is written in: the employer's for calls, else the due time's own; `undefined` for UTC. */
function eventZone(action: PlanAction & { due: { start: string } }, plan: Plan): string | undefined {
  const zone = isEmployerCall(action)
    ? plan.context.employer.timeZone
    : (zoneOf(action.due.start) ?? plan.context.candidate.timeZone);
  return isTzidSafe(zone) ? zone : undefined;
}

function description(action: PlanAction & { due: { start: string; end: string } }, plan: Plan): string {
  const lines: string[] = [];
  const to = action.to;
  if (to?.phone && action.channel === "phone") lines.push(`Phone: ${oneLine(to.phone)}`);
  if (to?.email && action.channel === "email") lines.push(`Email: ${oneLine(to.email)}`);
  const mine = plan.context.candidate.timeZone;
  if (isEmployerCall(action) && plan.context.employer.timeZone !== mine) {
    lines.push(`Your time (${mine}): ${formatWindow(toZoned(action.due.start, mine), toZoned(action.due.end, mine))}`);
  }
  for (const why of action.why) lines.push(`- ${oneLine(why.text)}${why.source ? ` (${why.source})` : ""}`);
  return lines.join("\n");
}

function readAlarms(value: unknown): readonly number[] {
  if (value === undefined || value === true) return [DEFAULT_ALARM_MINUTES];
  if (value === false) return [];
  if (typeof value === "number") return readAlarms([value]);
  const ok =
    Array.isArray(value) && value.length <= 10 && value.every((m) => Number.isInteger(m) && m >= 0 && m <= 40320);
  if (!ok) {
    throw new AfterviewValidationError(
      [
        {
          path: "alarms",
          message: "expected true, false, or up to 10 whole numbers of minutes from 0 to 40320",
          code: "invalid_value",
        },
      ],
      { subject: "options" },
    );
  }
  return value as number[];
}
