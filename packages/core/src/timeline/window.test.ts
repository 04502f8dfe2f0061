import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { SIDES, type TestSide, testInterview } from "../follow-up/test-interview.js";
import { planContext } from "../plan/context.js";
import { PlanSchema } from "../schema/plan.js";
import { Moment } from "../time/zone-clock.js";
import { decisionWindow } from "./window.js";

type Row = [
  name: string,
  employer: TestSide,
  end: string,
  stated: string | undefined,
  expected: { earliest: string; latest: string; source: "stated" | "default" },
];

// Expectations worked out by hand from the rules (E-FU-STATED: 5 business days by default) and the
// real holiday calendars: US Thanksgiving 2026-11-26, Christmas 2026-12-25 (Friday), GB Good Friday
// 2027-03-26 and Easter Monday 2027-03-29, GB and NSW Boxing Day substitute 2026-12-28, NSW Labour Day
// 2026-10-05, Bavarian Ascension 2026-05-14, Ontario Thanksgiving 2026-10-12.
const rows: Row[] = [
  [
    "US NY: stated two or three days across Thanksgiving",
    SIDES.newYork,
    "2026-11-24T15:30:00-05:00[America/New_York]",
    "We'll make a decision within two or three days",
    { earliest: "2026-11-25", latest: "2026-11-30", source: "stated" },
  ],
  [
    "US NY: default 5 business days across Thanksgiving (25, 27, 30, 1, 2)",
    SIDES.newYork,
    "2026-11-24T15:30:00-05:00[America/New_York]",
    undefined,
    { earliest: "2026-11-25", latest: "2026-12-02", source: "default" },
  ],
  [
    "US NY: default across Christmas (22, 23, 24, 28, 29)",
    SIDES.newYork,
    "2026-12-21T11:00:00-05:00[America/New_York]",
    undefined,
    { earliest: "2026-12-22", latest: "2026-12-29", source: "default" },
  ],
  [
    "US NY: the reference date is the employer's (23:30 in LA is 02:30 next day in NY)",
    SIDES.newYork,
    "2026-11-24T23:30:00-08:00[America/Los_Angeles]",
    undefined,
    { earliest: "2026-11-27", latest: "2026-12-03", source: "default" },
  ],
  [
    "GB: within a week across Good Friday and Easter Monday 2027",
    SIDES.london,
    "2027-03-24T16:00:00+00:00[Europe/London]",
    "We will let you know within a week",
    { earliest: "2027-03-25", latest: "2027-04-02", source: "stated" },
  ],
  [
    "GB: in two days across Christmas and the Boxing Day substitute",
    SIDES.london,
    "2026-12-23T12:00:00+00:00[Europe/London]",
    "We'll get back to you in two days",
    { earliest: "2026-12-29", latest: "2026-12-29", source: "stated" },
  ],
  [
    "AU NSW: in two or three days across Labour Day 2026-10-05",
    SIDES.sydney,
    "2026-09-30T15:00:00+10:00[Australia/Sydney]",
    "in two or three days",
    { earliest: "2026-10-02", latest: "2026-10-06", source: "stated" },
  ],
  [
    "AU NSW: default across Christmas and the Boxing Day substitute (23, 24, 29, 30, 31)",
    SIDES.sydney,
    "2026-12-22T11:00:00+11:00[Australia/Sydney]",
    undefined,
    { earliest: "2026-12-23", latest: "2026-12-31", source: "default" },
  ],
  [
    "AU NSW: default across Good Friday and Easter Monday 2026 (1, 2, 7, 8, 9)",
    SIDES.sydney,
    "2026-03-31T15:00:00+11:00[Australia/Sydney]",
    undefined,
    { earliest: "2026-04-01", latest: "2026-04-09", source: "default" },
  ],
  [
    "DE BY: end of the week with Ascension on Thursday",
    SIDES.berlin,
    "2026-05-11T10:00:00+02:00[Europe/Berlin]",
    "We'll decide by the end of the week",
    { earliest: "2026-05-12", latest: "2026-05-15", source: "stated" },
  ],
  [
    "CA ON: default across Thanksgiving 2026-10-12 (8, 9, 13, 14, 15)",
    SIDES.toronto,
    "2026-10-07T16:00:00-04:00[America/Toronto]",
    undefined,
    { earliest: "2026-10-08", latest: "2026-10-15", source: "default" },
  ],
];

