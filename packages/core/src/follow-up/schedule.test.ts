import { describe, expect, test } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import { PlanSchema } from "../schema/plan.js";
import { followUpSchedule } from "./schedule.js";
import { SIDES, type TestSide, testInterview } from "./test-interview.js";

interface Scenario {
  name: string;
  employer: TestSide;
  candidate: TestSide;
  end: string;
  stated?: string;
  now?: string;
  policy?: PolicyOverrides;
  /** Each touch: [opens, closes] in the employer's zone, then [opens, closes] for the candidate. */
  touches: [opens: string, closes: string, candidateOpens: string, candidateCloses: string][];
}

// Every expectation below was worked out by hand from the rules (first call: first calling window on or
// after the first business day after the decision window; then 5 business days apart; Mon afternoon,
// Tue–Thu 09:30–11:30 and 13:30–15:30, Fri morning, employer's wall clock) and the real calendars and
// daylight-saving dates: US 2026-03-08 / 2026-11-01, EU 2026-03-29 / 2027-03-28, AU (NSW) 2026-04-05 /
// 2026-10-04.
const NY = "[America/New_York]";
const scenarios: Scenario[] = [
  {
    name: "US NY, same zone: stated window ends Mon 11-30 (Thanksgiving skipped) → Tuesday mornings",
    employer: SIDES.newYork,
    candidate: SIDES.newYork,
    end: `2026-11-24T15:30:00-05:00${NY}`,
    stated: "We'll make a decision within two or three days",
    touches: [
      [
        `2026-12-01T09:30:00-05:00${NY}`,
        `2026-12-01T11:30:00-05:00${NY}`,
        `2026-12-01T09:30:00-05:00${NY}`,
        `2026-12-01T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-08T09:30:00-05:00${NY}`,
        `2026-12-08T11:30:00-05:00${NY}`,
        `2026-12-08T09:30:00-05:00${NY}`,
        `2026-12-08T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-15T09:30:00-05:00${NY}`,
        `2026-12-15T11:30:00-05:00${NY}`,
        `2026-12-15T09:30:00-05:00${NY}`,
        `2026-12-15T11:30:00-05:00${NY}`,
      ],
    ],
  },
  {
    // The morning window is 06:30–08:30 in LA, cut to half an hour by the candidate's day (08:00–20:00):
    // the afternoon, whole in it, is taken instead (E-FU-HOURS).
    name: "US NY employer, LA candidate: default window to 12-29 over Christmas; New Year's Day skipped; afternoons",
    employer: SIDES.newYork,
    candidate: SIDES.losAngeles,
    end: `2026-12-21T11:00:00-05:00${NY}`,
    touches: [
      [
        `2026-12-30T13:30:00-05:00${NY}`,
        `2026-12-30T15:30:00-05:00${NY}`,
        "2026-12-30T10:30:00-08:00[America/Los_Angeles]",
        "2026-12-30T12:30:00-08:00[America/Los_Angeles]",
      ],
      [
        `2027-01-07T13:30:00-05:00${NY}`,
        `2027-01-07T15:30:00-05:00${NY}`,
        "2027-01-07T10:30:00-08:00[America/Los_Angeles]",
        "2027-01-07T12:30:00-08:00[America/Los_Angeles]",
      ],
      [
        `2027-01-14T13:30:00-05:00${NY}`,
        `2027-01-14T15:30:00-05:00${NY}`,
        "2027-01-14T10:30:00-08:00[America/Los_Angeles]",
        "2027-01-14T12:30:00-08:00[America/Los_Angeles]",
      ],
    ],
  },
  {
    name: "GB employer, NY candidate: Easter 2027 and BST (03-28) inside the window; Monday → afternoon only",
    employer: SIDES.london,
    candidate: SIDES.newYork,
    end: "2027-03-24T16:00:00+00:00[Europe/London]",
    stated: "We will let you know within a week",
    touches: [
      [
        "2027-04-05T13:30:00+01:00[Europe/London]",
        "2027-04-05T15:30:00+01:00[Europe/London]",
        `2027-04-05T08:30:00-04:00${NY}`,
        `2027-04-05T10:30:00-04:00${NY}`,
      ],
      [
        "2027-04-12T13:30:00+01:00[Europe/London]",
        "2027-04-12T15:30:00+01:00[Europe/London]",
        `2027-04-12T08:30:00-04:00${NY}`,
        `2027-04-12T10:30:00-04:00${NY}`,
      ],
      [
        "2027-04-19T13:30:00+01:00[Europe/London]",
        "2027-04-19T15:30:00+01:00[Europe/London]",
        `2027-04-19T08:30:00-04:00${NY}`,
        `2027-04-19T10:30:00-04:00${NY}`,
      ],
    ],
  },
  {
    name: "US NY employer, London candidate in March 2026: 4 h apart until London shifts on 03-29, then 5 h",
    employer: SIDES.newYork,
    candidate: SIDES.london,
    end: `2026-03-03T14:00:00-05:00${NY}`,
    policy: { followUp: { touches: 4 } },
    touches: [
      [
        `2026-03-11T09:30:00-04:00${NY}`,
        `2026-03-11T11:30:00-04:00${NY}`,
        "2026-03-11T13:30:00+00:00[Europe/London]",
        "2026-03-11T15:30:00+00:00[Europe/London]",
      ],
      [
        `2026-03-18T09:30:00-04:00${NY}`,
        `2026-03-18T11:30:00-04:00${NY}`,
        "2026-03-18T13:30:00+00:00[Europe/London]",
        "2026-03-18T15:30:00+00:00[Europe/London]",
      ],
      [
        `2026-03-25T09:30:00-04:00${NY}`,
        `2026-03-25T11:30:00-04:00${NY}`,
        "2026-03-25T13:30:00+00:00[Europe/London]",
        "2026-03-25T15:30:00+00:00[Europe/London]",
      ],
      [
        `2026-04-01T09:30:00-04:00${NY}`,
        `2026-04-01T11:30:00-04:00${NY}`,
        "2026-04-01T14:30:00+01:00[Europe/London]",
        "2026-04-01T16:30:00+01:00[Europe/London]",
      ],
    ],
  },
  {
    name: "AU NSW employer, LA candidate: Labour Day 10-05 and AEDT (10-04) inside; calls land the day before in LA",
    employer: SIDES.sydney,
    candidate: SIDES.losAngeles,
    end: "2026-09-30T15:00:00+10:00[Australia/Sydney]",
    stated: "in two or three days",
    touches: [
      [
        "2026-10-07T09:30:00+11:00[Australia/Sydney]",
        "2026-10-07T11:30:00+11:00[Australia/Sydney]",
        "2026-10-06T15:30:00-07:00[America/Los_Angeles]",
        "2026-10-06T17:30:00-07:00[America/Los_Angeles]",
      ],
      [
        "2026-10-14T09:30:00+11:00[Australia/Sydney]",
        "2026-10-14T11:30:00+11:00[Australia/Sydney]",
        "2026-10-13T15:30:00-07:00[America/Los_Angeles]",
        "2026-10-13T17:30:00-07:00[America/Los_Angeles]",
      ],
      [
        "2026-10-21T09:30:00+11:00[Australia/Sydney]",
        "2026-10-21T11:30:00+11:00[Australia/Sydney]",
        "2026-10-20T15:30:00-07:00[America/Los_Angeles]",
        "2026-10-20T17:30:00-07:00[America/Los_Angeles]",
      ],
    ],
  },
  {
    name: "AU NSW employer, LA candidate: Easter 2026 and AEST (04-05) inside; Friday → morning only",
    employer: SIDES.sydney,
    candidate: SIDES.losAngeles,
    end: "2026-03-31T15:00:00+11:00[Australia/Sydney]",
    policy: { followUp: { touches: 1 } },
    touches: [
      [
        "2026-04-10T09:30:00+10:00[Australia/Sydney]",
        "2026-04-10T11:30:00+10:00[Australia/Sydney]",
        "2026-04-09T16:30:00-07:00[America/Los_Angeles]",
        "2026-04-09T18:30:00-07:00[America/Los_Angeles]",
      ],
    ],
  },
  {
    // Monday afternoon in Sydney is Sunday 20:30 in LA: the candidate's weekend and past their day (E-FU-HOURS).
    name: "AU NSW employer, LA candidate: the Friday window has closed by now → Tuesday morning (Monday afternoon in LA)",
    employer: SIDES.sydney,
    candidate: SIDES.losAngeles,
    end: "2026-03-31T15:00:00+11:00[Australia/Sydney]",
    now: "2026-04-10T12:00:00+10:00[Australia/Sydney]",
    policy: { followUp: { touches: 1 } },
    touches: [
      [
        "2026-04-14T09:30:00+10:00[Australia/Sydney]",
        "2026-04-14T11:30:00+10:00[Australia/Sydney]",
        "2026-04-13T16:30:00-07:00[America/Los_Angeles]",
        "2026-04-13T18:30:00-07:00[America/Los_Angeles]",
      ],
    ],
  },
  {
    // A candidate who takes calls at any hour (the default day, 08:00–20:00, never meets Sydney's calling windows).
    name: "AU NSW employer, London candidate: Christmas, Boxing Day substitute and New Year's Day → Monday 2027-01-04",
    employer: SIDES.sydney,
    candidate: SIDES.london,
    end: "2026-12-22T11:00:00+11:00[Australia/Sydney]",
    policy: { followUp: { touches: 1 }, candidateHours: { start: "00:00", end: "23:59" } },
    touches: [
      [
        "2027-01-04T13:30:00+11:00[Australia/Sydney]",
        "2027-01-04T15:30:00+11:00[Australia/Sydney]",
        "2027-01-04T02:30:00+00:00[Europe/London]",
        "2027-01-04T04:30:00+00:00[Europe/London]",
      ],
    ],
  },
  {
    name: "GB employer, Sydney candidate who takes calls until 23:00: Christmas and Boxing Day substitute; evening calls",
    employer: SIDES.london,
    candidate: SIDES.sydney,
    end: "2026-12-23T12:00:00+00:00[Europe/London]",
    stated: "We'll get back to you in two days",
    policy: { followUp: { touches: 1 }, candidateHours: { end: "23:00" } },
    touches: [
      [
        "2026-12-30T09:30:00+00:00[Europe/London]",
        "2026-12-30T11:30:00+00:00[Europe/London]",
        "2026-12-30T20:30:00+11:00[Australia/Sydney]",
        "2026-12-30T22:30:00+11:00[Australia/Sydney]",
      ],
    ],
  },
  {
    name: "DE BY employer, London candidate: Ascension in the week, Whit Monday skipped by the cadence",
    employer: SIDES.berlin,
    candidate: SIDES.london,
    end: "2026-05-11T10:00:00+02:00[Europe/Berlin]",
    stated: "We'll decide by the end of the week",
    touches: [
      [
        "2026-05-18T13:30:00+02:00[Europe/Berlin]",
        "2026-05-18T15:30:00+02:00[Europe/Berlin]",
        "2026-05-18T12:30:00+01:00[Europe/London]",
        "2026-05-18T14:30:00+01:00[Europe/London]",
      ],
      [
        "2026-05-26T09:30:00+02:00[Europe/Berlin]",
        "2026-05-26T11:30:00+02:00[Europe/Berlin]",
        "2026-05-26T08:30:00+01:00[Europe/London]",
        "2026-05-26T10:30:00+01:00[Europe/London]",
      ],
      [
        "2026-06-02T09:30:00+02:00[Europe/Berlin]",
        "2026-06-02T11:30:00+02:00[Europe/Berlin]",
        "2026-06-02T08:30:00+01:00[Europe/London]",
        "2026-06-02T10:30:00+01:00[Europe/London]",
      ],
    ],
  },
  {
    // Friday's only window, 06:30–08:30 in Vancouver, keeps its half hour inside the candidate's day (E-FU-HOURS).
    name: "CA ON employer, Vancouver candidate: Thanksgiving 10-12; Fridays → mornings only, from 08:00 in Vancouver",
    employer: SIDES.toronto,
    candidate: SIDES.vancouver,
    end: "2026-10-07T16:00:00-04:00[America/Toronto]",
    touches: [
      [
        "2026-10-16T11:00:00-04:00[America/Toronto]",
        "2026-10-16T11:30:00-04:00[America/Toronto]",
        "2026-10-16T08:00:00-07:00[America/Vancouver]",
        "2026-10-16T08:30:00-07:00[America/Vancouver]",
      ],
      [
        "2026-10-23T11:00:00-04:00[America/Toronto]",
        "2026-10-23T11:30:00-04:00[America/Toronto]",
        "2026-10-23T08:00:00-07:00[America/Vancouver]",
        "2026-10-23T08:30:00-07:00[America/Vancouver]",
      ],
      [
        "2026-10-30T11:00:00-04:00[America/Toronto]",
        "2026-10-30T11:30:00-04:00[America/Toronto]",
        "2026-10-30T08:00:00-07:00[America/Vancouver]",
        "2026-10-30T08:30:00-07:00[America/Vancouver]",
      ],
    ],
  },
  {
    name: "CA ON: Friday morning closed by now → Mondays, the last after both zones fall back (11-01)",
    employer: SIDES.toronto,
    candidate: SIDES.vancouver,
    end: "2026-10-07T16:00:00-04:00[America/Toronto]",
    now: "2026-10-16T11:45:00-04:00[America/Toronto]",
    touches: [
      [
        "2026-10-19T13:30:00-04:00[America/Toronto]",
        "2026-10-19T15:30:00-04:00[America/Toronto]",
        "2026-10-19T10:30:00-07:00[America/Vancouver]",
        "2026-10-19T12:30:00-07:00[America/Vancouver]",
      ],
      [
        "2026-10-26T13:30:00-04:00[America/Toronto]",
        "2026-10-26T15:30:00-04:00[America/Toronto]",
        "2026-10-26T10:30:00-07:00[America/Vancouver]",
        "2026-10-26T12:30:00-07:00[America/Vancouver]",
      ],
      [
        "2026-11-02T13:30:00-05:00[America/Toronto]",
        "2026-11-02T15:30:00-05:00[America/Toronto]",
        "2026-11-02T10:30:00-08:00[America/Vancouver]",
        "2026-11-02T12:30:00-08:00[America/Vancouver]",
      ],
    ],
  },
  {
    name: "CA ON: a window open at now is kept whole",
    employer: SIDES.toronto,
    candidate: SIDES.toronto,
    end: "2026-10-07T16:00:00-04:00[America/Toronto]",
    now: "2026-10-16T10:00:00-04:00[America/Toronto]",
    policy: { followUp: { touches: 1 } },
    touches: [
      [
        "2026-10-16T09:30:00-04:00[America/Toronto]",
        "2026-10-16T11:30:00-04:00[America/Toronto]",
        "2026-10-16T09:30:00-04:00[America/Toronto]",
        "2026-10-16T11:30:00-04:00[America/Toronto]",
      ],
    ],
  },
  {
    name: "US NY: Tuesday morning closed by now → the same afternoon; the cadence counts from that day",
    employer: SIDES.newYork,
    candidate: SIDES.newYork,
    end: `2026-11-24T15:30:00-05:00${NY}`,
    stated: "We'll make a decision within two or three days",
    now: `2026-12-01T12:00:00-05:00${NY}`,
    policy: { followUp: { touches: 2 } },
    touches: [
      [
        `2026-12-01T13:30:00-05:00${NY}`,
        `2026-12-01T15:30:00-05:00${NY}`,
        `2026-12-01T13:30:00-05:00${NY}`,
        `2026-12-01T15:30:00-05:00${NY}`,
      ],
      [
        `2026-12-08T09:30:00-05:00${NY}`,
        `2026-12-08T11:30:00-05:00${NY}`,
        `2026-12-08T09:30:00-05:00${NY}`,
        `2026-12-08T11:30:00-05:00${NY}`,
      ],
    ],
  },
  {
    name: "US NY: planned weeks late → the next open window; MLK Day 2027-01-18 skipped by the cadence",
    employer: SIDES.newYork,
    candidate: SIDES.newYork,
    end: `2026-11-24T15:30:00-05:00${NY}`,
    stated: "We'll make a decision within two or three days",
    now: `2027-01-05T16:00:00-05:00${NY}`,
    touches: [
      [
        `2027-01-06T09:30:00-05:00${NY}`,
        `2027-01-06T11:30:00-05:00${NY}`,
        `2027-01-06T09:30:00-05:00${NY}`,
        `2027-01-06T11:30:00-05:00${NY}`,
      ],
      [
        `2027-01-13T09:30:00-05:00${NY}`,
        `2027-01-13T11:30:00-05:00${NY}`,
        `2027-01-13T09:30:00-05:00${NY}`,
        `2027-01-13T11:30:00-05:00${NY}`,
      ],
      [
        `2027-01-21T09:30:00-05:00${NY}`,
        `2027-01-21T11:30:00-05:00${NY}`,
        `2027-01-21T09:30:00-05:00${NY}`,
        `2027-01-21T11:30:00-05:00${NY}`,
      ],
    ],
  },
  {
    name: "policy: first call 2 business days after, Wednesdays 16:00–17:00 only, 2 touches 3 business days apart; calls until 23:00",
    employer: SIDES.newYork,
    candidate: SIDES.london,
    end: `2026-11-24T15:30:00-05:00${NY}`,
    stated: "We'll make a decision within two or three days",
    policy: {
      candidateHours: { end: "23:00" },
      followUp: {
        touches: 2,
        gapBusinessDays: 3,
        firstAfterBusinessDays: 2,
        callingWindows: { "3": [{ start: "16:00", end: "17:00" }] },
      },
    },
    touches: [
      [
        `2026-12-02T16:00:00-05:00${NY}`,
        `2026-12-02T17:00:00-05:00${NY}`,
        "2026-12-02T21:00:00+00:00[Europe/London]",
        "2026-12-02T22:00:00+00:00[Europe/London]",
      ],
      [
        `2026-12-09T16:00:00-05:00${NY}`,
        `2026-12-09T17:00:00-05:00${NY}`,
        "2026-12-09T21:00:00+00:00[Europe/London]",
        "2026-12-09T22:00:00+00:00[Europe/London]",
      ],
    ],
  },
  {
    name: "policy: 5 touches 1 business day apart run Tue, Wed, Thu, Fri morning, Mon afternoon",
    employer: SIDES.newYork,
    candidate: SIDES.newYork,
    end: `2026-11-24T15:30:00-05:00${NY}`,
    stated: "We'll make a decision within two or three days",
    policy: { followUp: { touches: 5, gapBusinessDays: 1 } },
    touches: [
      [
        `2026-12-01T09:30:00-05:00${NY}`,
        `2026-12-01T11:30:00-05:00${NY}`,
        `2026-12-01T09:30:00-05:00${NY}`,
        `2026-12-01T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-02T09:30:00-05:00${NY}`,
        `2026-12-02T11:30:00-05:00${NY}`,
        `2026-12-02T09:30:00-05:00${NY}`,
        `2026-12-02T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-03T09:30:00-05:00${NY}`,
        `2026-12-03T11:30:00-05:00${NY}`,
        `2026-12-03T09:30:00-05:00${NY}`,
        `2026-12-03T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-04T09:30:00-05:00${NY}`,
        `2026-12-04T11:30:00-05:00${NY}`,
        `2026-12-04T09:30:00-05:00${NY}`,
        `2026-12-04T11:30:00-05:00${NY}`,
      ],
      [
        `2026-12-07T13:30:00-05:00${NY}`,
        `2026-12-07T15:30:00-05:00${NY}`,
        `2026-12-07T13:30:00-05:00${NY}`,
        `2026-12-07T15:30:00-05:00${NY}`,
      ],
    ],
  },
  {
    name: "policy: a 2-day default wait ends 12-23, so the first call is on Christmas Eve (a business day)",
    employer: SIDES.newYork,
    candidate: SIDES.newYork,
    end: `2026-12-21T11:00:00-05:00${NY}`,
    policy: { decision: { defaultBusinessDays: 2 }, followUp: { touches: 1 } },
    touches: [
      [
        `2026-12-24T09:30:00-05:00${NY}`,
        `2026-12-24T11:30:00-05:00${NY}`,
        `2026-12-24T09:30:00-05:00${NY}`,
        `2026-12-24T11:30:00-05:00${NY}`,
      ],
    ],
  },
];

