import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../schema/interview-input.js";
import { createPlan } from "./create-plan.js";

/*
 * Whole plans across countries, worked out by hand from the rules and the real calendars:
 * (interview, what the employer said, now) → decision window, thank-you channel, first call.
 */

interface Place {
  timeZone: string;
  country: string;
  region?: string;
  address?: NonNullable<InterviewInput["company"]["address"]>;
}

function interview(employer: Place, candidate: Place, start: string, end: string, stated?: string): InterviewInput {
  return {
    id: "scenario",
    role: "Analyst",
    company: { name: "Example GmbH", ...employer },
    start,
    end,
    format: "video",
    interviewers: [{ name: "Dana Whitfield", email: "dana@example.com", spellingConfirmed: true }],
    ...(stated === undefined ? {} : { statedTimeline: stated }),
    interest: "want",
    candidate: { name: "Alex Morgan", ...candidate },
  };
}

const munich = {
  timeZone: "Europe/Berlin",
  country: "DE",
  region: "BY",
  address: { lines: ["Marienplatz 1"], locality: "München", postalCode: "80331", country: "DE" },
};

const scenarios = [
  {
    name: "London employer, New York candidate, between the two DST changes (US 03-08, UK 03-29)",
    input: interview(
      { timeZone: "Europe/London", country: "GB" },
      { timeZone: "America/New_York", country: "US", region: "NY" },
      "2026-03-12T10:00:00+00:00[Europe/London]",
      "2026-03-12T11:00:00+00:00[Europe/London]",
      "in 2-3 business days",
    ),
    // Thu 03-12 + 2 → Mon 03-16, + 3 → Tue 03-17; first call Wed 03-18: 09:30 GMT is 05:30 EDT, before the
    // candidate's day (08:00–20:00), so the afternoon window, 13:30 GMT = 09:30 EDT.
    decision: ["2026-03-16", "2026-03-17"],
    channel: "email",
    opens: "2026-03-18T13:30:00+00:00[Europe/London]",
    forCandidate: "2026-03-18T09:30:00-04:00[America/New_York]",
  },
  {
    name: "Munich employer and candidate, two weeks with Ascension inside: a letter arrives in time",
    input: interview(
      munich,
      { timeZone: "Europe/Berlin", country: "DE", region: "BY" },
      "2026-05-04T10:00:00+02:00[Europe/Berlin]",
      "2026-05-04T11:00:00+02:00[Europe/Berlin]",
      "in a couple of weeks",
    ),
    // 10 Bavarian business days after Mon 05-04, Ascension (Thu 05-14) skipped → Tue 05-19.
    // Written by 21:00 Mon, posted Tue 05-05 (day 0), 4 Werktage (Sat counts) → Sat 05-09 ≤ Mon 05-18.
    decision: ["2026-05-19", "2026-05-19"],
    channel: "postal",
    opens: "2026-05-20T09:30:00+02:00[Europe/Berlin]",
    forCandidate: "2026-05-20T09:30:00+02:00[Europe/Berlin]",
  },
  {
    name: "Sydney on Christmas Eve, nothing said: Christmas, Boxing Day (substitute Mon 12-28) and New Year skipped",
    input: interview(
      { timeZone: "Australia/Sydney", country: "AU", region: "NSW" },
      { timeZone: "Australia/Sydney", country: "AU", region: "NSW" },
      "2026-12-24T10:00:00+11:00[Australia/Sydney]",
      "2026-12-24T11:00:00+11:00[Australia/Sydney]",
    ),
    // Next business day Tue 12-29; 5 business days: 29, 30, 31, Mon 01-04, Tue 01-05.
    decision: ["2026-12-29", "2027-01-05"],
    channel: "email",
    opens: "2027-01-06T09:30:00+11:00[Australia/Sydney]",
    forCandidate: "2027-01-06T09:30:00+11:00[Australia/Sydney]",
  },
  {
    name: "Toronto employer, Vancouver candidate, DST ends inside the window (11-01)",
    input: interview(
      { timeZone: "America/Toronto", country: "CA", region: "ON" },
      { timeZone: "America/Vancouver", country: "CA", region: "BC" },
      "2026-10-30T14:00:00-04:00[America/Toronto]",
      "2026-10-30T15:00:00-04:00[America/Toronto]",
      "by the end of next week",
    ),
    // Fri 10-30: next week ends Fri 11-06; first call Mon 11-09, Monday afternoon, now on EST / PST.
    decision: ["2026-11-02", "2026-11-06"],
    channel: "email",
    opens: "2026-11-09T13:30:00-05:00[America/Toronto]",
    forCandidate: "2026-11-09T10:30:00-08:00[America/Vancouver]",
  },
];

describe("createPlan scenarios (US, GB, CA, DE, AU; holidays and DST inside the windows)", () => {
  it.each(scenarios)("$name", ({ input, decision, channel, opens, forCandidate }) => {
    const plan = createPlan(input, { now: input.end });
    expect([plan.decision.earliest, plan.decision.latest]).toEqual(decision);
    expect(plan.thankYou.channel).toBe(channel);
    expect(plan.followUps[0]?.opens).toBe(opens);
    expect(plan.followUps[0]?.forCandidate.opens).toBe(forCandidate);
    expect(plan.quietUntil).toBe(forCandidate);
    expect(plan.actions.find((a) => a.kind === "follow-up")?.due?.start).toBe(forCandidate);
  });
});
