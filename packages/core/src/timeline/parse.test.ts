import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parseDecisionTimeline } from "./parse.js";
import { testCalendar } from "./test-calendar.js";

/** US-like: Thanksgiving, Christmas and New Year's Day 2026/27 off. */
const calendar = testCalendar(["2026-11-26", "2026-12-25", "2027-01-01"]);
const NY = "America/New_York";
/** Wednesday before Thanksgiving, afternoon. */
const WED = `2026-11-25T17:00:00-05:00[${NY}]`;
/** Friday evening. */
const FRI = `2026-11-27T18:30:00-05:00[${NY}]`;
/** Monday, the last business day of November. */
const MON = `2026-11-30T12:00:00-05:00[${NY}]`;
/** Monday of Christmas week. */
const XMAS = `2026-12-21T10:00:00-05:00[${NY}]`;

type Row = [phrase: string, reference: string, earliest: string, latest: string];

const rows: Row[] = [
  ["We'll make a decision within two or three days", WED, "2026-11-27", "2026-12-01"],
  ["We'll make a decision within two or three days", FRI, "2026-11-30", "2026-12-02"],
  ["We'll make a decision within two or three days", MON, "2026-12-01", "2026-12-03"],
  ["in 2-3 business days", WED, "2026-11-30", "2026-12-01"],
  ["in 2-3 business days", FRI, "2026-12-01", "2026-12-02"],
  ["in 2–3 working days", MON, "2026-12-02", "2026-12-03"],
  ["in two to three days", WED, "2026-11-30", "2026-12-01"],
  ["within a week", WED, "2026-11-27", "2026-12-03"],
  ["within a week", FRI, "2026-11-30", "2026-12-04"],
  ["within a week", MON, "2026-12-01", "2026-12-07"],
  ["in a couple of weeks", WED, "2026-12-10", "2026-12-10"],
  ["in a couple of weeks", FRI, "2026-12-11", "2026-12-11"],
  ["in a couple of weeks", XMAS, "2027-01-06", "2027-01-06"],
  ["a few days", WED, "2026-12-01", "2026-12-01"],
  ["a few days", MON, "2026-12-03", "2026-12-03"],
  ["by Friday", WED, "2026-11-27", "2026-11-27"],
  ["by Friday", FRI, "2026-11-30", "2026-12-04"],
  ["by Friday", MON, "2026-12-01", "2026-12-04"],
  ["by Friday", XMAS, "2026-12-22", "2026-12-24"],
  ["next Monday", WED, "2026-11-30", "2026-11-30"],
  ["next Monday", FRI, "2026-11-30", "2026-11-30"],
  ["next Monday", MON, "2026-12-07", "2026-12-07"],
  ["on Tuesday", WED, "2026-12-01", "2026-12-01"],
  ["by the end of the week", WED, "2026-11-27", "2026-11-27"],
  ["by the end of the week", FRI, "2026-11-30", "2026-12-04"],
  ["by the end of the week", MON, "2026-12-01", "2026-12-04"],
  ["by the end of the week", XMAS, "2026-12-22", "2026-12-24"],
  ["You should hear from us by the end of next week.", WED, "2026-11-27", "2026-12-04"],
  ["You should hear from us by the end of next week.", FRI, "2026-11-30", "2026-12-04"],
  ["You should hear from us by the end of next week.", MON, "2026-12-01", "2026-12-11"],
  ["We hope to decide early next week", WED, "2026-11-30", "2026-12-02"],
  ["We hope to decide early next week", FRI, "2026-11-30", "2026-12-02"],
  ["We hope to decide early next week", MON, "2026-12-07", "2026-12-09"],
  ["by December 4", WED, "2026-11-27", "2026-12-04"],
  ["by December 4", MON, "2026-12-01", "2026-12-04"],
  ["2026-12-04", FRI, "2026-11-30", "2026-12-04"],
  ["on Dec 4", WED, "2026-12-04", "2026-12-04"],
  ["mid-December", WED, "2026-12-14", "2026-12-16"],
  ["mid-December", MON, "2026-12-14", "2026-12-16"],
  ["by the end of the month", WED, "2026-11-27", "2026-11-30"],
  ["by the end of the month", MON, "2026-12-01", "2026-12-31"],
  ["by the end of the month", XMAS, "2026-12-22", "2026-12-31"],
  ["a day or two", FRI, "2026-11-30", "2026-12-01"],
  ["within 48 hours", WED, "2026-11-27", "2026-11-30"],
  ["Tuesday next week", WED, "2026-12-01", "2026-12-01"],
  ["tomorrow", WED, "2026-11-27", "2026-11-27"],
  ["today", FRI, "2026-11-30", "2026-11-30"],
  ["in 10 calendar days", WED, "2026-12-07", "2026-12-07"],
  ["in a month", WED, "2026-12-28", "2026-12-28"],
  ["next week", MON, "2026-12-07", "2026-12-11"],
  ["the week after next", WED, "2026-12-07", "2026-12-11"],
  ["in three weeks' time", WED, "2026-12-17", "2026-12-17"],
  ["within the next couple of weeks, at the latest", FRI, "2026-11-30", "2026-12-11"],
  ["We'll call you Monday or Tuesday", WED, "2026-11-30", "2026-12-01"],
  ["no later than Dec. 18", MON, "2026-12-01", "2026-12-18"],
  ["early January", XMAS, "2027-01-04", "2027-01-08"],
  ["by the end of the year", XMAS, "2026-12-22", "2026-12-31"],
  ["between 3 and 5 days", MON, "2026-12-03", "2026-12-07"],
];

