import { type PlanContext, planContext } from "../plan/context.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { PlanDecision } from "../schema/plan.js";

/**
 * Test inputs for the thank-you rules: a video interview on Tuesday 2026-10-06, 14:00–15:30 in New York,
 * with a New York candidate (Brooklyn, so not the same locality as the Manhattan office), one named
 * interviewer with an email address and a confirmed spelling, and a scheduler with a phone.
 * Not exported from the package.
 */
export function testInput(changes: Partial<InterviewInput> = {}): InterviewInput {
  return {
    id: "test-interview",
    role: "Data Engineer",
    company: {
      name: "Acme Corp",
      timeZone: "America/New_York",
      country: "US",
      region: "NY",
      address: { lines: ["200 Park Ave"], locality: "New York", region: "NY", postalCode: "10166", country: "US" },
    },
    start: "2026-10-06T14:00:00-04:00[America/New_York]",
    end: "2026-10-06T15:30:00-04:00[America/New_York]",
    format: "video",
    interviewers: [{ name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true }],
    scheduler: { name: "Priya Raman", phone: "+1 212 555 0100", email: "priya@acme.example" },
    interest: "want",
    candidate: {
      name: "Alex Morgan",
      timeZone: "America/New_York",
      country: "US",
      region: "NY",
      address: { lines: ["1 Court St"], locality: "Brooklyn", region: "NY", postalCode: "11201", country: "US" },
      handwriting: "average",
    },
    ...changes,
  };
}

/** The context of `input`, with `now` at the interview's end. */
export function testContext(input: InterviewInput, policy?: PolicyOverrides): PlanContext {
  return planContext(input, policy ? { now: input.end, policy } : { now: input.end });
}

/** A decision window made by hand (no parser, no default rule). */
export function decision(earliest: string, latest = earliest): PlanDecision {
  return { earliest, latest, source: "stated" };
}

/** An interview of the test input moved to `start`–`end` (ISO with zone). */
export function at(start: string, end: string, changes: Partial<InterviewInput> = {}): InterviewInput {
  return testInput({ start, end, ...changes });
}
