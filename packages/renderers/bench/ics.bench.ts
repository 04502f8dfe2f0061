/*
 * renderIcs (which writes iCalendar itself, see src/ics/write-calendar.ts) against the bare
 * iCalendar libraries, interleaved (see interleaved.ts) in 3 fresh processes, as ratios of medians:
 * - bare ical-generator doing the same job: the same events with the same UIDs, SEQUENCE, STATUS,
 *   TZIDs, summaries, descriptions, TRANSP and alarms, and the same VTIMEZONE texts, all worked out
 *   before the clock starts, LANGUAGE added to its output the only way it allows (unfolded, edited,
 *   folded again). Its output is checked to be byte-identical to renderIcs's before timing, so
 *   the ratio is exactly what renderIcs adds: validating the plan, reading its times in their zones,
 *   the titles and descriptions, the VTIMEZONE lookups;
 * - bare `ics` writing the same events as UTC times: `ics` cannot write a TZID or a VTIMEZONE, so
 *   this is a smaller job, shown for scale only.
 * Run with `pnpm --filter @afterview/renderers bench`.
 */
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import ical, {
  escape as escapeIcalText,
  foldLines,
  ICalAlarmType,
  type ICalEventStatus,
  type ICalEventTransparency,
} from "ical-generator";
import { createEvents, type EventAttributes } from "ics";
import { Temporal } from "temporal-polyfill";
import { renderIcs } from "../src/ics/render-ics.js";
import { vtimezone } from "../src/ics/vtimezone.js";
import { samplePlan } from "../src/internal/fixtures.js";
import { inProcesses, measure, type Ratio, report, type Task } from "./interleaved.js";

const plan = samplePlan();
const reference = renderIcs(plan);

/** Everything renderIcs writes per event, read back from its own output (so both sides write the same). */
interface Prepared {
  id: string;
  sequence: number;
  start: Temporal.ZonedDateTime;
  end?: Temporal.ZonedDateTime;
  zone: string | null;
  summary: string;
  description: string;
  status: ICalEventStatus;
  transparency: ICalEventTransparency;
  alarm?: string;
}

/** A DTSTART/DTEND as Temporal: its wall-clock value in its TZID (or UTC). */
function timeOf(event: ICAL.Component, name: string): { at: Temporal.ZonedDateTime; zone: string } | undefined {
  const property = event.getFirstProperty(name);
  if (!property) return undefined;
  const zone = (property.getParameter("tzid") as string | undefined) ?? "UTC";
  const value = property.getFirstValue() as ICAL.Time;
  const wall = Temporal.PlainDateTime.from({
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.hour,
    minute: value.minute,
    second: value.second,
  });
  return { at: wall.toZonedDateTime(zone), zone };
}

function readEvents(text: string): Prepared[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((event) => {
    const start = timeOf(event, "dtstart")!;
    const end = timeOf(event, "dtend");
    const alarm = event.getFirstSubcomponent("valarm")?.getFirstPropertyValue("description");
    return {
      id: String(event.getFirstPropertyValue("uid")),
      sequence: Number(event.getFirstPropertyValue("sequence")),
      start: start.at,
      ...(end ? { end: end.at } : {}),
      zone: start.zone === "UTC" ? null : start.zone,
      summary: String(event.getFirstPropertyValue("summary")),
      description: String(event.getFirstPropertyValue("description")),
      status: String(event.getFirstPropertyValue("status")) as ICalEventStatus,
      transparency: String(event.getFirstPropertyValue("transp")) as ICalEventTransparency,
      ...(alarm !== undefined && alarm !== null ? { alarm: String(alarm) } : {}),
    };
  });
}

