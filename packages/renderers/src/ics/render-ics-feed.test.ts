/*
 * renderIcs as a feed to subscribe to (RFC 7986: METHOD:PUBLISH, NAME, REFRESH-INTERVAL, and the
 * X-WR-CALNAME and X-PUBLISHED-TTL apps read) and as one calendar of several interviews.
 */
import { AfterviewValidationError, type Plan } from "@afterview/core";
import { OFFER_PLAN, PLAN, SPARSE_PLAN } from "@afterview/testing/samples";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderIcs } from "./render-ics.js";

// ical.js does not know RFC 7986's NAME nor X-WR-CALNAME; both are TEXT, so read them as such.
const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
design.name = { defaultType: "text" };
design["x-wr-calname"] = { defaultType: "text" };

const calendarOf = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const uids = (ics: string) =>
  calendarOf(ics)
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c).uid);
/** Each VEVENT exactly as written, by UID. */
const vevents = (ics: string) =>
  new Map(
    (ics.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? []).map((block) => [
      /UID:(.*)\r\n/.exec(block)![1]!,
      block,
    ]),
  );

/** A third interview: the sample's plan under its own id and company. */
const THIRD: Plan = {
  ...PLAN,
  interviewId: "initech-platform-engineer",
  context: { ...PLAN.context, company: "Initech" },
};

describe("renderIcs feed", () => {
  it("is off by default: no METHOD, no refresh interval", () => {
    const ics = renderIcs(PLAN);
    expect(ics).not.toMatch(/^(METHOD|REFRESH-INTERVAL|X-PUBLISHED-TTL)[:;]/m);
    expect(renderIcs(PLAN, { feed: false })).toBe(ics);
  });

  it("with feed: true, publishes the plan's calendar, refreshed hourly", () => {
    const ics = renderIcs(PLAN, { feed: true });
    const calendar = calendarOf(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("name")).toBe("Senior Data Engineer at Acme Corp");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Senior Data Engineer at Acme Corp");
    const refresh = calendar.getFirstProperty("refresh-interval")!;
    expect(refresh.type).toBe("duration");
    expect(String(refresh.getFirstValue())).toBe("PT1H");
    expect(ics).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n");
    expect(ics).toContain("\r\nX-PUBLISHED-TTL:PT1H\r\n");
    // Calendar properties before every component (RFC 5545 §3.6), VTIMEZONEs included.
    expect(ics.indexOf("X-PUBLISHED-TTL")).toBeLessThan(ics.indexOf("BEGIN:VTIMEZONE"));
    // The events are the same as without the feed.
    expect([...vevents(ics)]).toEqual([...vevents(renderIcs(PLAN))]);
  });

  it.each([
    [5, "PT5M"],
    [90, "PT1H30M"],
    [1440, "P1D"],
    [40320, "P28D"],
  ])("writes a refresh interval of %i minutes as %s", (minutes, duration) => {
    const ics = renderIcs(PLAN, { feed: { refreshInterval: minutes } });
    expect(ics).toContain(`\r\nREFRESH-INTERVAL;VALUE=DURATION:${duration}\r\n`);
    expect(ics).toContain(`\r\nX-PUBLISHED-TTL:${duration}\r\n`);
  });

  it("names the calendar on one line, escaped, whatever the name holds", () => {
    const name = "Job search; 2026,\r\nMETHOD:CANCEL\r\nX-EVIL:1";
    const ics = renderIcs(PLAN, { feed: { name } });
    const calendar = calendarOf(ics);
    expect(calendar.getFirstPropertyValue("name")).toBe("Job search; 2026, METHOD:CANCEL X-EVIL:1");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Job search; 2026, METHOD:CANCEL X-EVIL:1");
    expect(calendar.getAllProperties("method").map((p) => p.getFirstValue())).toEqual(["PUBLISH"]);
    expect(ics).not.toMatch(/^X-EVIL/m);
  });

  it("keeps the default name for a blank one", () => {
    expect(calendarOf(renderIcs(PLAN, { feed: { name: " \n " } })).getFirstPropertyValue("name")).toBe(
      "Senior Data Engineer at Acme Corp",
    );
  });

  it.each([
    ["yes"],
    [1],
    [null],
    [[]],
    [{ refreshInterval: 4 }],
    [{ refreshInterval: 40321 }],
    [{ refreshInterval: 60.5 }],
    [{ refreshInterval: "PT1H" }],
    [{ name: 42 }],
    [{ name: "x".repeat(201) }],
  ])("refuses feed %j", (feed) => {
    expect(() => renderIcs(PLAN, { feed: feed as never })).toThrow(AfterviewValidationError);
  });
});

describe("renderIcs with several plans", () => {
  const plans = [PLAN, SPARSE_PLAN, THIRD];
  const merged = renderIcs(plans);

  it("has every event of every plan once, written as in the plan's own calendar", () => {
    const own = plans.map((plan) => vevents(renderIcs(plan)));
    const all = vevents(merged);
    expect(uids(merged)).toHaveLength(own.reduce((n, events) => n + events.size, 0));
    expect(new Set(uids(merged)).size).toBe(all.size);
    for (const events of own) for (const [uid, block] of events) expect(all.get(uid)).toBe(block);
  });

  it("writes each zone's VTIMEZONE once, covering every plan's dates", () => {
    const calendar = calendarOf(merged);
    const zones = calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"));
    expect(zones.sort()).toEqual(["America/Chicago", "America/New_York", "Europe/London"]);
    for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    for (const c of calendar.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(c);
      expect(Number.isNaN(event.startDate.toJSDate().getTime())).toBe(false);
    }
  });

  it("names the calendar after the companies, or as the feed says", () => {
    expect(calendarOf(merged).getFirstPropertyValue("name")).toBe("Interviews: Acme Corp, Globex, Initech");
    const feed = calendarOf(renderIcs(plans, { feed: { name: "Board", refreshInterval: 30 } }));
    expect(feed.getFirstPropertyValue("name")).toBe("Board");
    expect(feed.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(String(feed.getFirstPropertyValue("refresh-interval"))).toBe("PT30M");
  });

  it("gives a one-plan list the plan's own calendar, byte for byte", () => {
    expect(renderIcs([PLAN])).toBe(renderIcs(PLAN));
    expect(renderIcs([PLAN], { alarms: [60], feed: true })).toBe(renderIcs(PLAN, { alarms: [60], feed: true }));
  });

  it("gives an empty list an empty calendar", () => {
    const calendar = calendarOf(renderIcs([]));
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
    expect(calendar.getFirstPropertyValue("name")).toBe("Interviews");
  });

  it("refuses two plans of one interview, whose events would share UIDs", () => {
    expect(() => renderIcs([PLAN, SPARSE_PLAN, OFFER_PLAN])).toThrow(
      /plans\[2\]: the same interview as plans\[0\] \("acme-senior-data-engineer"\)/,
    );
  });

  it("is byte-for-byte deterministic", () => {
    expect(renderIcs(structuredClone(plans))).toBe(merged);
  });
});