describe("parseDecisionTimeline: phrases × references (test calendar with Thanksgiving and Christmas)", () => {
  test.each(rows)("%s @ %s → %s … %s", (phrase, reference, earliest, latest) => {
    const result = parseDecisionTimeline(phrase, reference, { calendar });
    expect(result).not.toBeNull();
    expect({ earliest: result?.earliest, latest: result?.latest }).toEqual({ earliest, latest });
  });
});

describe("fields: min, max, unit, text, confidence", () => {
  const cases: Array<[string, Partial<NonNullable<ReturnType<typeof parseDecisionTimeline>>>]> = [
    [
      "We'll make a decision within two or three days",
      { min: 2, max: 3, unit: "business-day", text: "within two or three days", confidence: "high" },
    ],
    ["in 2-3 business days", { min: 2, max: 3, unit: "business-day", confidence: "high" }],
    ["within a week", { min: 1, max: 1, unit: "week", confidence: "high" }],
    ["in a couple of weeks", { min: 2, max: 2, unit: "week", confidence: "medium" }],
    ["a few days", { min: 3, max: 3, unit: "business-day", confidence: "medium" }],
    ["in about two weeks", { min: 2, max: 2, unit: "week", confidence: "medium" }],
    ["in 10 calendar days", { min: 10, max: 10, unit: "calendar-day" }],
    ["in two months", { min: 2, max: 2, unit: "month", confidence: "high" }],
    ["several weeks", { min: 3, max: 7, confidence: "low" }],
    ["by Friday", { unit: "date", text: "by Friday", confidence: "high" }],
    ["by the end of next week", { unit: "date", confidence: "high" }],
    ["early next week", { unit: "date", confidence: "medium" }],
    ["mid-December", { unit: "date", confidence: "medium" }],
    ["in December", { unit: "date", confidence: "low" }],
  ];
  test.each(cases)("%s", (phrase, expected) => {
    const result = parseDecisionTimeline(phrase, WED, { calendar });
    expect(result).toMatchObject(expected);
  });

  test("a count has no min/max when the text names a day", () => {
    const result = parseDecisionTimeline("next Monday", WED, { calendar });
    expect(result).not.toHaveProperty("min");
    expect(result).not.toHaveProperty("max");
  });
});

