import { describe, expect, test } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { parseDecisionTimeline } from "./parse.js";

/*
 * One table per rule of the employer-words issue, in a US and a GB calendar, with references that
 * cross Thanksgiving, Christmas, New Year and Easter. Dates are the real 2026/27 calendars:
 * US: Thanksgiving 26 Nov, Christmas Fri 25 Dec, New Year Fri 1 Jan, MLK 18 Jan.
 * GB: Christmas Fri 25 Dec, Boxing Day substitute Mon 28 Dec, New Year Fri 1 Jan, Easter 3–6 Apr 2026.
 */
const US = businessCalendar({ country: "US" });
const GB = businessCalendar({ country: "GB" });
const JP = businessCalendar({ country: "JP" });

/** Friday before Thanksgiving week. */
const US_NOV = "2026-11-20T15:00:00-05:00[America/New_York]";
/** Wednesday, nine days before Christmas. */
const US_DEC = "2026-12-16T15:00:00-05:00[America/New_York]";
/** Wednesday between Christmas and New Year. */
const US_YEAR_END = "2026-12-30T10:00:00-05:00[America/New_York]";
const GB_DEC = "2026-12-16T15:00:00+00:00[Europe/London]";
/** Wednesday before Easter 2026. */
const GB_MAR = "2026-03-25T10:00:00+00:00[Europe/London]";
const US_MAR = "2026-03-25T10:00:00-04:00[America/New_York]";

type Row = [phrase: string, reference: string, earliest: string, latest: string];

function check(rows: Row[]) {
  test.each(rows)("%s @ %s → %s … %s", (phrase, reference, earliest, latest) => {
    const calendar = reference.includes("London") ? GB : US;
    const result = parseDecisionTimeline(phrase, reference, { calendar });
    expect(result && { earliest: result.earliest, latest: result.latest }).toEqual({ earliest, latest });
  });
}

describe("holiday and season anchors", () => {
  check([
    ["We hope to decide before Christmas", US_NOV, "2026-11-23", "2026-12-24"],
    ["We hope to decide before Christmas", GB_DEC, "2026-12-17", "2026-12-24"],
    // Christmas 2027 is a Saturday, observed on Friday 24 December in the US.
    ["before Christmas", US_YEAR_END, "2026-12-31", "2027-12-23"],
    ["You'll hear before the holidays", US_NOV, "2026-11-23", "2026-11-25"],
    ["You'll hear before the holidays", US_DEC, "2026-12-17", "2026-12-24"],
    ["You'll hear before the holidays", GB_DEC, "2026-12-17", "2026-12-24"],
    ["We'll be in touch after the Christmas break", US_DEC, "2027-01-04", "2027-01-08"],
    ["We'll be in touch after the Christmas break", GB_DEC, "2027-01-04", "2027-01-08"],
    ["after the holidays", US_YEAR_END, "2027-01-04", "2027-01-08"],
    ["sometime between Christmas and New Year", US_DEC, "2026-12-28", "2026-12-31"],
    ["sometime between Christmas and New Year", GB_DEC, "2026-12-29", "2026-12-31"],
    ["early in the new year", US_DEC, "2027-01-04", "2027-01-08"],
    ["early in the new year", GB_DEC, "2027-01-04", "2027-01-08"],
    ["in the new year", US_YEAR_END, "2027-01-04", "2027-01-29"],
    ["the first week or two of January", US_DEC, "2027-01-04", "2027-01-14"],
    ["the first week or two of January", GB_DEC, "2027-01-04", "2027-01-14"],
    ["We'll decide after Thanksgiving", US_NOV, "2026-11-27", "2026-12-03"],
    ["after Easter", GB_MAR, "2026-04-07", "2026-04-13"],
    ["after Easter", US_MAR, "2026-04-06", "2026-04-10"],
    ["after the summer", US_DEC, "2027-09-01", "2027-09-30"],
    ["after the summer holidays", GB_MAR, "2026-09-01", "2026-09-30"],
    ["before the end of the quarter", US_NOV, "2026-11-23", "2026-12-31"],
    ["before the end of the quarter", GB_MAR, "2026-03-26", "2026-03-31"],
    ["by year end", US_DEC, "2026-12-17", "2026-12-31"],
    ["by the end of the month", GB_DEC, "2026-12-17", "2026-12-31"],
    ["by the end of the month", US_YEAR_END, "2026-12-31", "2026-12-31"],
    ["by the end of next month", GB_DEC, "2026-12-17", "2027-01-29"],
    ["can't decide until after Christmas", US_DEC, "2027-01-04", "2027-01-08"],
    ["won't decide until the new year", GB_DEC, "2027-01-04", "2027-01-08"],
  ]);

  test("a holiday the country does not keep is read at its date, and the reading says so", () => {
    const result = parseDecisionTimeline("before Christmas", "2026-12-16T10:00:00+09:00[Asia/Tokyo]", { calendar: JP });
    expect(result).toMatchObject({ earliest: "2026-12-17", latest: "2026-12-24" });
    expect(result?.notes).toEqual([
      "Christmas is not a public holiday in JP; the words were read as 25 December all the same.",
    ]);
    const thanksgiving = parseDecisionTimeline("after Thanksgiving", GB_DEC, { calendar: GB });
    expect(thanksgiving?.notes?.[0]).toMatch(
      /^GB keeps no Thanksgiving; the words were read as the US one, 2027-11-25\.$/,
    );
  });

  test("in the US 'the holidays' before Thanksgiving say why", () => {
    expect(parseDecisionTimeline("before the holidays", US_NOV, { calendar: US })?.notes?.[0]).toMatch(/Thanksgiving/);
    expect(parseDecisionTimeline("before the holidays", GB_DEC, { calendar: GB })?.notes).toBeUndefined();
  });
});

