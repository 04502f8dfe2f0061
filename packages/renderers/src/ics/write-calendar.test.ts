import fc from "fast-check";
import ical, { escape as escapeIcal, ICalAlarmType, ICalCalendarMethod } from "ical-generator";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { durationOf, foldLine } from "./content-lines.js";
import { type IcsCalendar, type IcsEvent, writeCalendar } from "./write-calendar.js";

// ical-generator, which renderIcs used to drive, is the oracle: the same calendar through it must
// come out byte for byte the same, but for LANGUAGE parameters (it cannot write them) and the feed's
// REFRESH-INTERVAL and X-PUBLISHED-TTL, which it wrote after the VTIMEZONEs, among the components.

const ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", undefined] as const;
const text = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.constantFrom("a;b,c\\d", "line one\nline two\r\nthree\rfour", "Szczepański — ☎ 📞 ✓", ""),
);
const instant = fc.integer({ min: 1_500_000_000, max: 2_200_000_000 }).map((s) => BigInt(s) * 1_000_000_000n);

const eventArb = fc.record({
  uid: fc.stringMatching(/^[a-z0-9-]{1,40}@afterview$/),
  sequence: fc.nat(50),
  stamp: instant,
  start: instant,
  length: fc.oneof(fc.constant(0), fc.integer({ min: 60, max: 86_400 * 3 })),
  zone: fc.constantFrom(...ZONES),
  summary: text.filter((s) => s.length > 0),
  description: text,
  transparency: fc.constantFrom("OPAQUE" as const, "TRANSPARENT" as const),
  status: fc.constantFrom("CONFIRMED" as const, "CANCELLED" as const),
  alarms: fc.array(fc.integer({ min: 0, max: 40_320 }), { maxLength: 3 }),
});
type Arb = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function basic(zdt: Temporal.ZonedDateTime, utc: boolean): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(zdt.year, 4)}${p(zdt.month)}${p(zdt.day)}T${p(zdt.hour)}${p(zdt.minute)}${p(zdt.second)}${utc ? "Z" : ""}`;
}

function zoned(ns: bigint, zone: string | undefined): Temporal.ZonedDateTime {
  return new Temporal.ZonedDateTime(ns, zone ?? "UTC");
}

function ours(name: string, events: Arb[], refresh: number | undefined): string {
  const calendar: IcsCalendar = {
    name,
    ...(refresh === undefined ? {} : { feed: { refreshSeconds: refresh } }),
    vtimezone: (zone) => `BEGIN:VTIMEZONE\r\nTZID:${zone}\r\nEND:VTIMEZONE`,
    language: "en",
    events: events.map((e): IcsEvent => {
      const start = zoned(e.start, e.zone);
      const time = (z: Temporal.ZonedDateTime) => ({ value: basic(z, !e.zone), ...(e.zone ? { zone: e.zone } : {}) });
      return {
        uid: e.uid,
        sequence: e.sequence,
        stamp: { value: basic(zoned(e.stamp, undefined), true) },
        start: time(start),
        ...(e.length ? { end: time(start.add({ seconds: e.length })) } : {}),
        summary: e.summary,
        transparency: e.transparency,
        description: e.description,
        alarms: e.alarms.map((minutes) => ({ minutes, description: e.summary })),
        status: e.status,
      };
    }),
  };
  return writeCalendar(calendar);
}

function oracle(name: string, events: Arb[], refresh: number | undefined): string {
  const calendar = ical({
    prodId: { company: "afterview", product: "afterview", language: "EN" },
    name: escapeIcal(name, false),
    timezone: { name: null, generator: (zone) => `BEGIN:VTIMEZONE\r\nTZID:${zone}\r\nEND:VTIMEZONE` },
    ...(refresh === undefined ? {} : { method: ICalCalendarMethod.PUBLISH, ttl: refresh }),
  });
  for (const e of events) {
    const start = zoned(e.start, e.zone);
    const event = calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: zoned(e.stamp, "UTC") as never,
      start: start as never,
      ...(e.length ? { end: start.add({ seconds: e.length }) as never } : {}),
      timezone: e.zone ?? null,
      summary: e.summary,
      description: e.description,
      status: e.status as never,
      transparency: e.transparency as never,
    });
    for (const minutes of e.alarms)
      event.createAlarm({ type: ICalAlarmType.display, trigger: minutes * 60, description: e.summary });
  }
  return calendar.toString();
}

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, "");

/** The oracle's lines with its two feed properties moved before the first component. */
function calendarPropertiesFirst(lines: string[]): string[] {
  const feed = lines.filter((line) => /^(REFRESH-INTERVAL|X-PUBLISHED-TTL)[;:]/.test(line));
  const rest = lines.filter((line) => !feed.includes(line));
  const first = rest.findIndex((line) => line.startsWith("BEGIN:V") && line !== "BEGIN:VCALENDAR");
  rest.splice(first === -1 ? rest.length - 1 : first, 0, ...feed);
  return rest;
}

describe("writeCalendar", () => {
  it("writes what ical-generator wrote, plus LANGUAGE on text properties", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(eventArb, { maxLength: 4 }),
        fc.option(fc.integer({ min: 300, max: 40_320 * 60 }), { nil: undefined }),
        (name, events, refresh) => {
          const mine = ours(name, events, refresh);
          const expected = calendarPropertiesFirst(unfold(oracle(name, events, refresh)).split("\r\n"))
            .map((line) => line.replace(/^(SUMMARY|DESCRIPTION)(?=:)/, "$1;LANGUAGE=en"))
            .map(foldLine)
            .join("\r\n");
          expect(mine).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("folds at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(40)}${"📞".repeat(20)}`;
    const folded = foldLine(line).split("\r\n");
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join("")).toBe(line);
  });

  it("writes durations as RFC 5545 does", () => {
    expect([0, -0, -900, -3600, -5400, 86_400, -172_800, 90_061].map(durationOf)).toEqual([
      "PT0S",
      "PT0S",
      "-PT15M",
      "-PT1H",
      "-PT1H30M",
      "P1D",
      "-P2D",
      "P1DT1H1M1S",
    ]);
  });
});
