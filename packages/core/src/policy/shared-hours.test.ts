import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { DEFAULT_POLICY } from "./defaults.js";
import { firstBusinessMoment, sendTime } from "./shared-hours.js";

const hours = DEFAULT_POLICY.candidateHours;
const office = { start: "09:00", end: "17:00" };
const tokyo = { zone: "Asia/Tokyo", calendar: businessCalendar({ country: "JP" }), hours: office };
const berlin = { zone: "Europe/Berlin", calendar: businessCalendar({ country: "DE", region: "BE" }), hours: office };
const london = { zone: "Europe/London", calendar: { weekend: [6, 7] } };
const newYork = { zone: "America/New_York", calendar: { weekend: [6, 7] } };
const at = (iso: string) => Temporal.ZonedDateTime.from(iso);

describe("firstBusinessMoment", () => {
  test("an evening is the next business morning; a Friday evening, Monday's", () => {
    expect(firstBusinessMoment(at("2026-01-13T21:00:00+00:00[Europe/London]"), tokyo).toString()).toBe(
      "2026-01-14T09:00:00+09:00[Asia/Tokyo]",
    );
    expect(firstBusinessMoment(at("2026-01-16T21:00:00+09:00[Asia/Tokyo]"), tokyo).toString()).toBe(
      "2026-01-19T09:00:00+09:00[Asia/Tokyo]",
    );
  });

  test("inside business hours it is the moment itself", () => {
    const noon = at("2026-01-14T12:00:00+09:00[Asia/Tokyo]");
    expect(firstBusinessMoment(noon, tokyo).equals(noon)).toBe(true);
  });
});

describe("sendTime", () => {
  test("Berlin and New York share 14:00–17:00 Berlin (08:00–11:00 New York)", () => {
    const found = sendTime(at("2026-04-07T21:00:00-04:00[America/New_York]"), berlin, newYork, hours);
    expect(found.kind).toBe("shared");
    if (found.kind !== "shared") return;
    expect([found.window.start.toString(), found.window.end.toString()]).toEqual([
      "2026-04-08T14:00:00+02:00[Europe/Berlin]",
      "2026-04-08T17:00:00+02:00[Europe/Berlin]",
    ]);
  });

  test("Tokyo and London share 16:00–17:00 Tokyo in British summer time (08:00–09:00 London)", () => {
    const found = sendTime(at("2026-06-09T21:00:00+01:00[Europe/London]"), tokyo, london, hours);
    expect(found.kind === "shared" && [found.window.start.toString(), found.window.end.toString()]).toEqual([
      "2026-06-10T16:00:00+09:00[Asia/Tokyo]",
      "2026-06-10T17:00:00+09:00[Asia/Tokyo]",
    ]);
  });

  test("Tokyo and London never meet in winter: prepare it in the candidate's day, schedule it for 09:00 Tokyo", () => {
    const found = sendTime(
      at("2026-01-13T21:00:00+00:00[Europe/London]"),
      tokyo,
      london,
      hours,
      at("2026-01-13T08:00:00+00:00[Europe/London]"),
    );
    expect(found.kind).toBe("scheduled");
    if (found.kind !== "scheduled") return;
    expect(found.sendAt.toString()).toBe("2026-01-14T09:00:00+09:00[Asia/Tokyo]");
    expect([found.task.start, found.task.end].map((t) => t.withTimeZone("Europe/London").toString())).toEqual([
      "2026-01-13T08:00:00+00:00[Europe/London]",
      "2026-01-13T20:00:00+00:00[Europe/London]",
    ]);
  });
});
