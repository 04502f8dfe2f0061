import { AfterviewValidationError, type Plan } from "@afterview/core";
import { eventDescription, eventSummary, eventZone, isDated } from "../internal/action-event.js";
import { actionTitle } from "../internal/action-title.js";
import { oneLine } from "../internal/clean-text.js";
import { hashHex } from "../internal/hash.js";
import { type WallTime, wallTime } from "../internal/wall-time.js";
import { dateTimeValue } from "./content-lines.js";
import { vtimezone } from "./vtimezone.js";
import { type IcsEvent, type IcsTime, writeCalendar } from "./write-calendar.js";

/** Options for {@link renderIcs}. */
export interface IcsOptions {
  /**
   * Reminders on each pending event, in minutes before it starts; `false` or `[]` for none.
   * By default (or `true`) one, {@link DEFAULT_ALARM_MINUTES} before; a single number is one reminder.
   * Whole numbers from 0 to 40320 (four weeks).
   */
  alarms?: boolean | number | readonly number[];
  /**
   * Write the calendar as a feed to subscribe to (RFC 7986 and common practice): `METHOD:PUBLISH`,
   * the calendar's name as `NAME` and `X-WR-CALNAME`, and how often to fetch it again as
   * `REFRESH-INTERVAL;VALUE=DURATION` (RFC 7986) and `X-PUBLISHED-TTL` (Outlook and Apple Calendar).
   * `true` for the defaults; off by default.
   */
  feed?: boolean | IcsFeedOptions;
}

/** The feed settings of {@link IcsOptions}. */
export interface IcsFeedOptions {
  /**
   * The calendar's name, on one line, up to 200 characters. By default "{role} at {company}" for one
   * plan and "Interviews: {company}, {company}…" for several.
   */
  name?: string;
  /**
   * How often a subscribed calendar app should fetch the feed again, in minutes: a whole number from
   * 5 to 40320 (four weeks); {@link DEFAULT_REFRESH_MINUTES} by default.
   */
  refreshInterval?: number;
}

/**
 * The default reminder: 15 minutes before an event starts. A calendar convention (the common
 * default of desktop calendar apps), not advice from the plan, so it has no evidence id.
 */
export const DEFAULT_ALARM_MINUTES = 15;

/**
 * How often a subscribed feed asks to be fetched again by default: every 60 minutes (`PT1H`). A plan
 * changes only when something happens (a letter sent, a reply), so an hour keeps a calendar current
 * within the day without asking servers for more. Calendar apps may refresh less often than asked
 * (Google Calendar ignores the value). A convention, not advice, so it has no evidence id.
 */
export const DEFAULT_REFRESH_MINUTES = 60;

/**
 * Renders a plan as an iCalendar file (RFC 5545): one VEVENT per
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
 * Several plans (`renderIcs([planA, planB])`) make one calendar with every plan's events, each with
 * the UID and SEQUENCE it has in its own plan's calendar, so a merged calendar of several interviews
 * updates the same events as each plan's own. Each interview may appear once.
 *
 * With `feed`, the calendar is written to be subscribed to: `METHOD:PUBLISH`, `NAME` and
 * `X-WR-CALNAME`, `REFRESH-INTERVAL;VALUE=DURATION` and `X-PUBLISHED-TTL`.
 *
 * Takes the plans as core returned them (or `parsePlan`'s copies of stored JSON) and does not
 * validate them again. Throws an `AfterviewValidationError` when `alarms` or `feed` is out of range,
 * or when two plans are of the same interview.
 *
 * @example
 * ```ts
 * renderIcs(plan);
 * //=> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//afterview//afterview//EN\r\n…
 * //    DTSTART;TZID=America/New_York:20261201T093000\r\n…"
 * renderIcs([plan, otherPlan], { feed: { name: "Job search", refreshInterval: 120 } });
 * //=> "BEGIN:VCALENDAR\r\n…METHOD:PUBLISH\r\nNAME:Job search\r\nX-WR-CALNAME:Job search\r\n…
 * //    REFRESH-INTERVAL;VALUE=DURATION:PT2H\r\nX-PUBLISHED-TTL:PT2H\r\n…"
 * ```
 */
