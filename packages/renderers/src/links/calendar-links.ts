import type { Plan, PlanAction } from "@afterview/core";
import { eventDescription, eventSummary, eventZone, isDated } from "../internal/action-event.js";
import { escapeHtml } from "../internal/escape-html.js";
import { readOptions } from "../internal/options-input.js";
import { toDate, wallTime } from "../internal/wall-time.js";
import { encodeQueryValue, fitText, readMaxLength } from "./url-text.js";

/** Options for {@link calendarLinks}. */
export interface CalendarLinkOptions {
  /**
   * The longest link to give, in characters: a whole number from 256 to 100000; 2000
   * (`MAX_LINK_LENGTH`) by default. A description that does not fit is shortened with `…`.
   */
  maxLength?: number;
}

/** The links {@link calendarLinks} gives for one action, each opening a new event ready to save. */
export interface CalendarLinks {
  /** Google Calendar: `https://calendar.google.com/calendar/render?action=TEMPLATE&…`. */
  google: string;
  /** Outlook on the web for work or school accounts (Microsoft 365): `https://outlook.office.com/calendar/deeplink/compose?…`. */
  outlook: string;
  /** Outlook.com, for personal Microsoft accounts: the same link on `https://outlook.live.com`. */
  outlookCom: string;
}

const OUTLOOK_WORK = "https://outlook.office.com";
const OUTLOOK_PERSONAL = "https://outlook.live.com";

/** How long the event of an action due at one instant lasts (a deadline, `due.start === due.end`). */
const DEADLINE_MINUTES = 30;

/**
 * Links that add one plan action to a web calendar, for people who do not import the .ics file:
 * Google Calendar's event template (`render?action=TEMPLATE`) and Outlook on the web's compose deep
 * link (`calendar/deeplink/compose`, for work or school accounts on outlook.office.com and personal
 * ones on outlook.live.com). Neither service documents these links; the parameters used are the
 * ones the add-event-to-calendar-docs project (InteractionDesignFoundation on GitHub) records and
 * calendar-link libraries have used for years.
 *
 * The event says what {@link renderIcs}'s does: the same summary (`Done: ` before a done action's) and
 * description (whom to contact, the candidate's own time for a call, the reasons). Times are the
 * plan's instants in UTC, to the second (`dates=20261201T143000Z/20261201T163000Z`;
 * `startdt=2026-12-01T14:30:00Z`), so no calendar can read them in the wrong zone; Google also gets
 * `ctz`, the zone the .ics writes the event in (the employer's for a call, else the candidate's),
 * and `trp` (busy for calls, free for other tasks, like the .ics's `TRANSP`). An action due at one
 * instant (`due.start === due.end`, a deadline) becomes a 30-minute event starting then, where the
 * .ics starts it too, since both calendars need an end. Outlook reads `body` as HTML, so the
 * description there is HTML-escaped with `<br>` between lines.
 *
 * Every value is percent-encoded as UTF-8 (a space is `%20`, `&`, `=`, `#`, `+` and `%` are
 * encoded), so no text can add or change a parameter. Each link is at most `maxLength` characters
 * (2000 by default, the limit {@link mailtoLink} explains; Outlook on the web stops at about 2,048):
 * a description that does not fit is shortened with `…`, and a title, only if it alone is too long.
 *
 * Gives `undefined` for an action without a due window. Throws an `AfterviewValidationError` when
 * `maxLength` is out of range.
 *
 * @example
 * ```ts
 * const call = plan.actions.find((a) => a.kind === "follow-up")!;
 * calendarLinks(call, plan)?.google;
 * //=> "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Follow-up%20call%20to%20Priya%20Raman&dates=20261201T143000Z/20261201T163000Z&ctz=America%2FNew_York&trp=true&details=Phone%3A%20%2B1%20212%20555%200100%0A…"
 * ```
 */
export function calendarLinks(
  action: PlanAction,
  plan: Plan,
  options?: CalendarLinkOptions,
): CalendarLinks | undefined {
  const maxLength = readMaxLength(readOptions<CalendarLinkOptions>(options).maxLength);
  if (!isDated(action)) return undefined;
  const startAt = wallTime(action.due.start, "UTC").epochNanoseconds;
  const dueAt = wallTime(action.due.end, "UTC").epochNanoseconds;
  const start = toDate(startAt);
  const end = dueAt === startAt ? new Date(start.getTime() + DEADLINE_MINUTES * 60_000) : toDate(dueAt);
  const zone = eventZone(action, plan);
  const title = eventSummary(action, plan);
  const description = eventDescription(action, plan);

  const google = (text: string, details: string) =>
    "https://calendar.google.com/calendar/render?action=TEMPLATE" +
    `&text=${encodeQueryValue(text)}&dates=${compact(start)}/${compact(end)}` +
    (zone ? `&ctz=${encodeQueryValue(zone)}` : "") +
    `&trp=${action.channel === "phone"}` +
    (details ? `&details=${encodeQueryValue(details)}` : "");
  const outlook = (subject: string, body: string) =>
    `${OUTLOOK_WORK}/calendar/deeplink/compose?path=${encodeQueryValue("/calendar/action/compose")}&rru=addevent` +
    `&subject=${encodeQueryValue(subject)}&startdt=${extended(start)}&enddt=${extended(end)}` +
    (body ? `&body=${encodeQueryValue(body.split("\n").map(escapeHtml).join("<br>"))}` : "");
  const work = fitted(outlook, title, description, maxLength);
  // The same query on the shorter host, so both Outlook links say the same.
  return {
    google: fitted(google, title, description, maxLength),
    outlook: work,
    outlookCom: OUTLOOK_PERSONAL + work.slice(OUTLOOK_WORK.length),
  };
}

/** The link with the whole title and description, else with the description (then the title) shortened to fit. */
function fitted(link: (title: string, text: string) => string, title: string, text: string, maxLength: number): string {
  const fits = (href: string) => href.length <= maxLength;
  const shortText = fitText(text, (t) => fits(link(title, t)));
  if (shortText || fits(link(title, ""))) return link(title, shortText);
  return link(
    fitText(title, (t) => fits(link(t, ""))),
    "",
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `20261201T143000Z`: a UTC time as Google Calendar's `dates` takes it. */
function compact(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** `2026-12-01T14:30:00Z`: a UTC time as Outlook's `startdt` and `enddt` take it. */
function extended(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}Z`;
}