describe("followUpSchedule: scenario table", () => {
  test.each(scenarios)("$name", (s) => {
    const input = testInterview({ employer: s.employer, candidate: s.candidate, end: s.end, statedTimeline: s.stated });
    const windows = followUpSchedule(input, { now: s.now ?? s.end, policy: s.policy });
    expect(windows.map((w) => [w.opens, w.closes, w.forCandidate.opens, w.forCandidate.closes])).toEqual(s.touches);
    expect(windows.map((w) => w.attempt)).toEqual(s.touches.map((_, i) => i + 1));
    expect(PlanSchema.shape.followUps.parse(windows)).toEqual(windows);
  });
});

describe("followUpSchedule: each touch", () => {
  const input = testInterview({
    employer: SIDES.newYork,
    candidate: SIDES.london,
    end: `2026-12-21T11:00:00-05:00${NY}`,
  });
  const windows = followUpSchedule(input, { now: "2026-12-21T16:00:00Z" });

  test("is a call with a voicemail and an email alternative", () => {
    for (const w of windows) {
      expect(w.channel).toBe("phone");
      expect(w.alternatives).toEqual([
        { channel: "voicemail", templateId: "follow-up/voicemail" },
        { channel: "email", templateId: "follow-up/email" },
      ]);
    }
  });

  test("names its rules and evidence", () => {
    expect(windows.map((w) => w.why.map((y) => `${y.rule} ${y.source}`))).toEqual([
      ["follow-up.first-call E-FU-STATED", "follow-up.calling-window E-FU-CALLTIME", "follow-up.channel E-FU-CHANNEL"],
      ["follow-up.cadence E-FU-STATED", "follow-up.calling-window E-FU-CALLTIME", "follow-up.channel E-FU-CHANNEL"],
      ["follow-up.cadence E-FU-STATED", "follow-up.calling-window E-FU-CALLTIME", "follow-up.channel E-FU-CHANNEL"],
    ]);
  });

  test("says the dates, the times on both sides and the holidays skipped", () => {
    const [first, second, third] = windows;
    expect(first?.why[0]?.text).toBe(
      "No decision date was stated, so the default wait of 5 business days applies and the decision window closes on 2026-12-29; the first call comes 1 business day after it, from Wednesday 2026-12-30.",
    );
    expect(first?.why[1]?.text).toBe(
      "Call in the employer's calling hours on one of its business days: Wednesday 2026-12-30, 09:30–11:30 America/New_York, which is 14:30–16:30 for you in Europe/London.",
    );
    expect(second?.why[0]?.text).toBe(
      "Touch 2 waits at least 5 business days after the previous touch on Wednesday 2026-12-30, so it comes on or after Thursday 2027-01-07.",
    );
    expect(third?.why[0]?.text).toContain("it is the last of 3 touches, after which the plan moves on");
  });

  test("a holiday passed over on the way to the window is named", () => {
    const sydney = testInterview({
      employer: SIDES.sydney,
      candidate: SIDES.london,
      end: "2026-12-22T11:00:00+11:00[Australia/Sydney]",
    });
    // The candidate's hours are opened to the whole day: Sydney's windows fall in London's night.
    const [first] = followUpSchedule(sydney, {
      now: "2026-12-22T00:00:00Z",
      policy: { candidateHours: { start: "00:00", end: "23:59" } },
    });
    expect(first?.why[1]?.text).toContain("skipped the holiday 2027-01-01 (New Year's Day)");
    expect(first?.why[1]?.text).toContain("which is 02:30–04:30 for you in Europe/London");
  });

  test("the candidate's own date is given when it differs from the employer's", () => {
    const sydney = testInterview({
      employer: SIDES.sydney,
      candidate: SIDES.losAngeles,
      end: "2026-09-30T15:00:00+10:00[Australia/Sydney]",
      statedTimeline: "in two or three days",
    });
    const [first] = followUpSchedule(sydney, { now: "2026-09-30T15:00:00+10:00[Australia/Sydney]" });
    expect(first?.why[1]?.text).toBe(
      "Call in the employer's calling hours on one of its business days: Wednesday 2026-10-07, 09:30–11:30 Australia/Sydney, which is 15:30–17:30 on Tuesday 2026-10-06 for you in America/Los_Angeles.",
    );
  });

  test("words that name no date are quoted in the first call's reason", () => {
    const vague = testInterview({
      employer: SIDES.newYork,
      candidate: SIDES.newYork,
      end: `2026-11-24T15:30:00-05:00${NY}`,
      statedTimeline: "We'll be in touch",
    });
    const [first] = followUpSchedule(vague, { now: `2026-11-24T15:30:00-05:00${NY}` });
    expect(first?.why[0]?.text).toContain(`The employer's words "We'll be in touch" name no date that can be read`);
    expect(first?.opens).toBe(`2026-12-03T09:30:00-05:00${NY}`);
  });

  test("a window skipped because it closed by now is explained", () => {
    const [first] = followUpSchedule(
      testInterview({
        employer: SIDES.toronto,
        candidate: SIDES.toronto,
        end: "2026-10-07T16:00:00-04:00[America/Toronto]",
      }),
      { now: "2026-10-16T11:45:00-04:00[America/Toronto]" },
    );
    expect(first?.why[1]?.text).toContain("earlier windows had already closed by now (2026-10-16 11:45 there)");
  });
});

