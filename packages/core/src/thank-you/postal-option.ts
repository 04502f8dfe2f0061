import type { PlanContext } from "../plan/context.js";
import { estimatePostalOn, type PostalMomentEstimate } from "../postal/estimate.js";
import type { PlanDecision, Why } from "../schema/plan.js";
import type { Moment } from "../time/zone-clock.js";
import { dayLabel, momentLabel } from "./describe.js";
import { arrivesBy, mustArriveBy } from "./postal-margin.js";
import { recipientPlace } from "./recipient-place.js";
import { why } from "./why.js";

/** One interviewer's letter by post. */
export interface PostalLetter {
  estimate: PostalMomentEstimate;
  /** True when it arrives by the option's `mustArriveBy`. */
  beforeDecision: boolean;
  /** Its `thank-you.postal-transit` reason. */
  why: Why;
}

/** The letter-by-post option, worked out whether or not it is chosen. */
export interface PostalOption {
  /** The slowest of the letters. */
  estimate: PostalMomentEstimate;
  /** The last day a letter may arrive: `postalMarginBusinessDays` employer business days before the earliest decision. */
  mustArriveBy: number;
  /** True when the slowest letter, and so every letter, arrives by `mustArriveBy`. */
  beforeDecision: boolean;
  /** The slowest letter's `thank-you.postal-transit` reason. */
  why: Why;
  /** Each interviewer's letter, in the order of `input.interviewers`. */
  letters: PostalLetter[];
}

/**
 * Works out the post (evidence `E-TY-CHANNEL` and the `E-POST-*` standards): each letter is ready at
 * `writeBy` and goes from the candidate's address (or country) to the place {@link recipientPlace}
 * finds for its interviewer. A letter is in time when its latest arrival is on or before
 * {@link mustArriveBy}: `postalMarginBusinessDays` (1) employer business days before the earliest
 * expected decision. The option as a whole is in time when its slowest letter is.
 */
export function postalOption(
  ctx: Pick<PlanContext, "input" | "policy" | "employer" | "candidate">,
  decision: Pick<PlanDecision, "earliest">,
  writeBy: Moment,
): PostalOption {
  const { input, policy } = ctx;
  const from = { country: input.candidate.country, address: input.candidate.address, days: ctx.candidate.days };
  const deadline = mustArriveBy(decision.earliest, policy.thankYou.postalMarginBusinessDays, ctx.employer.days);
  // Interviewers at one address (most often the company's) share one estimate.
  const seen = new Map<string, PostalLetter>();
  const letters = input.interviewers.map((person, i) => {
    const to = recipientPlace(ctx, person, i);
    const key = JSON.stringify([to.country, to.address, to.days.country, to.days.region]);
    let letter = seen.get(key);
    if (!letter) {
      const estimate = estimatePostalOn(policy, writeBy, from, to);
      letter = {
        estimate,
        beforeDecision: arrivesBy(estimate.transit.latest, deadline),
        why: describe(estimate),
      };
      seen.set(key, letter);
    }
    return letter;
  });
  const slowest = letters.reduce((a, b) => (b.estimate.transit.latest > a.estimate.transit.latest ? b : a));
  return {
    estimate: slowest.estimate,
    mustArriveBy: deadline,
    beforeDecision: slowest.beforeDecision,
    why: slowest.why,
    letters,
  };
}

function describe(estimate: PostalMomentEstimate): Why {
  const { route, posting, transit } = estimate;
  const service =
    route.kind === "domestic"
      ? `the ${route.key} domestic standard${route.local ? " for a letter within one town" : ""}`
      : route.kind === "eu"
        ? "the standard between EU countries"
        : route.kind === "international"
          ? `the international standard (${route.from} to ${route.to})`
          : `an unknown service in ${route.to}, assumed`;
  const slow =
    transit.slow === "saturday"
      ? ", one more because it is posted on a Saturday"
      : transit.slow === "before-holiday"
        ? ", one more because it is posted the day before a holiday"
        : "";
  const text =
    `Posted by ${momentLabel(posting.postBy)} (the first collection after the letter is written), ` +
    `a letter takes up to ${route.days} delivery days by ${service}${slow}: ` +
    `it arrives between ${dayLabel(transit.earliest)} and ${dayLabel(transit.latest)}.`;
  return why("thank-you.postal-transit", text, route.service.source);
}
