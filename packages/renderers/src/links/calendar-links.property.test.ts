/*
 * For any text in the plan (company, role, names, reasons) and any length limit, every action's
 * calendar links parse with URL, hold only their own parameters, stay within the limit, keep the
 * plan's times exactly, and decode back to the .ics event's title and description (or the start of
 * them, marked with "…", when shortened to fit).
 */
import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { eventDescription, eventSummary, isDated } from "../internal/action-event.js";
import { hostilePlan } from "../internal/fixtures.js";
import { calendarLinks } from "./calendar-links.js";
import { MAX_LINK_LENGTH } from "./url-text.js";

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom("&", "=", "?", "#", "%", "+", "/", "<", ">", '"', "'", " ", "\r\n", "\n", "é", "😀"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 300,
});

const epoch = (instant: string) => Temporal.Instant.from(instant).epochMilliseconds;
const unHtml = (html: string) =>
  html
    .split("<br>")
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** `shown` is `whole`, or a start of it followed by "…". */
function sameOrStart(shown: string, whole: string) {
  if (shown === whole) return;
  expect(shown.endsWith("…")).toBe(true);
  expect(whole.startsWith(shown.slice(0, -1))).toBe(true);
}

describe("calendarLinks, any text", () => {
  test.prop([text, fc.option(fc.integer({ min: 256, max: 3000 }), { nil: undefined })], { numRuns: 40 })(
    "round-trip the title, the description and the times within the length",
    (value, maxLength) => {
      const plan = hostilePlan(value);
      for (const action of plan.actions.filter(isDated)) {
        const links = calendarLinks(action, plan, maxLength === undefined ? {} : { maxLength })!;
        const title = eventSummary(action, plan);
        const description = eventDescription(action, plan);
        for (const href of Object.values(links)) {
          expect(href.length).toBeLessThanOrEqual(maxLength ?? MAX_LINK_LENGTH);
          expect(href).toMatch(/^[\x21-\x7e]+$/);
        }
        const g = new URL(links.google).searchParams;
        expect([...g.keys()]).toEqual(["action", "text", "dates", "ctz", "trp", "details"].filter((k) => g.has(k)));
        expect(g.get("action")).toBe("TEMPLATE");
        sameOrStart(g.get("text")!, title);
        sameOrStart(g.get("details") ?? "…", description);
        const [start] = g.get("dates")!.split("/");
        expect(start!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z")).toBe(
          new Date(epoch(action.due.start)).toISOString().replace(".000Z", "Z"),
        );

        const o = new URL(links.outlook).searchParams;
        expect([...o.keys()]).toEqual(["path", "rru", "subject", "startdt", "enddt", "body"].filter((k) => o.has(k)));
        sameOrStart(o.get("subject")!, title);
        sameOrStart(unHtml(o.get("body") ?? "…"), description);
        expect(epoch(o.get("startdt")!)).toBe(epoch(action.due.start));
        expect(epoch(o.get("enddt")!)).toBe(epoch(action.due.end));
      }
    },
  );
});