export function renderIcs(plans: Plan | readonly Plan[], options: IcsOptions = {}): string {
  const list = (Array.isArray(plans) ? plans : [plans]) as readonly Plan[];
  const alarms = readAlarms(options?.alarms);
  const feed = readFeed(options?.feed);
  checkDistinct(list);
  const instants = list.flatMap((plan) =>
    plan.actions.filter(isDated).flatMap((a) => [epochOf(a.due.start), epochOf(a.due.end)]),
  );
  const stamps = list.map((plan) => epochOf(plan.createdAt));
  const seed = stamps[0] ?? 0n;
  const first = [...stamps, ...instants].reduce((a, b) => (a <= b ? a : b), seed);
  const last = [...stamps, ...instants].reduce((a, b) => (a >= b ? a : b), seed);

  const vtimezones = (zone: string) => vtimezone(zone, { epochNanoseconds: first }, { epochNanoseconds: last });
  return writeCalendar({
    name: feed?.name ?? calendarName(list),
    ...(feed ? { feed: { refreshSeconds: feed.refreshInterval * 60 } } : {}),
    vtimezone: vtimezones,
    events: list.flatMap((plan) => planEvents(plan, alarms)),
    // Every title, line and reason in the calendar is English (the renderer's own words and core's
    // reasons), whatever language the letters are in: the calendar is for the candidate, like plan.md.
    language: "en",
  });
}

/** The calendar's default name: "{role} at {company}" for one plan, "Interviews: {companies}" for several. */
function calendarName(plans: readonly Plan[]): string {
  const [only] = plans;
  if (only && plans.length === 1) return oneLine(`${only.context.role} at ${only.context.company}`);
  const companies = [...new Set(plans.map((plan) => oneLine(plan.context.company)))];
  return companies.length ? `Interviews: ${companies.join(", ")}` : "Interviews";
}

/** The instant of a plan's string, in nanoseconds since the epoch. */
function epochOf(instant: string): bigint {
  return wallTime(instant, "UTC").epochNanoseconds;
}

/** A DTSTART or DTEND: the wall clock's digits with the event's TZID, or UTC (`…Z`) when it has none. */
function icsTime(at: WallTime, zone: string | undefined): IcsTime {
  const value = dateTimeValue(at);
  return zone === undefined ? { value: `${value}Z` } : { value, zone };
}

/** One VEVENT per dated action of `plan`. */
function planEvents(plan: Plan, alarms: readonly number[]): IcsEvent[] {
  const stamp = icsTime(wallTime(plan.createdAt, "UTC"), undefined);
  return plan.actions.filter(isDated).map((action) => {
    const zone = eventZone(action, plan);
    const start = wallTime(action.due.start, zone ?? "UTC");
    const end = wallTime(action.due.end, zone ?? "UTC");
    const title = actionTitle(action, plan);
    return {
      uid: `${hashHex(`${plan.interviewId}\u0000${action.id}`)}-${action.id.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}@afterview`,
      sequence: plan.history.length,
      stamp,
      start: icsTime(start, zone),
      ...(start.epochNanoseconds === end.epochNanoseconds ? {} : { end: icsTime(end, zone) }),
      summary: eventSummary(action, plan),
      // A call takes the hour it is booked for; writing or posting a letter is a task due within a
      // window of many hours, and must not mark the person busy for all of it.
      transparency: action.channel === "phone" ? "OPAQUE" : "TRANSPARENT",
      description: eventDescription(action, plan),
      alarms: action.status === "pending" ? alarms.map((minutes) => ({ minutes, description: title })) : [],
      status: action.status === "skipped" ? "CANCELLED" : "CONFIRMED",
    };
  });
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

function readFeed(value: unknown): { name?: string; refreshInterval: number } | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return { refreshInterval: DEFAULT_REFRESH_MINUTES };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidOption("feed", "expected true, false or { name, refreshInterval }");
  }
  const { name, refreshInterval = DEFAULT_REFRESH_MINUTES } = value as IcsFeedOptions;
  if (name !== undefined && (typeof name !== "string" || oneLine(name).length > 200)) {
    throw invalidOption("feed.name", "expected a name of up to 200 characters");
  }
  if (!Number.isInteger(refreshInterval) || refreshInterval < 5 || refreshInterval > 40320) {
    throw invalidOption("feed.refreshInterval", "expected a whole number of minutes from 5 to 40320");
  }
  const line = name === undefined ? "" : oneLine(name);
  return line ? { name: line, refreshInterval } : { refreshInterval };
}

/** Each interview once: two plans of one interview would give two events the same UID. */
function checkDistinct(plans: readonly Plan[]): void {
  const seen = new Map<string, number>();
  for (const [i, plan] of plans.entries()) {
    const before = seen.get(plan.interviewId);
    if (before !== undefined) {
      throw new AfterviewValidationError(
        [
          {
            path: `plans[${i}]`,
            message: `the same interview as plans[${before}] ("${oneLine(plan.interviewId)}"): pass each interview's plan once`,
            code: "duplicate",
          },
        ],
        { subject: "plans" },
      );
    }
    seen.set(plan.interviewId, i);
  }
}

function invalidOption(path: string, message: string): AfterviewValidationError {
  return new AfterviewValidationError([{ path, message, code: "invalid_value" }], { subject: "options" });
}
