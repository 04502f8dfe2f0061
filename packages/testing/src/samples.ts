/*
 * Valid inputs for the fuzz targets to mutate: the sample interview (examples/data), a sparse one,
 * offers, events and contexts. Mutating a valid input gets past the first checks and reaches the rules.
 */
import {
  applyEvent,
  createPlan,
  type InterviewInput,
  type Offer,
  type Plan,
  type PlanEvent,
  parseInterviewInput,
} from "@afterview/core";
import sample from "../../../examples/data/sample-interview.json" with { type: "json" };

/** The sample interview: New York employer, Chicago candidate, "within two or three days". */
export const SAMPLE_INPUT: InterviewInput = parseInterviewInput(sample);

/** Only what the schema requires, in London. */
export const SPARSE_INPUT: InterviewInput = {
  id: "globex-analyst",
  role: "Analyst",
  company: { name: "Globex", timeZone: "Europe/London", country: "GB" },
  start: "2026-03-10T10:00:00+00:00[Europe/London]",
  end: "2026-03-10T11:00:00+00:00[Europe/London]",
  format: "video",
  interviewers: [{ name: "Sam Lee" }, {}],
  interest: "want",
  candidate: { name: "Jo Bloggs", timeZone: "Europe/London", country: "GB" },
};

/** When the sample interview ends. */
export const NOW = SAMPLE_INPUT.end;

/** An offer with every common term. */
export const OFFER: Offer = {
  id: "acme",
  base: { amount: 95000, currency: "USD" },
  period: "year",
  range: { min: 90000, max: 120000, source: "posted" },
  signOnBonus: { amount: 10000, currency: "USD" },
  equity: { amount: { amount: 40000, currency: "USD" }, vestingYears: 4 },
  ptoDays: 20,
  startDate: "2027-01-11",
  deadline: "2026-12-04T17:00:00-05:00[America/New_York]",
};

/** A second offer, in pounds, by the month. */
export const OFFER_GBP: Offer = { id: "globex", base: { amount: 6000, currency: "GBP" }, period: "month" };

/** One event of each kind. */
export const EVENTS: PlanEvent[] = [
  { type: "thank-you-sent", id: "e1", at: "2026-11-24T18:00:00-06:00[America/Chicago]", channel: "email" },
  {
    type: "follow-up-made",
    id: "e2",
    at: "2026-11-30T10:00:00-05:00[America/New_York]",
    outcome: "no-answer",
    channel: "phone",
  },
  { type: "timeline-updated", id: "e3", at: "2026-11-30T10:00:00-05:00", text: "by the end of next week" },
  { type: "offer-received", id: "e4", at: "2026-12-02T10:00:00-05:00[America/New_York]", offer: OFFER },
  { type: "rejected", id: "e5", at: "2026-12-02T10:00:00-05:00" },
];

/** A negotiation context with every field. */
export const NEGOTIATION = {
  yearsExperience: 8,
  yearsRequired: 5,
  fit: "strong",
  market: { p25: 90000, p50: 105000, p75: 120000, currency: "USD", period: "year", source: "survey" },
  competingOffers: [OFFER_GBP],
  walkAway: 92000,
  rates: { GBP: 1.27 },
} as const;

/** The sample interview's plan, made as the interview ends. */
export const PLAN: Plan = createPlan(SAMPLE_INPUT, { now: NOW });
/** The sparse interview's plan. */
export const SPARSE_PLAN: Plan = createPlan(SPARSE_INPUT, { now: SPARSE_INPUT.end });
/** The sample plan after an offer arrived. */
export const OFFER_PLAN: Plan = applyEvent(PLAN, EVENTS[3]!, { now: "2026-12-02T10:00:00-05:00[America/New_York]" });
