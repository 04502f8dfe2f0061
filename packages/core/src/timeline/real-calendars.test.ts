import { describe, expect, test } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { parseDecisionTimeline } from "./parse.js";

const us = businessCalendar({ country: "US" });
const gb = businessCalendar({ country: "GB" });

type Row = [name: string, phrase: string, reference: string, earliest: string, latest: string];

describe("US calendar (America/New_York)", () => {
  const rows: Row[] = [
    [
      "Thanksgiving 2026-11-26 skipped",
      "within two or three days",
      "2026-11-25T16:00:00-05:00[America/New_York]",
      "2026-11-27",
      "2026-12-01",
    ],
    ["Thanksgiving: in 1 day", "in one day", "2026-11-25T16:00:00-05:00[America/New_York]", "2026-11-27", "2026-11-27"],
    [
      "Christmas Friday 2026-12-25: by Friday ends Thursday",
      "by Friday",
      "2026-12-21T10:00:00-05:00[America/New_York]",
      "2026-12-22",
      "2026-12-24",
    ],
    [
      "Christmas and New Year skipped in weeks",
      "in two weeks",
      "2026-12-21T10:00:00-05:00[America/New_York]",
      "2027-01-06",
      "2027-01-06",
    ],
    [
      "July 4th 2026 observed Friday 07-03",
      "on July 3",
      "2026-06-29T10:00:00-04:00[America/New_York]",
      "2026-07-06",
      "2026-07-06",
    ],
    [
      "Labor Day Monday 2026-09-07: next Monday moves to Tuesday",
      "next Monday",
      "2026-09-02T10:00:00-04:00[America/New_York]",
      "2026-09-08",
      "2026-09-08",
    ],
  ];
  test.each(rows)("%s", (_name, phrase, reference, earliest, latest) => {
    expect(parseDecisionTimeline(phrase, reference, { calendar: us })).toMatchObject({ earliest, latest });
  });
  test("numeric dates read month first", () => {
    expect(
      parseDecisionTimeline("by 12/4", "2026-11-25T16:00:00-05:00[America/New_York]", { calendar: us })?.latest,
    ).toBe("2026-12-04");
  });
});

describe("GB calendar (Europe/London)", () => {
  const rows: Row[] = [
    // Christmas Friday 2026-12-25; Boxing Day Saturday → substitute Monday 2026-12-28.
    [
      "Christmas and Boxing Day substitute skipped",
      "in 2 business days",
      "2026-12-24T12:00:00+00:00[Europe/London]",
      "2026-12-30",
      "2026-12-30",
    ],
    [
      "within a week over Christmas",
      "within a week",
      "2026-12-23T12:00:00+00:00[Europe/London]",
      "2026-12-24",
      "2027-01-04",
    ],
    [
      "end of the month over Christmas",
      "by the end of the month",
      "2026-12-21T12:00:00+00:00[Europe/London]",
      "2026-12-22",
      "2026-12-31",
    ],
    [
      "Early May bank holiday 2026-05-04",
      "early next week",
      "2026-04-29T12:00:00+01:00[Europe/London]",
      "2026-05-05",
      "2026-05-06",
    ],
  ];
  test.each(rows)("%s", (_name, phrase, reference, earliest, latest) => {
    expect(parseDecisionTimeline(phrase, reference, { calendar: gb })).toMatchObject({ earliest, latest });
  });
  test("numeric dates read day first", () => {
    expect(parseDecisionTimeline("by 4/12", "2026-11-25T16:00:00+00:00[Europe/London]", { calendar: gb })?.latest).toBe(
      "2026-12-04",
    );
  });
});

describe("the TSDoc example", () => {
  const ref = "2026-11-24T15:30:00-05:00[America/New_York]";
  test("within two or three days, US", () => {
    expect(parseDecisionTimeline("We'll make a decision within two or three days", ref, { calendar: us })).toEqual({
      earliest: "2026-11-25",
      latest: "2026-11-30",
      min: 2,
      max: 3,
      unit: "business-day",
      text: "within two or three days",
      confidence: "high",
    });
  });
  test("by the end of next week, default calendar", () => {
    expect(parseDecisionTimeline("by the end of next week", ref)).toEqual({
      earliest: "2026-11-25",
      latest: "2026-12-04",
      unit: "date",
      text: "by the end of next week",
      confidence: "high",
    });
    expect(parseDecisionTimeline("We'll be in touch", ref)).toBeNull();
  });
});