describe("followUpSchedule: bad input is a typed error naming the field", () => {
  const good = testInterview({
    employer: SIDES.newYork,
    candidate: SIDES.london,
    end: `2026-11-24T15:30:00-05:00${NY}`,
  });
  const cases: [name: string, input: unknown, options: unknown, path: string][] = [
    ["missing now", good, {}, "now"],
    ["options not an object", good, "tomorrow", "options"],
    ["bad now", good, { now: "next Tuesday" }, "now"],
    [
      "unknown zone",
      { ...good, company: { ...good.company, timeZone: "Mars/Olympus" } },
      { now: good.end },
      "company.timeZone",
    ],
    ["touches out of range", good, { now: good.end, policy: { followUp: { touches: 0 } } }, "policy.followUp.touches"],
    [
      "no calling window at all",
      good,
      { now: good.end, policy: { followUp: { callingWindows: {} } } },
      "policy.followUp.callingWindows",
    ],
    [
      "calling windows only on a weekend day",
      good,
      { now: good.end, policy: { followUp: { callingWindows: { "7": [{ start: "10:00", end: "11:00" }] } } } },
      "policy.followUp.callingWindows",
    ],
    ["untyped JSON: a string", "{}", { now: good.end }, ""],
    ["untyped JSON: null", null, { now: good.end }, ""],
  ];
  test.each(cases.map(([name, input, options, path]) => [name, path, input, options] as const))(
    "%s → %s",
    (_name, path, input, options) => {
      try {
        followUpSchedule(input as never, options as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AfterviewValidationError);
        expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
      }
    },
  );
});

