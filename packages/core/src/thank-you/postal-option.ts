import { Temporal } from "temporal-polyfill";
import type { PostalAddress } from "../model/person.js";
import type { PlanDecision, Why } from "../model/plan.js";
import { type PlanContext, side } from "../plan/context.js";
import { estimatePostal, type PostalEstimate, type PostalPlace } from "../postal/estimate.js";
import { dayLabel, momentLabel } from "./describe.js";
import { why } from "./why.js";

/** The letter-by-post option, worked out whether or not it is chosen. */
export interface PostalOption {
  /** The slowest of the letters (one per interviewer address). */
  estimate: PostalEstimate;
  /** The last day a letter may arrive: `postalMarginBusinessDays` employer business days before the earliest decision. */
  mustArriveBy: Temporal.PlainDate;
  /** True when the slowest letter arrives by `mustArriveBy`. */
  beforeDecision: boolean;
  /** The `thank-you.postal-transit` reason. */
  why: Why;
}

/**
 * Works out the post (evidence `E-TY-CHANNEL` and the `E-POST-*` standards): each letter is ready at
 * `writeBy`, goes from the candidate's address (or country) to the interviewer's address, else the
 * company's, else the company's country; the slowest letter counts. It is in time when its latest
 * arrival is on or before the employer business day `postalMarginBusinessDays` (1) before the earliest
 * expected decision.
 */
export function postalOption(
  ctx: Pick<PlanContext, "input" | "policy" | "employer" | "candidate">,
  decision: Pick<PlanDecision, "earliest">,
  writeBy: Temporal.ZonedDateTime,
): PostalOption {
  const { input, policy } = ctx;
  const from: PostalPlace = {
    country: input.candidate.country,
    address: input.candidate.address,
    calendar: ctx.candidate.calendar,
  };
  const seen = new Map<string, PostalEstimate>();
  let slowest: PostalEstimate | undefined;
  input.interviewers.forEach((person, i) => {
    const address = person.address ?? input.company.address;
    const key = address ? JSON.stringify(address) : "";
    let estimate = seen.get(key);
    if (!estimate) {
      const path = person.address ? `interviewers[${i}].address.country` : "company.address.country";
      estimate = estimatePostal(policy, writeBy, from, destination(ctx, address, path));
      seen.set(key, estimate);
    }
    if (!slowest || Temporal.PlainDate.compare(estimate.transit.latest, slowest.transit.latest) > 0) slowest = estimate;
  });
  const estimate = slowest as PostalEstimate;
  const margin = policy.thankYou.postalMarginBusinessDays;
  const mustArriveBy = ctx.employer.calendar.addBusinessDays(decision.earliest, -margin);
  const beforeDecision = Temporal.PlainDate.compare(estimate.transit.latest, mustArriveBy) <= 0;
  return { estimate, mustArriveBy, beforeDecision, why: describe(estimate) };
}

function destination(
  ctx: Pick<PlanContext, "input" | "employer">,
  address: PostalAddress | undefined,
  path: string,
): PostalPlace {
  const country = (address?.country ?? ctx.input.company.country).toUpperCase();
  if (country === ctx.input.company.country.toUpperCase()) {
    return { country, address, calendar: ctx.employer.calendar };
  }
  // An interviewer in another country than the company: that country's holidays hold up the post.
  return { country, address, calendar: side({ timeZone: ctx.employer.zone, country }, path).calendar };
}

function describe(estimate: PostalEstimate): Why {
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
