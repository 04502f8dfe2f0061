import { Temporal } from "temporal-polyfill";
import { describe, expect, test } from "vitest";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
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
      name: "17:30 in New York is 22:30 for a London candidate → late rule in London time, written from 08:00",
      input: at("2026-10-06T16:00:00-04:00[America/New_York]", "2026-10-06T17:30:00-04:00[America/New_York]", {
        candidate: london,
      }),
      start: "2026-10-07T08:00:00+01:00[Europe/London]",
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
      name: "a long trip past 21:00, the candidate's day to 23:00 → start plus one hour",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 360,
      }),
      policy: { candidateHours: { end: "23:00" } },
      start: "2026-10-06T21:30:00-04:00[America/New_York]",
      writeBy: "2026-10-06T22:30:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "arriving home exactly at 21:00, the candidate's day to 23:00 → start plus one hour",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 330,
      }),
      policy: { candidateHours: { end: "23:00" } },
      start: "2026-10-06T21:00:00-04:00[America/New_York]",
      writeBy: "2026-10-06T22:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "home at 21:30, after the candidate's day (08:00–20:00) → written the next morning, by 12:00",
      input: at("2026-10-06T14:00:00-04:00[America/New_York]", "2026-10-06T15:30:00-04:00[America/New_York]", {
        format: "onsite",
        travelMinutes: 360,
      }),
      start: "2026-10-07T08:00:00-04:00[America/New_York]",
      writeBy: "2026-10-07T12:00:00-04:00[America/New_York]",
      late: false,
    },
    {
      name: "a Tokyo interview over at 02:00 in London → written from 08:00, by 21:00 the same day",
      input: at("2026-01-13T10:00:00+09:00[Asia/Tokyo]", "2026-01-13T11:00:00+09:00[Asia/Tokyo]", {
        candidate: london,
        company: {
          ...testInput().company,
          timeZone: "Asia/Tokyo",
          country: "JP",
          region: undefined,
          address: undefined,
        },
      }),
      start: "2026-01-13T08:00:00+00:00[Europe/London]",
      writeBy: "2026-01-13T21:00:00+00:00[Europe/London]",
      late: false,
    },
    {
      name: "America/New_York, 2026-03-08 spring-forward day: 21:00 is EDT",
      input: at("2026-03-08T14:00:00-04:00[America/New_York]", "2026-03-08T15:30:00-04:00[America/New_York]"),
      start: "2026-03-08T15:30:00-04:00[America/New_York]",
      writeBy: "2026-03-08T21:00:00-04:00[America/New_York]",
      late: false,
    },
  ] as {
    name: string;
    input: InterviewInput;
    policy?: PolicyOverrides;
    start: string;
    writeBy: string;
    late: boolean;
  }[])("$name", ({ input, policy, start, writeBy, late }) => {
    const timing = writingTime(testContext(input, policy));
    expect(timing.start.toString()).toBe(start);
    expect(timing.writeBy.toString()).toBe(writeBy);
    expect(timing.late).toBe(late);
    expect(timing.why).toMatchObject({ rule: "thank-you.timing", source: "E-TY-TIMING" });
    // Writing that waits for the candidate's day says so, citing E-FU-HOURS; otherwise nothing is added.
    const home = Temporal.ZonedDateTime.from(input.end).add({
      minutes: input.format === "onsite" ? (input.travelMinutes ?? 60) : 0,
    });
    expect(timing.hoursWhy !== undefined).toBe(Temporal.ZonedDateTime.compare(home, timing.start) !== 0);
    if (timing.hoursWhy)
      expect(timing.hoursWhy).toMatchObject({ rule: "thank-you.candidate-hours", source: "E-FU-HOURS" });
  });

  test("policy changes the hours", () => {
    const input = at("2026-10-06T18:00:00-04:00[America/New_York]", "2026-10-06T19:30:00-04:00[America/New_York]");
    const timing = writingTime(testContext(input, { thankYou: { lateAfter: "20:00", writeBy: "22:00" } }));
    expect(timing.writeBy.toString()).toBe("2026-10-06T22:00:00-04:00[America/New_York]");
    const late = writingTime(testContext(input, { thankYou: { lateAfter: "19:00", lateWriteBy: "09:00" } }));
    expect(late.writeBy.toString()).toBe("2026-10-07T09:00:00-04:00[America/New_York]");
  });
});
