import { describe, expect, test } from "vitest";
import { at, testContext, testInput } from "./test-input.js";
import { writingTime } from "./timing.js";

const london = {
  ...testInput().candidate,
  timeZone: "Europe/London",
  country: "GB",
  region: "ENG",
  address: undefined,
};

describe("writingTime", () => {
  test.each([
    {
      name: "video ending 15:30 → write now, by 21:00",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]"),
      start: "2026-10-06T15:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "onsite: plus the default hour of travel",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
      }),
      start: "2026-10-06T16:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "onsite with the candidate's own 45 minutes",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 45,
      }),
      start: "2026-10-06T16:15:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "travel minutes are ignored for a phone interview",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "phone",
        travelMinutes: 90,
      }),
      start: "2026-10-06T15:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "ending 18:59 → same evening",
      input: at("2026-10-06T18:00:00-04:00[America/New_York]", "2026-10-06T18:59:00-04:00[America/New_York]"),
      start: "2026-10-06T18:59:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "ending 19:00 exactly → still the same evening",
      input: at("2026-10-06T18:00:00-04:00[America/New_York]", "2026-10-06T19:00:00-04:00[America/New_York]"),
      start: "2026-10-06T19:00:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "ending 19:01 → 12:00 the next day",
      input: at("2026-10-06T18:00:00-04:00[America/New_York]", "2026-10-06T19:01:00-04:00[America/New_York]"),
      start: "2026-10-06T19:01:00-04:00[America/New_York]",
      writeBy: "2026-10-07T12:00:00-04:00[America/New_York]",
      late: true,
    },
    {
      name: "17:30 in New York is 22:30 for a London candidate → late rule in London time",
      input: at("2026-10-06T16:00:00-04:00[America/New_York]", "2026-10-06T17:30:00-04:00[America/New_York]", {
        candidate: london,
      }),
      start: "2026-10-06T22:30:00+01:00[Europe/London]",
      writeBy: "2026-10-07T12:00:00+01:00[Europe/London]",
      late: true,
    },
    {
      name: "19:30 in London is 14:30 in New York → same evening for a New York candidate",
      input: at("2026-10-06T18:00:00+01:00[Europe/London]", "2026-10-06T19:30:00+01:00[Europe/London]", {
        company: {
          ...testInput().company,
          timeZone: "Europe/London",
          country: "GB",
          region: "ENG",
          address: undefined,
        },
      }),
      start: "2026-10-06T14:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T21:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "a long trip past 21:00 → start plus one hour",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 360,
      }),
      start: "2026-10-06T21:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T22:30:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "arriving home exactly at 21:00 → start plus one hour",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 330,
      }),
      start: "2026-10-06T21:00:00-04:00[America/New_York]",
      writeBy: "2026-10-06T22:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "America/New_York, 2026-03-08 spring-forward day: 21:00 is EDT",
      input: at("2026-03-08T14:00:00-04:00[America/New_York]", "2026-03-08T15:30:00-04:00[America/New_York]"),
      start: "2026-03-08T15:30:00-04:00[America/New_York]",
      writeBy: "2026-03-08T21:00:00-04:00[America/New_York]",
      late: false,
    },
  ])("$name", ({ input, start, writeBy, late }) => {
    const timing = writingTime(testContext(input));
    expect(timing.start.toString()).toBe(start);
    expect(timing.writeBy.toString()).toBe(writeBy);
    expect(timing.late).toBe(late);
    expect(timing.why).toMatchObject({ rule: "thank-you.timing", source: "E-TY-TIMING" });
  });

  test("policy changes the hours", () => {
    const input = at("2026-10-06T18:00:00-04:00[America/New_York]", "2026-10-06T19:30:00-04:00[America/New_York]");
    const timing = writingTime(testContext(input, { thankYou: { lateAfter: "20:00", writeBy: "22:00" } }));
    expect(timing.writeBy.toString()).toBe("2026-10-06T22:00:00-04:00[America/New_York]");
    const late = writingTime(testContext(input, { thankYou: { lateAfter: "19:00", lateWriteBy: "09:00" } }));
    expect(late.writeBy.toString()).toBe("2026-10-07T09:00:00-04:00[America/New_York]");
  });
});
