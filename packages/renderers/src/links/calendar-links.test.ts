import { AfterviewValidationError, applyEvent, type Plan, type PlanAction } from "@afterview/core";
import ICAL from "ical.js";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { renderIcs } from "../ics/render-ics.js";
import { oneLine } from "../internal/clean-text.js";
import { HEADER_INJECTION, hostilePlan, ICS_TEXT, samplePlan, WORLD_NAMES, XSS } from "../internal/fixtures.js";
import { type CalendarLinks, calendarLinks } from "./calendar-links.js";
import { MAX_LINK_LENGTH } from "./url-text.js";

const epoch = (instant: string) => Temporal.Instant.from(instant).epochMilliseconds;
/** `20261201T143000Z` → epoch milliseconds. */
const fromCompact = (s: string) => epoch(s.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z"));
const unHtml = (html: string) =>
  html
    .split("<br>")
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** What a calendar reads from the links: the Google and Outlook fields, decoded. */
function read(links: CalendarLinks) {
  const google = new URL(links.google);
  const outlook = new URL(links.outlook);
  const live = new URL(links.outlookCom);
  expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
  expect(outlook.origin + outlook.pathname).toBe("https://outlook.office.com/calendar/deeplink/compose");
  expect(live.origin + live.pathname).toBe("https://outlook.live.com/calendar/deeplink/compose");
  expect(live.search).toBe(outlook.search);
  const g = google.searchParams;
  const o = outlook.searchParams;
  const [start, end] = (g.get("dates") ?? "").split("/");
  return {
    googleKeys: [...g.keys()],
    outlookKeys: [...o.keys()],
    google: {
      action: g.get("action"),
      title: g.get("text"),
      start: fromCompact(start!),
      end: fromCompact(end!),
      zone: g.get("ctz"),
      busy: g.get("trp"),
      details: g.get("details"),
    },
    outlook: {
      path: o.get("path"),
      rru: o.get("rru"),
      title: o.get("subject"),
      start: epoch(o.get("startdt")!),
      end: epoch(o.get("enddt")!),
      details: o.has("body") ? unHtml(o.get("body")!) : null,
    },
  };
}

/** The plan's .ics as ical.js reads it, event by UID suffix (the action id). */
function icsEvents(plan: Plan) {
  const calendar = new ICAL.Component(ICAL.parse(renderIcs(plan)));
  const byAction = new Map<string, ICAL.Event>();
  for (const c of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(c);
    byAction.set(event.uid.replace(/^[0-9a-f]{16}-(.*)@afterview$/, "$1"), event);
  }
  return byAction;
}

const GOOGLE_KEYS = ["action", "text", "dates", "ctz", "trp", "details"];
const OUTLOOK_KEYS = ["path", "rru", "subject", "startdt", "enddt", "body"];

describe("calendarLinks", () => {
  const plan = samplePlan();
  const dated = plan.actions.filter((a) => a.due);
  const ics = icsEvents(plan);

  it.each(dated.map((a) => [a.id, a] as const))("%s: the .ics event's title, text and times", (id, action) => {
    const links = calendarLinks(action, plan)!;
    for (const href of Object.values(links)) expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const { google, outlook, googleKeys, outlookKeys } = read(links);
    const event = ics.get(id)!;
    expect(googleKeys).toEqual(GOOGLE_KEYS);
    expect(outlookKeys).toEqual(OUTLOOK_KEYS);
    expect(google.action).toBe("TEMPLATE");
    expect([outlook.path, outlook.rru]).toEqual(["/calendar/action/compose", "addevent"]);
    for (const link of [google, outlook]) {
      expect(link.title).toBe(event.summary);
      expect(link.details).toBe(event.description);
      expect(link.start).toBe(epoch(action.due!.start));
      expect(link.end).toBe(epoch(action.due!.end));
    }
    expect(google.zone).toBe(event.component.getFirstProperty("dtstart")?.getParameter("tzid"));
    expect(google.busy).toBe(String(action.channel === "phone"));
  });

  it("writes the times in UTC, as each service takes them", () => {
    const call = dated.find((a) => a.id === "follow-up-1")!;
    const links = calendarLinks(call, plan)!;
    expect(links.google).toContain("&dates=20261201T143000Z/20261201T163000Z&ctz=America%2FNew_York&trp=true&");
    expect(links.outlook).toContain("&startdt=2026-12-01T14:30:00Z&enddt=2026-12-01T16:30:00Z&");
  });

  it("gives an action due at one instant a 30-minute event starting then", () => {
    const deadline: PlanAction = { ...dated[0]!, due: { start: dated[0]!.due!.end, end: dated[0]!.due!.end } };
    const { google, outlook } = read(calendarLinks(deadline, plan)!);
    for (const link of [google, outlook]) {
      expect(link.start).toBe(epoch(deadline.due!.start));
      expect(link.end - link.start).toBe(30 * 60 * 1000);
    }
  });

  it("gives nothing for an action without a due window", () => {
    const { due: _, ...undated } = dated[0]!;
    expect(calendarLinks(undated, plan)).toBeUndefined();
  });

  it("says a done action is done, as the .ics does", () => {
    const after = applyEvent(
      plan,
      { type: "thank-you-sent", id: "e1", at: "2026-11-25T09:00:00-06:00[America/Chicago]", channel: "email" },
      { now: "2026-11-25T09:00:00-06:00[America/Chicago]" },
    );
    const sent = after.actions.find((a) => a.id === "send-thank-you-1" && a.status === "done")!;
    const { google, outlook } = read(calendarLinks(sent, after)!);
    expect(google.title).toMatch(/^Done: /);
    expect(outlook.title).toBe(google.title);
  });

  describe.each(
    [
      "Acme&ctz=Evil/Zone&dates=20000101T000000Z/20000101T010000Z",
      "Acme?action=EDIT#frag",
      "100% + more",
      "a lone \uD83D surrogate and a \uDE00 low one",
      "<b>bold</b> & 'quoted' \"text\" &amp;",
      ...HEADER_INJECTION,
      ...ICS_TEXT,
      ...XSS,
      ...WORLD_NAMES,
    ].map((p) => [p]),
  )("with %j in every text", (payload) => {
    const hostile = hostilePlan(payload);
    const hostileIcs = icsEvents(hostile);

    it("adds and changes no parameter, and decodes back to the same text", () => {
      for (const action of hostile.actions.filter((a) => a.due)) {
        const links = calendarLinks(action, hostile)!;
        for (const href of Object.values(links)) expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        const { google, outlook, googleKeys, outlookKeys } = read(links);
        expect(googleKeys).toEqual(GOOGLE_KEYS);
        expect(outlookKeys).toEqual(OUTLOOK_KEYS);
        expect(google.start).toBe(epoch(action.due!.start));
        const event = hostileIcs.get(action.id)!;
        for (const link of [google, outlook]) {
          expect(link.title).toBe(event.summary);
          expect(link.title).toContain(oneLine(payload));
          // A long payload's description is shortened to fit; what is left is the start of the .ics's.
          const details = link.details!;
          if (details.endsWith("…") && details !== event.description)
            expect(event.description.startsWith(details.slice(0, -1))).toBe(true);
          else expect(details).toBe(event.description);
        }
      }
    });
  });

  describe("too long for a link", () => {
    const long = hostilePlan("Long name ".repeat(300));
    const action = long.actions.find((a) => a.id === "follow-up-1")!;

    it("shortens the description, then the title, to fit maxLength", () => {
      for (const maxLength of [256, 1000, MAX_LINK_LENGTH]) {
        const links = calendarLinks(action, long, { maxLength })!;
        for (const href of Object.values(links)) expect(href.length).toBeLessThanOrEqual(maxLength);
        const { google, outlook } = read(links);
        for (const link of [google, outlook]) {
          expect(link.title!.endsWith("…")).toBe(true);
          expect(`Follow-up call to ${oneLine("Long name ".repeat(300))}`.startsWith(link.title!.slice(0, -1))).toBe(
            true,
          );
          expect(link.start).toBe(epoch(action.due!.start));
          expect(link.end).toBe(epoch(action.due!.end));
        }
      }
    });

    it("keeps the whole description when maxLength allows it", () => {
      const { google } = read(calendarLinks(action, long, { maxLength: 100_000 })!);
      expect(google.details).toBe(icsEvents(long).get(action.id)!.description);
    });
  });

  it.each([[{ maxLength: 255 }], [{ maxLength: 100_001 }], [{ maxLength: "2000" }], ["options"], [null]])(
    "refuses the options %j",
    (options) => {
      expect(() => calendarLinks(dated[0]!, plan, options as never)).toThrow(AfterviewValidationError);
    },
  );
});
