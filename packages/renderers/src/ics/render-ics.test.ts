import { AfterviewValidationError, applyEvent } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { oneLine } from "../internal/clean-text.js";
import { hostilePlan, ICS_TEXT, samplePlan, WORLD_NAMES, XSS } from "../internal/fixtures.js";
import { renderIcs } from "./render-ics.js";

// ical.js does not know RFC 7986's NAME nor X-WR-CALNAME; both are TEXT, so read them as such.
const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
design.name = { defaultType: "text" };
design["x-wr-calname"] = { defaultType: "text" };

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
}

const epoch = (instant: string) => Temporal.ZonedDateTime.from(instant).epochMilliseconds;
const utf8Length = (s: string) => new TextEncoder().encode(s).length;

describe("renderIcs", () => {
  const plan = samplePlan();
  const dated = plan.actions.filter((a) => a.due);
  const ics = renderIcs(plan);
  const parsed = events(ics);

  it("has one VEVENT per dated action, at the plan's instants", () => {
    expect(parsed).toHaveLength(dated.length);
    for (const [i, action] of dated.entries()) {
      const event = parsed[i]!;
      expect(event.startDate.toJSDate().getTime()).toBe(epoch(action.due!.start));
      if (action.due!.start !== action.due!.end)
        expect(event.endDate.toJSDate().getTime()).toBe(epoch(action.due!.end));
    }
  });

  it("writes calls in the employer's zone with TZID, other tasks in the candidate's", () => {
    for (const [i, action] of dated.entries()) {
      const tzid = parsed[i]!.component.getFirstProperty("dtstart")?.getParameter("tzid");
      expect(tzid).toBe(action.channel === "phone" ? "America/New_York" : "America/Chicago");
    }
    expect(ics).toContain("DTSTART;TZID=America/New_York:20261201T093000\r\n");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n");
  });

  it("marks calls busy and every writing or posting window free (TRANSP)", () => {
    const transp = parsed.map((e) => e.component.getFirstPropertyValue("transp"));
    expect(transp).toEqual(dated.map((a) => (a.channel === "phone" ? "OPAQUE" : "TRANSPARENT")));
    const write = dated.findIndex((a) => a.kind === "write-thank-you");
    expect(transp[write]).toBe("TRANSPARENT");
    expect(transp[dated.findIndex((a) => a.kind === "follow-up")]).toBe("OPAQUE");
  });

  it("derives stable UIDs from the interview and the action, and DTSTAMP from createdAt", () => {
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const [i, action] of dated.entries())
      expect(uids[i]).toMatch(new RegExp(`^[0-9a-f]{16}-${action.id}@afterview$`));
    const stamp = parsed[0]!.component.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().getTime()).toBe(epoch(plan.createdAt));
    const other = renderIcs({ ...plan, interviewId: "another-interview" });
    expect(
      events(other)
        .map((e) => e.uid)
        .some((uid) => uids.includes(uid)),
    ).toBe(false);
  });

  it("updates rather than duplicates after an event: same UIDs, higher SEQUENCE, done marked", () => {
    const after = applyEvent(
      plan,
      { type: "thank-you-sent", id: "e1", at: "2026-11-25T09:00:00-06:00[America/Chicago]", channel: "email" },
      { now: "2026-11-25T09:00:00-06:00[America/Chicago]" },
    );
    const again = events(renderIcs(after));
    const before = new Map(parsed.map((e) => [e.uid, e]));
    for (const event of again) {
      if (before.has(event.uid)) expect(event.sequence).toBeGreaterThan(before.get(event.uid)!.sequence);
    }
    const sent = again.find((e) => e.uid.endsWith("-send-thank-you-1@afterview"));
    expect(sent?.summary).toMatch(/^Done: /);
    expect(sent?.component.getAllSubcomponents("valarm")).toHaveLength(0);
  });

  it("adds reminders before pending events", () => {
    for (const event of parsed) {
      const alarms = event.component.getAllSubcomponents("valarm");
      expect(alarms).toHaveLength(1);
      expect(String(alarms[0]!.getFirstPropertyValue("trigger"))).toBe("-PT15M");
      expect(alarms[0]!.getFirstPropertyValue("action")).toBe("DISPLAY");
    }
    const two = events(renderIcs(plan, { alarms: [60, 1440] }));
    expect(
      two[0]!.component.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger"))),
    ).toEqual(["-PT1H", "-P1D"]);
    expect(events(renderIcs(plan, { alarms: false }))[0]!.component.getAllSubcomponents("valarm")).toHaveLength(0);
  });

  it("reads alarms: true as the default reminder and a single number as one reminder", () => {
    const trigger = (ics: string) =>
      events(ics)[0]!
        .component.getAllSubcomponents("valarm")
        .map((a) => String(a.getFirstPropertyValue("trigger")));
    expect(trigger(renderIcs(plan, { alarms: true }))).toEqual(["-PT15M"]);
    expect(trigger(renderIcs(plan, { alarms: 30 }))).toEqual(["-PT30M"]);
  });

  it.each([[[-1]], [[1.5]], [["15"]], ["15"], [-5], [Array(11).fill(5)]])("refuses alarms %j", (alarms) => {
    expect(() => renderIcs(plan, { alarms: alarms as never })).toThrow(AfterviewValidationError);
  });

  it("explains each event: the contact, the candidate's own time for calls, and the reasons", () => {
    const call = parsed.find((e) => e.uid.endsWith("-follow-up-1@afterview"))!;
    expect(call.summary).toBe("Follow-up call to Priya Raman");
    expect(call.description).toContain(
      "Phone: +1 212 555 0100\nYour time (America/Chicago): Tue 2026-12-01 08:30–10:30\n- ",
    );
    expect(call.description).toContain("(E-FU-CALLTIME)");
  });

  it("is byte-for-byte deterministic", () => {
    expect(renderIcs(structuredClone(plan))).toBe(ics);
  });

  it("folds every line at 75 octets and ends lines with CRLF", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n") || ics.endsWith("END:VCALENDAR")).toBe(true);
    for (const line of ics.split("\r\n")) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  describe.each([...ICS_TEXT, ...XSS, ...WORLD_NAMES].map((p) => [p]))("with %j in every text", (payload) => {
    const hostile = renderIcs(hostilePlan(payload));

    it("round-trips the text exactly through ical.js", () => {
      const parsedHostile = events(hostile);
      expect(parsedHostile).toHaveLength(dated.length);
      for (const event of parsedHostile) {
        expect(event.summary).toContain(oneLine(payload));
        expect(event.description).toContain(`- ${oneLine(payload)}`);
      }
      const calendar = new ICAL.Component(ICAL.parse(hostile));
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(oneLine(`${payload} at ${payload}`));
      expect(calendar.getFirstPropertyValue("name")).toBe(oneLine(`${payload} at ${payload}`));
    });

    it("adds no component or property and folds within 75 octets", () => {
      expect(hostile.match(/^BEGIN:VEVENT\r$/gm)?.length ?? hostile.split("BEGIN:VEVENT").length - 1).toBe(
        dated.length,
      );
      for (const line of hostile.split("\r\n")) expect(utf8Length(line)).toBeLessThanOrEqual(75);
      expect(hostile).not.toMatch(/\r\nSUMMARY:injected/);
    });
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 60 })(
    "any text round-trips and every line fits 75 octets",
    (value) => {
      const out = renderIcs(hostilePlan(value.trim() ? value : "x"));
      for (const line of out.split("\r\n")) {
        expect(utf8Length(line)).toBeLessThanOrEqual(75);
        expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
      }
      const expected = oneLine(value.trim() ? value : "x");
      for (const event of events(out)) expect(event.description).toContain(`- ${expected}`);
    },
  );

  it("renders a plan read back from JSON exactly as the plan core returned (no second validation)", () => {
    const plan = applyEvent(
      samplePlan(),
      { type: "thank-you-sent", id: "e1", at: "2026-11-24T18:00:00-05:00", channel: "email" },
      { now: "2026-11-24T18:00:00-05:00" },
    );
    expect(renderIcs(JSON.parse(JSON.stringify(plan)))).toBe(renderIcs(plan));
  });

  describe("language", () => {
    it("says its text is English: LANGUAGE=en on every SUMMARY, DESCRIPTION and LOCATION, in events and reminders, as ical.js reads it", () => {
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const components = calendar
        .getAllSubcomponents("vevent")
        .flatMap((event) => [event, ...event.getAllSubcomponents("valarm")]);
      const properties = components.flatMap((c) => [
        ...c.getAllProperties("summary"),
        ...c.getAllProperties("description"),
        ...c.getAllProperties("location"),
      ]);
      expect(properties.length).toBeGreaterThan(dated.length);
      for (const property of properties) expect(property.getParameter("language")).toBe("en");
      for (const line of ics.split("\r\n")) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    });

    it("tags hostile text without letting it add a property", () => {
      const hostile = renderIcs(hostilePlan("BEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT"));
      expect(events(hostile)).toHaveLength(dated.length);
      expect(hostile).not.toMatch(/\r\nSUMMARY(;[^:]*)?:injected/);
    });
  });
});