function ctxFor(employer: TestSide, end: string, stated?: string, policy?: unknown) {
  return planContext(testInterview({ employer, candidate: SIDES.london, end, statedTimeline: stated }), {
    now: end,
    policy,
  });
}

describe("decisionWindow: scenario table", () => {
  test.each(rows)("%s", (_name, employer, end, stated, expected) => {
    const decision = decisionWindow(ctxFor(employer, end, stated));
    expect(decision).toMatchObject(expected);
    expect(PlanSchema.shape.decision.parse(decision)).toEqual(decision);
  });
});

describe("decisionWindow: sources", () => {
  const end = "2026-11-24T15:30:00-05:00[America/New_York]";

  test("a stated timeline keeps the parse in `timeline`", () => {
    const decision = decisionWindow(ctxFor(SIDES.newYork, end, "We'll make a decision within two or three days"));
    expect(decision.timeline).toEqual({
      earliest: "2026-11-25",
      latest: "2026-11-30",
      min: 2,
      max: 3,
      unit: "business-day",
      text: "within two or three days",
      confidence: "high",
    });
  });

  test("words that name no date fall back to the default and keep only the text", () => {
    const decision = decisionWindow(ctxFor(SIDES.newYork, end, "We'll be in touch"));
    expect(decision).toEqual({
      earliest: "2026-11-25",
      latest: "2026-12-02",
      source: "default",
      timeline: { text: "We'll be in touch" },
    });
  });

  test.each(["", "   "])("blank text %j is no statement", (text) => {
    expect(decisionWindow(ctxFor(SIDES.newYork, end), undefined, text)).toEqual({
      earliest: "2026-11-25",
      latest: "2026-12-02",
      source: "default",
    });
  });

  test("the text argument wins over the input's statedTimeline", () => {
    const ctx = ctxFor(SIDES.newYork, end, "within two or three days");
    expect(decisionWindow(ctx, undefined, "by the end of next week")).toMatchObject({
      earliest: "2026-11-25",
      latest: "2026-12-04",
      source: "stated",
    });
  });

  test("a reference re-plans from another instant, read in the employer's zone", () => {
    const ctx = ctxFor(SIDES.newYork, end);
    // Wednesday 2026-12-02 in New York; "next Monday" is the Monday of the following week.
    const at = Moment.from(Temporal.ZonedDateTime.from("2026-12-02T15:00:00+00:00[Europe/London]"));
    expect(decisionWindow(ctx, at, "next Monday")).toMatchObject({
      earliest: "2026-12-07",
      latest: "2026-12-07",
      source: "stated",
    });
    // Default from the reference: 3, 4, 7, 8, 9.
    expect(decisionWindow(ctx, at)).toEqual({ earliest: "2026-12-03", latest: "2026-12-09", source: "default" });
  });
});

describe("decisionWindow: policy", () => {
  const end = "2026-11-24T15:30:00-05:00[America/New_York]";
  test.each([
    // 25, 27 (Thanksgiving skipped)
    [2, "2026-11-27"],
    // 25, 27, 30, 1, 2, 3, 4, 7, 8, 9
    [10, "2026-12-09"],
    // zero days still leaves the answer a day to come: the window is the next business day
    [0, "2026-11-25"],
  ])("defaultBusinessDays %i → latest %s", (days, latest) => {
    const decision = decisionWindow(ctxFor(SIDES.newYork, end, undefined, { decision: { defaultBusinessDays: days } }));
    expect(decision).toEqual({ earliest: "2026-11-25", latest, source: "default" });
  });
});

describe("decisionWindow: errors", () => {
  test("a text longer than the parser reads is a validation error on `text`", () => {
    const ctx = ctxFor(SIDES.newYork, "2026-11-24T15:30:00-05:00[America/New_York]");
    try {
      decisionWindow(ctx, undefined, "x".repeat(501));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]?.path).toBe("text");
    }
  });
});