describe("number words one…twelve equal their digits", () => {
  const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
  test.each(words.map((word, i) => [word, i + 1] as const))("in %s days = %i business days", (word, n) => {
    const expected = calendar.addBusinessDays("2026-11-25", n).toString();
    for (const text of [`in ${word} days`, `in ${n} days`, `In ${word.toUpperCase()} business days`]) {
      expect(parseDecisionTimeline(text, WED, { calendar })).toMatchObject({
        earliest: expected,
        latest: expected,
        min: n,
        max: n,
      });
    }
  });
  test.each(words.map((word, i) => [word, i + 1] as const))("within %s weeks = 5 × %i business days", (word, n) => {
    const expected = calendar.addBusinessDays("2026-11-25", 5 * n).toString();
    expect(parseDecisionTimeline(`within ${word} weeks`, WED, { calendar })).toMatchObject({
      earliest: "2026-11-27",
      latest: expected,
    });
  });
});

describe("no timeline → null", () => {
  test.each([
    "",
    "   ",
    "We'll be in touch",
    "soon",
    "We will decide in 0 days",
    "We sat down with the team",
    "4 December 2025",
  ])("%j", (text) => {
    expect(parseDecisionTimeline(text, WED, { calendar })).toBeNull();
  });
});

describe("reference", () => {
  test("an offset-only string counts from its own wall-clock date, not UTC's", () => {
    // 22:00 at -05:00 is already the next day in UTC.
    expect(parseDecisionTimeline("tomorrow", "2026-11-27T22:00:00-05:00", { calendar })?.earliest).toBe("2026-11-30");
  });
  test("a ZonedDateTime is read in its own zone", () => {
    const zdt = Temporal.ZonedDateTime.from("2026-11-25T23:30:00+09:00[Asia/Tokyo]");
    expect(parseDecisionTimeline("in 2 days", zdt, { calendar })?.latest).toBe("2026-11-30");
  });
  test("no calendar: the zone's country decides (New York → US holidays: Thanksgiving is skipped)", () => {
    expect(parseDecisionTimeline("in 1 day", WED)?.latest).toBe("2026-11-27");
    expect(parseDecisionTimeline("in 1 day", "2026-11-25T15:00:00-05:00[America/New_York]")?.latest).toBe("2026-11-27");
  });

  test("no calendar and a zone of no one country: Monday–Friday with no holidays", () => {
    expect(parseDecisionTimeline("in 1 day", "2026-11-25T15:00:00-05:00")?.latest).toBe("2026-11-26");
    expect(parseDecisionTimeline("in 1 day", "2026-11-25T20:00:00+00:00[UTC]")?.latest).toBe("2026-11-26");
  });

  test("no calendar: the zone's country's own weekend and holidays (London, Riyadh)", () => {
    // 2026-12-25 is a Friday: Christmas, then the weekend, then the Boxing Day substitute on Monday 28th.
    expect(parseDecisionTimeline("in 1 day", "2026-12-24T16:00:00+00:00[Europe/London]")?.latest).toBe("2026-12-29");
    // Saudi Arabia rests Friday and Saturday: a day after Thursday is Sunday.
    expect(parseDecisionTimeline("in 1 day", "2026-12-03T16:00:00+03:00[Asia/Riyadh]")?.latest).toBe("2026-12-06");
  });
});

describe("validation", () => {
  const path = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      return (error as AfterviewValidationError).issues[0]?.path;
    }
    return "no error";
  };
  test.each([42, null, undefined, {}, ["in two days"]])("text %j → path text", (text) => {
    expect(path(() => parseDecisionTimeline(text as string, WED))).toBe("text");
  });
  test("text over 500 characters → path text", () => {
    expect(path(() => parseDecisionTimeline("a".repeat(501), WED))).toBe("text");
    expect(parseDecisionTimeline(`${"x".repeat(480)} in two days`, WED)).not.toBeNull();
  });
  test.each(["2026-11-25", "tomorrow", "", 42, null, undefined, "2026-11-25T17:00:00[Mars/Base]"])(
    "reference %j → path reference",
    (reference) => {
      expect(path(() => parseDecisionTimeline("in two days", reference as string))).toBe("reference");
    },
  );
  test.each([{ calendar: 5 }, { calendar: {} }, { calendar: null }])(
    "options %j → path options.calendar",
    (options) => {
      expect(path(() => parseDecisionTimeline("in two days", WED, options as never))).toBe("options.calendar");
    },
  );
  test("options that are not an object → path options", () => {
    expect(path(() => parseDecisionTimeline("in two days", WED, "US" as never))).toBe("options");
  });
});
