// What the docs' code blocks may use without declaring it: the sample interview and the values an
// app already has at hand where a block starts. A block gets one of these only when it uses the
// name and neither it nor an earlier block on the same page declares it. Keep this list short: a
// name a reader cannot guess belongs in the block itself.
import { readFileSync } from "node:fs";
import { createPlan, type InterviewInput, type Offer, parseInterviewInput } from "@afterview/core";
import { compose } from "@afterview/templates";

/** The sample interview (examples/data/sample-interview.json), validated. */
export const interview: InterviewInput = parseInterviewInput(
  JSON.parse(readFileSync("examples/data/sample-interview.json", "utf8")),
);

/** The moment the page's code runs: the end of the sample interview. */
export const now = "2026-11-24T15:30:00-05:00[America/New_York]";

/** The sample's plan, made at `now`. */
export const plan = createPlan(interview, { now });

/** A document from the templates: the thank-you email to the first interviewer. */
export const doc = compose("thank-you/email", { input: interview, plan });

/** The thank-you letter to the second interviewer, who has no email address. */
export const letter = compose("thank-you/letter", { input: interview, plan, recipient: interview.interviewers[1] });

/** An offer for the sample's role: a base salary inside a posted range, with a deadline. */
export const offer: Offer = {
  id: "acme",
  base: { amount: 95000, currency: "USD" },
  period: "year",
  range: { min: 90000, max: 120000, source: "posted" },
  ptoDays: 15,
  deadline: "2026-12-11T17:00:00-05:00[America/New_York]",
};

/**
 * A web request whose body is the sample interview with three mistakes (web-app.md): no format,
 * an email address that is not one, a misspelt time zone.
 */
export const request = new Request("https://example.com/plan", {
  method: "POST",
  body: JSON.stringify({
    ...interview,
    format: undefined,
    interviewers: [interview.interviewers[0], { ...interview.interviewers[1], email: "marek at acme" }],
    candidate: { ...interview.candidate, timeZone: "America/Chicgo" },
  }),
});

/** A stored row: the plan as the JSON text a database keeps. */
export const row = { plan: JSON.stringify(plan) };

/** A request body holding an interview and its stored plan (packages/templates/README.md). */
export const body = JSON.stringify({ input: interview, plan });
