/*
 * How long createPlan, applyEvent, adviseNegotiation and compareOffers take, per call, over 1,000 varied interviews: eight zones on
 * four continents, dates from 2025 to 2028, three formats, three levels of interest, thirteen stated
 * timelines or none, eight policies. The inputs come from a seeded generator (a linear congruential
 * one), so every run measures the same work. createPlan is paired in the same run with its baseline,
 * a hand-written minimal Temporal computation of the same dates (`minimal-dates.ts`), and the result
 * is printed as a ratio of medians. Run with `pnpm --filter @afterview/core bench`.
 */
import { Temporal } from "temporal-polyfill";
import { Bench } from "tinybench";
import { businessCalendar } from "../src/calendar/business-calendar.js";
import { adviseNegotiation } from "../src/negotiation/advise.js";
import type { NegotiationContext } from "../src/negotiation/context.js";
import { compareOffers } from "../src/offers/compare.js";
import { applyEvent } from "../src/plan/apply-event.js";
import { createPlan } from "../src/plan/create-plan.js";
import { PHRASES, PLACES, POLICIES, type Variation, variedInterview } from "../src/plan/test-fixtures.js";
import type { Offer } from "../src/schema/offer.js";
import type { Plan } from "../src/schema/plan.js";
import type { PlanEvent } from "../src/schema/plan-event.js";
import { type MinimalCase, minimalDates } from "./minimal-dates.js";

const COUNT = 1_000;

/** Numerical Recipes' LCG (mod 2^32): deterministic, no Math.random. */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

const pick = lcg(20261124);
const variations: Variation[] = Array.from({ length: COUNT }, () => ({
  day: pick(1461),
  startMinute: 7 * 60 + pick(13 * 60),
  minutes: 30 + pick(151),
  employer: pick(PLACES.length),
  candidate: pick(PLACES.length),
  format: pick(3),
  interest: pick(3),
  phrase: pick(PHRASES.length + 1) - 1,
  interviewers: pick(3),
  people: pick(512),
  scheduler: pick(4),
  handwriting: pick(3),
  addresses: pick(2) === 1,
  nowMinutes: pick(72 * 60),
  policy: pick(POLICIES.length),
}));
const cases = variations.map(variedInterview);

// The events, one per plan: the kinds an app sends most, re-plans (a new timeline) among them.
const plans: Plan[] = cases.map((c) => createPlan(c.input, c.options));
const events: PlanEvent[] = plans.map((plan, i) => {
  const at = plan.followUps[0]?.closes ?? plan.context.interviewEnd;
  const id = `e${i}`;
  switch (i % 5) {
    case 0:
      return { type: "thank-you-sent", id, at: plan.context.interviewEnd, channel: "email" };
    case 1:
      return { type: "follow-up-made", id, at, outcome: "no-answer" };
    case 2:
      return { type: "follow-up-made", id, at, outcome: "spoke", timeline: PHRASES[i % PHRASES.length]! };
    case 3:
      return { type: "offer-received", id, at, offer: { base: { amount: 120000, currency: "USD" }, period: "year" } };
    default:
      return { type: "rejected", id, at };
  }
});
// Plans as an app stores them: JSON read back.
const stored: Plan[] = plans.map((p) => JSON.parse(JSON.stringify(p)));

// Offers and negotiation contexts: four currencies, three periods, ranges posted or not, market data,
// competing offers, fixed salaries; and sets of three offers to compare (one in another currency).
const CURRENCIES = [
  { code: "USD", year: 100_000, rate: 1 },
  { code: "EUR", year: 90_000, rate: 1.08 },
  { code: "JPY", year: 9_000_000, rate: 0.0066 },
  { code: "KWD", year: 30_000, rate: 3.25 },
] as const;
const PER = { year: 1, month: 12, hour: 2080 } as const;
function seededOffer(i: number): Offer {
  const c = CURRENCIES[pick(CURRENCIES.length)]!;
  const period = (["year", "month", "hour"] as const)[pick(3)]!;
  const digits = c.code === "JPY" ? 0 : c.code === "KWD" ? 3 : 2;
  const amount = (share: number) => Math.round(((c.year * share) / PER[period]) * 10 ** digits) / 10 ** digits;
  const base = amount(0.8 + pick(40) / 100);
  const offer: Offer = { id: `o${i}`, base: { amount: base, currency: c.code }, period, ptoDays: 10 + pick(20) };
  if (pick(2)) offer.range = { min: amount(0.75), max: amount(1.25), source: "posted" };
  if (pick(6) === 0) offer.salaryFixed = true;
  if (pick(2)) offer.signOnBonus = { amount: amount(0.05), currency: c.code };
  if (pick(2)) offer.equity = { amount: { amount: amount(0.4), currency: c.code }, vestingYears: 4, cliffMonths: 12 };
  return offer;
}
const offers: Offer[] = Array.from({ length: COUNT }, (_, i) => seededOffer(i));
const contexts: NegotiationContext[] = offers.map((offer) => {
  const ctx: NegotiationContext = {
    yearsExperience: pick(15),
    yearsRequired: pick(8),
    fit: (["strong", "meets", "partial"] as const)[pick(3)]!,
  };
  const b = offer.base.amount;
  if (pick(2)) ctx.market = { p25: b * 0.9, p50: b, p75: b * 1.15, p90: b * 1.3 };
  if (pick(3) === 0) {
    const digits = offer.base.currency === "JPY" ? 0 : offer.base.currency === "KWD" ? 3 : 2;
    const amount = Math.round(b * 1.2 * 10 ** digits) / 10 ** digits;
    ctx.competingOffers = [{ base: { ...offer.base, amount }, period: offer.period }];
  }
  return ctx;
});
const rates = Object.fromEntries(CURRENCIES.map((c) => [c.code, c.rate]));
const offerSets: Offer[][] = Array.from({ length: COUNT }, (_, i) => [
  offers[i]!,
  offers[(i + 1) % COUNT]!,
  offers[(i + 2) % COUNT]!,
]);

