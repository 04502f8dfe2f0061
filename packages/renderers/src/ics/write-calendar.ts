import { durationOf, escapeText, foldLine } from "./content-lines.js";

/** A date-time as an .ics writes it: `20261201T093000` on `zone`'s wall clock, or `20261201T143000Z` in UTC. */
export interface IcsTime {
  /** `YYYYMMDDTHHMMSS`, with a trailing `Z` when `zone` is absent. */
  value: string;
  /** The IANA zone of a wall-clock `value`; absent for UTC. */
  zone?: string;
}

/** One VEVENT, every value ready to write. */
export interface IcsEvent {
  uid: string;
  sequence: number;
  /** DTSTAMP, in UTC. */
  stamp: IcsTime;
  start: IcsTime;
  /** Absent for a moment (a deadline) rather than a span. */
  end?: IcsTime;
  summary: string;
  transparency: "OPAQUE" | "TRANSPARENT";
  description: string;
  /** Display reminders, minutes before the start. */
  alarms: readonly { minutes: number; description: string }[];
  status: "CONFIRMED" | "CANCELLED";
}

/** A calendar: its name, feed settings, VTIMEZONE blocks and events. */
export interface IcsCalendar {
  name: string;
  /** A feed to subscribe to: `METHOD:PUBLISH` and how often to fetch it again, in seconds. */
  feed?: { refreshSeconds: number };
  /** The VTIMEZONE of a zone, written by the caller; asked once per zone the events use. */
  vtimezone: (zone: string) => string;
  events: readonly IcsEvent[];
  /** The language of every SUMMARY and DESCRIPTION (RFC 5545 §3.2.10). */
  language: string;
}

/**
 * The calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets, no line break after
 * `END:VCALENDAR`. Calendar properties first, then the VTIMEZONE blocks in the order the events
 * first use their zones, then the events.
 */
export function writeCalendar(calendar: IcsCalendar): string {
  const text = (name: string, value: string) => `${name};LANGUAGE=${calendar.language}:${escapeText(value)}`;
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//afterview//afterview//EN"];
  if (calendar.feed) lines.push("METHOD:PUBLISH");
  const name = escapeText(calendar.name);
  if (name) lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  // Calendar properties come before any component (RFC 5545 §3.6's `icalbody = calprops component`);
  // ical-generator, which renderIcs used before, wrote these two after the VTIMEZONEs.
  if (calendar.feed) {
    const every = durationOf(calendar.feed.refreshSeconds);
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${every}`, `X-PUBLISHED-TTL:${every}`);
  }
  const zones = new Set<string>();
  for (const event of calendar.events) if (event.start.zone) zones.add(event.start.zone);
  for (const zone of zones) lines.push(...calendar.vtimezone(zone).trim().split(/\r?\n/));
  for (const event of calendar.events) {
    lines.push("BEGIN:VEVENT", `UID:${event.uid}`, `SEQUENCE:${event.sequence}`, `DTSTAMP:${event.stamp.value}`);
    lines.push(timeLine("DTSTART", event.start));
    if (event.end) lines.push(timeLine("DTEND", event.end));
    lines.push(text("SUMMARY", event.summary), `TRANSP:${event.transparency}`);
    lines.push(text("DESCRIPTION", event.description));
    for (const alarm of event.alarms) {
      lines.push("BEGIN:VALARM", "ACTION:DISPLAY", `TRIGGER:${durationOf(-alarm.minutes * 60)}`);
      lines.push(text("DESCRIPTION", alarm.description), "END:VALARM");
    }
    lines.push(`STATUS:${event.status}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n");
}

function timeLine(name: string, time: IcsTime): string {
  return time.zone ? `${name};TZID=${time.zone}:${time.value}` : `${name}:${time.value}`;
}
