import { Temporal } from "temporal-polyfill";
import type { InterviewInput } from "../schema/interview-input.js";

/** One side of a test interview: zone, country and optional region. */
export interface TestSide {
  zone: string;
  country: string;
  region?: string;
}

/** Well-known sides for the scenario tables. */
export const SIDES = {
  newYork: { zone: "America/New_York", country: "US", region: "NY" },
  losAngeles: { zone: "America/Los_Angeles", country: "US", region: "CA" },
  london: { zone: "Europe/London", country: "GB" },
  berlin: { zone: "Europe/Berlin", country: "DE", region: "BY" },
  toronto: { zone: "America/Toronto", country: "CA", region: "ON" },
  vancouver: { zone: "America/Vancouver", country: "CA", region: "BC" },
  sydney: { zone: "Australia/Sydney", country: "AU", region: "NSW" },
} as const satisfies Record<string, TestSide>;

/**
 * A valid interview for tests: one hour long, ending at `end`, one interviewer, an optional
 * stated timeline and scheduler. Test-only; not exported from the package.
 */
export function testInterview(args: {
  employer: TestSide;
  candidate: TestSide;
  end: string;
  statedTimeline?: string | undefined;
  scheduler?: InterviewInput["scheduler"];
}): InterviewInput {
  const end = Temporal.ZonedDateTime.from(args.end);
  const side = (s: TestSide) => ({
    timeZone: s.zone,
    country: s.country,
    ...(s.region === undefined ? {} : { region: s.region }),
  });
  const input: InterviewInput = {
    id: "test-interview",
    role: "Data Engineer",
    company: { name: "Acme", ...side(args.employer) },
    start: end.subtract({ hours: 1 }).toString(),
    end: end.toString(),
    format: "video",
    interviewers: [{ name: "Dana Whitfield", email: "dana@acme.example" }],
    interest: "want",
    candidate: { name: "Alex Morgan", ...side(args.candidate) },
  };
  if (args.statedTimeline !== undefined) input.statedTimeline = args.statedTimeline;
  if (args.scheduler !== undefined) input.scheduler = args.scheduler;
  return input;
}