const events = readEvents(reference);
const stamp = Temporal.Instant.from(plan.createdAt.replace(/\[.*\]$/, "")).toZonedDateTimeISO("UTC");
const zones = new Map<string, string>();
{
  const instants = events.flatMap((e) => [e.start.toInstant(), ...(e.end ? [e.end.toInstant()] : [])]);
  instants.push(stamp.toInstant());
  const first = instants.reduce((a, b) => (Temporal.Instant.compare(a, b) <= 0 ? a : b));
  const last = instants.reduce((a, b) => (Temporal.Instant.compare(a, b) >= 0 ? a : b));
  for (const e of events) if (e.zone && !zones.has(e.zone)) zones.set(e.zone, vtimezone(e.zone, first, last));
}
const calendarName = escapeIcalText(`${plan.context.role} at ${plan.context.company}`, false);

/** Bare ical-generator, handed every value ready-made. */
function bareIcalGenerator(): string {
  const calendar = ical({
    prodId: { company: "afterview", product: "afterview", language: "EN" },
    name: calendarName,
    timezone: { name: null, generator: (zone) => zones.get(zone) ?? null },
  });
  for (const e of events) {
    const event = calendar.createEvent({
      id: e.id,
      sequence: e.sequence,
      stamp,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      timezone: e.zone,
      summary: e.summary,
      description: e.description,
      status: e.status,
      transparency: e.transparency,
    });
    if (e.alarm !== undefined) event.createAlarm({ type: ICalAlarmType.display, trigger: 900, description: e.alarm });
  }
  // ical-generator cannot put LANGUAGE on a text property: unfold, add it, fold again.
  const lines = calendar
    .toString()
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) => line.replace(/^(SUMMARY|DESCRIPTION)(?=:)/, "$1;LANGUAGE=en"));
  return foldLines(lines.join("\r\n"));
}

const asUtc = events.map((e) => ({
  uid: e.id,
  title: e.summary,
  description: e.description,
  start: e.start.epochMilliseconds,
  end: (e.end ?? e.start).epochMilliseconds,
  alarm: e.alarm,
}));
/** Bare `ics`: the same events in UTC (it has no TZID), one alarm each where renderIcs has one. */
function bareIcs(): string {
  const list: EventAttributes[] = asUtc.map((e) => ({
    uid: e.uid,
    title: e.title,
    description: e.description,
    start: e.start,
    end: e.end,
    timestamp: stamp.epochMilliseconds,
    ...(e.alarm !== undefined
      ? { alarms: [{ action: "display" as const, description: e.alarm, trigger: { minutes: 15, before: true } }] }
      : {}),
  }));
  const { error, value } = createEvents(list);
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return value;
}

function checkSameJob(): void {
  const bare = bareIcalGenerator();
  if (bare !== reference) {
    const a = reference.split("\r\n");
    const b = bare.split("\r\n");
    const at = a.findIndex((line, i) => line !== b[i]);
    throw new Error(`bare ical-generator differs from renderIcs at line ${at + 1}:\n  ${a[at]}\n  ${b[at]}`);
  }
}

const tasks: Task[] = [
  { name: "renderIcs", run: async () => renderIcs(plan) },
  { name: "bare ical-generator, same output", run: async () => bareIcalGenerator() },
  { name: "bare ics, same events in UTC", run: async () => bareIcs() },
];
const ratios: Ratio[] = [
  {
    label: "renderIcs / bare ical-generator (byte-identical output)",
    numerator: "renderIcs",
    denominator: "bare ical-generator, same output",
    target: 1.5,
  },
  {
    label: "renderIcs / bare ics (UTC only, no VTIMEZONE)",
    numerator: "renderIcs",
    denominator: "bare ics, same events in UTC",
  },
];

const rounds = Number(process.env.BENCH_ROUNDS ?? 150);
const results = await inProcesses(fileURLToPath(import.meta.url), Number(process.env.BENCH_RUNS ?? 3), async (seed) => {
  checkSameJob();
  return measure(tasks, ratios, { rounds, batch: 5, warmup: 50, seed });
});
if (results) {
  report("afterview renderIcs vs the bare iCalendar libraries", results, ratios);
  console.log(
    `sizes: renderIcs ${reference.length} B (${events.length} events, ${zones.size} VTIMEZONEs), bare ics ${bareIcs().length} B`,
  );
}