describe("dates as people write them", () => {
  check([
    ["by Feb. 11", GB_DEC, "2026-12-17", "2027-02-11"],
    ["by February 11", GB_DEC, "2026-12-17", "2027-02-11"],
    ["by February 11", US_DEC, "2026-12-17", "2027-02-11"],
    ["by 11 February", US_DEC, "2026-12-17", "2027-02-11"],
    ["by the 24th", GB_DEC, "2026-12-17", "2026-12-24"],
    // 24 January 2027 is a Sunday.
    ["by the 24th", US_YEAR_END, "2026-12-31", "2027-01-22"],
    ["the week of the 11th", US_YEAR_END, "2027-01-11", "2027-01-15"],
    ["by 4/1", US_DEC, "2026-12-17", "2027-04-01"],
    ["by 4/1", GB_DEC, "2026-12-17", "2027-01-04"],
    ["in the third week of April", GB_MAR, "2026-04-15", "2026-04-21"],
  ]);

  test("a numeric date that reads both ways names the other reading", () => {
    expect(parseDecisionTimeline("by 4/1", US_DEC, { calendar: US })).toMatchObject({
      confidence: "medium",
      notes: ['"4/1" was read month first, as dates are written in US: 1 April; the other order would be 4 January.'],
    });
    expect(parseDecisionTimeline("by 4/1", GB_DEC, { calendar: GB })?.notes?.[0]).toMatch(/day first.*4 January/);
    expect(parseDecisionTimeline("by 13/1", GB_DEC, { calendar: GB })?.notes).toBeUndefined();
  });
});

describe("business shorthand and deadlines", () => {
  check([
    ["You'll hear by EOD", US_DEC, "2026-12-17", "2026-12-17"],
    ["COB", US_DEC, "2026-12-17", "2026-12-17"],
    ["by close of business", US_DEC, "2026-12-17", "2026-12-17"],
    ["by close of play", GB_DEC, "2026-12-17", "2026-12-17"],
    ["We'll know later the same day", GB_DEC, "2026-12-17", "2026-12-17"],
    ["EOW", US_DEC, "2026-12-17", "2026-12-18"],
    ["by the weekend", GB_DEC, "2026-12-17", "2026-12-18"],
    ["COB Friday", US_DEC, "2026-12-17", "2026-12-18"],
    ["by close of business on Friday", US_DEC, "2026-12-17", "2026-12-18"],
    ["EOD Monday", GB_DEC, "2026-12-17", "2026-12-21"],
    ["this coming week", US_DEC, "2026-12-21", "2026-12-24"],
    ["by the end of this coming week", US_NOV, "2026-11-23", "2026-11-27"],
    ["in the next day or two", US_DEC, "2026-12-17", "2026-12-18"],
    ["in the next week or two", US_DEC, "2026-12-17", "2026-12-31"],
    ["in the next week or two", GB_DEC, "2026-12-17", "2027-01-04"],
    ["in the next week", US_DEC, "2026-12-17", "2026-12-23"],
    ["a week or so", US_DEC, "2026-12-23", "2026-12-23"],
    ["a couple of weeks or so", US_DEC, "2026-12-31", "2026-12-31"],
    ["in a fortnight", GB_DEC, "2027-01-04", "2027-01-04"],
    ["in a week and a half", US_DEC, "2026-12-28", "2026-12-29"],
    ["by the middle of the month", US_NOV, "2026-11-23", "2026-12-15"],
    ["by the middle of next week", US_DEC, "2026-12-17", "2026-12-23"],
    ["in the coming weeks", US_DEC, "2026-12-17", "2027-01-08"],
  ]);
});

describe("negation and alternatives", () => {
  check([
    ["We can't decide until Monday", US_DEC, "2026-12-21", "2026-12-21"],
    ["We can't decide until Monday", GB_DEC, "2026-12-21", "2026-12-21"],
    ["They won't be in touch till Friday", US_DEC, "2026-12-18", "2026-12-18"],
    ["I have to wait until Monday to hear", GB_DEC, "2026-12-21", "2026-12-21"],
    // 10 January 2027 is a Sunday.
    ["not before the 10th", US_DEC, "2027-01-11", "2027-01-11"],
    ["You won't hear till the end of the month", US_NOV, "2026-11-30", "2026-11-30"],
    ["We won't decide for a few more weeks", US_DEC, "2027-01-08", "2027-01-08"],
    ["If you don't hear from us before Friday, call", US_DEC, "2026-12-17", "2026-12-18"],
    ["June or July", US_DEC, "2027-06-01", "2027-07-30"],
    ["June or July", GB_DEC, "2027-06-01", "2027-07-30"],
    ["Monday or Tuesday", GB_DEC, "2026-12-21", "2026-12-22"],
    ["two to three weeks, maybe four", US_DEC, "2026-12-31", "2027-01-15"],
  ]);

  test("the widest reading of a hedged count costs confidence", () => {
    expect(parseDecisionTimeline("two to three weeks, maybe four", US_DEC, { calendar: US })).toMatchObject({
      min: 2,
      max: 4,
      unit: "week",
      confidence: "medium",
    });
  });

  test("what happened in the past or how long something else takes is no decision date", () => {
    expect(parseDecisionTimeline("in the last 24 hours we met everyone", US_DEC, { calendar: US })).toBeNull();
    expect(parseDecisionTimeline("he is off to Edinburgh for a week", GB_DEC, { calendar: GB })).toBeNull();
  });
});