describe("followUpSchedule: the TSDoc example", () => {
  test("gives the documented result", () => {
    const windows = followUpSchedule(
      {
        id: "acme",
        role: "Data Engineer",
        format: "video",
        interest: "want",
        company: { name: "Acme", timeZone: "America/New_York", country: "US", region: "NY" },
        start: "2026-11-24T14:00:00-05:00[America/New_York]",
        end: "2026-11-24T15:30:00-05:00[America/New_York]",
        interviewers: [{ name: "Dana Whitfield" }],
        statedTimeline: "We'll make a decision within two or three days",
        candidate: { name: "Alex Morgan", timeZone: "Europe/London", country: "GB" },
      },
      { now: "2026-11-24T21:00:00Z" },
    );
    expect(windows.map((w) => [w.opens, w.forCandidate.opens])).toEqual([
      ["2026-12-01T09:30:00-05:00[America/New_York]", "2026-12-01T14:30:00+00:00[Europe/London]"],
      ["2026-12-08T09:30:00-05:00[America/New_York]", "2026-12-08T14:30:00+00:00[Europe/London]"],
      ["2026-12-15T09:30:00-05:00[America/New_York]", "2026-12-15T14:30:00+00:00[Europe/London]"],
    ]);
  });
});

describe("followUpSchedule: a job the candidate does not want", () => {
  test("plans no calls, as createPlan does", () => {
    const input = {
      id: "acme",
      role: "Data Engineer",
      format: "video",
      interest: "not-interested",
      company: { name: "Acme", timeZone: "America/New_York", country: "US", region: "NY" },
      start: "2026-11-24T14:00:00-05:00[America/New_York]",
      end: "2026-11-24T15:30:00-05:00[America/New_York]",
      interviewers: [{ name: "Dana Whitfield" }],
      candidate: { name: "Alex Morgan", timeZone: "Europe/London", country: "GB" },
    };
    expect(followUpSchedule(input as never, { now: "2026-11-24T21:00:00Z" })).toEqual([]);
  });
});