// The baseline's inputs: the same interviews, their employer's closed days for the next 120 days
// (from the same calendars createPlan uses), and a decision five business days out.
const calendars = new Map<string, ReturnType<typeof businessCalendar>>();
const minimal: MinimalCase[] = cases.map((c) => {
  const company = c.input.company as { timeZone: string; country: string; region?: string };
  const candidate = c.input.candidate as { timeZone: string };
  const key = `${company.country}-${company.region ?? ""}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = businessCalendar({ country: company.country, ...(company.region ? { region: company.region } : {}) });
    calendars.set(key, calendar);
  }
  const first = Temporal.ZonedDateTime.from(String(c.input.end)).toPlainDate();
  const closed = new Set<string>();
  for (let d = 0; d < 120; d++) {
    const day = first.add({ days: d });
    if (!calendar.isBusinessDay(day)) closed.add(day.toString());
  }
  return {
    end: String(c.input.end),
    employerZone: company.timeZone,
    candidateZone: candidate.timeZone,
    decisionDays: 5,
    closed,
  };
});

let next = 0;
const bench = new Bench({ name: "afterview plan", time: 3_000, warmupTime: 500, iterations: 2 * COUNT });
bench
  .add("createPlan", () => {
    const c = cases[next++ % COUNT]!;
    createPlan(c.input, c.options);
  })
  .add("minimal Temporal dates (baseline)", () => {
    minimalDates(minimal[next++ % COUNT]!);
  })
  .add("applyEvent", () => {
    const i = next++ % COUNT;
    applyEvent(stored[i]!, events[i]!, { now: events[i]!.at, policy: cases[i]!.options.policy });
  })
  .add("applyEvent (the plan as createPlan returned it: not parsed again)", () => {
    const i = next++ % COUNT;
    applyEvent(plans[i]!, events[i]!, { now: events[i]!.at, policy: cases[i]!.options.policy });
  })
  .add("applyEvent (re-plan only)", () => {
    const i = (next++ % (COUNT / 5)) * 5 + 2;
    applyEvent(stored[i]!, events[i]!, { now: events[i]!.at, policy: cases[i]!.options.policy });
  })
  .add("adviseNegotiation", () => {
    const i = next++ % COUNT;
    adviseNegotiation(offers[i]!, contexts[i]!);
  })
  .add("compareOffers (3 offers)", () => {
    const i = next++ % COUNT;
    compareOffers(offerSets[i]!, { currency: "USD", rates });
  });

await bench.run();

const rows = bench.tasks.map((task) => {
  const r = task.result;
  if (!("latency" in r)) return { task: task.name, state: r.state };
  return {
    task: task.name,
    "median µs": Number((r.latency.p50 * 1000).toFixed(1)),
    "p75 µs": Number((r.latency.p75 * 1000).toFixed(1)),
    "p99 µs": Number((r.latency.p99 * 1000).toFixed(1)),
    "mean µs": Number((r.latency.mean * 1000).toFixed(1)),
    samples: r.latency.samplesCount,
  };
});
console.log(`${COUNT} varied inputs (seeded LCG), Node ${process.version}`);
console.table(rows);
const median = (name: string) => {
  const r = bench.getTask(name)?.result;
  if (!r || !("latency" in r)) throw new Error(`no result for ${name}`);
  return r.latency.p50;
};
console.log(
  `createPlan / minimal Temporal dates (medians): ${(median("createPlan") / median("minimal Temporal dates (baseline)")).toFixed(1)}×`,
);
