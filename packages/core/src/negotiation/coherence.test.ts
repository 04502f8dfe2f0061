import { describe, expect, it } from "vitest";
import type { Offer } from "../schema/offer.js";
import { adviseNegotiation } from "./advise.js";
import type { NegotiationContext } from "./context.js";
import type { NegotiationAdvice, NegotiationLever, NegotiationRecommendation } from "./types.js";

/*
 * Issue 14.3: every reason and lever speaks only of what the advice does. One row per
 * recommendation × salaryFixed × where the range comes from (posted, the candidate's own estimate,
 * market data, none). Cells that cannot occur: a fixed salary is never `negotiate`, and `accept`
 * needs market data (see the properties in advise.property.test.ts).
 */

const usd = (amount: number) => ({ amount, currency: "USD" });
const range = (source: "posted" | "estimated") => ({ min: 90000, max: 120000, source });
const market = { p50: 100000, p75: 115000 };

/** The negotiation evidence ids of reference/evidence.md. */
const EVIDENCE = new Set([
  "E-NEG-ROOM",
  "E-NEG-PAYS",
  "E-NEG-RANGE",
  "E-NEG-SIZE",
  "E-NEG-PRECISE",
  "E-NEG-ANCHOR",
  "E-NEG-LEVERS",
  "E-NEG-TRANSPARENCY",
]);
/** Rules that belong to a counter alone. */
const COUNTER_RULES = [
  "negotiation.ask",
  "negotiation.counter-position",
  "negotiation.cap",
  "negotiation.precise",
  "negotiation.target",
  "negotiation.floor",
  "negotiation.risk",
];
/** Words that speak of a counter: the counter itself, the ask as a noun, a target to settle at. */
const COUNTER_WORDS = /counter|\bthe ask\b|\btarget\b|settle/i;
const LEVER_KINDS: Record<NegotiationRecommendation, string[]> = {
  negotiate: ["sign-on-bonus", "pto-days", "review-timing"],
  "negotiate-other-terms": ["sign-on-bonus", "start-date", "pto-days", "title", "review-timing"],
  accept: [],
  "consider-declining": [],
};

type Source = "posted" | "estimated" | "market" | "none";
interface Row {
  recommendation: NegotiationRecommendation;
  fixed: boolean;
  source: Source;
  offer: Offer;
  context: NegotiationContext;
  /** What the sign-on lever's amount was sized from (`null`: a lever with no amount). */
  signOn?: NegotiationLever["sizedFrom"] | null;
  /** Rules the reasons must hold, besides the opening one. */
  rules?: string[];
}

const rows: Row[] = [
  // negotiate: a counter, so its reasons may speak of it; the sign-on stands in for the ask.
  ...(["posted", "estimated"] as const).map(
    (source): Row => ({
      recommendation: "negotiate",
      fixed: false,
      source,
      offer: { base: usd(95000), period: "year", range: range(source) },
      context: { fit: "strong", yearsExperience: 8, yearsRequired: 5 },
      signOn: "ask",
      rules: COUNTER_RULES,
    }),
  ),
  {
    recommendation: "negotiate",
    fixed: false,
    source: "market",
    offer: { base: usd(95000), period: "year" },
    context: { fit: "meets", market: { p25: 90000, p50: 100000, p75: 115000, p90: 130000 } },
    signOn: "ask",
    rules: COUNTER_RULES,
  },
  {
    recommendation: "negotiate",
    fixed: false,
    source: "none",
    offer: { base: usd(100000), period: "year" },
    context: { fit: "strong" },
    signOn: "ask",
    rules: ["negotiation.ask", "negotiation.cap", "negotiation.precise", "negotiation.target", "negotiation.risk"],
  },

  // negotiate-other-terms with a fixed salary: levers sized from the range, the market or the offer.
  ...(["posted", "estimated"] as const).map(
    (source): Row => ({
      recommendation: "negotiate-other-terms",
      fixed: true,
      source,
      offer: { base: usd(95000), period: "year", salaryFixed: true, range: range(source) },
      context: { fit: "strong", yearsExperience: 3, yearsRequired: 5 },
      signOn: "range",
    }),
  ),
  {
    recommendation: "negotiate-other-terms",
    fixed: true,
    source: "market",
    offer: { base: usd(95000), period: "year", salaryFixed: true },
    context: { fit: "partial", market },
    signOn: "market",
    rules: ["negotiation.leverage.market"],
  },
  {
    recommendation: "negotiate-other-terms",
    fixed: true,
    source: "none",
    offer: { base: usd(80000), period: "year", salaryFixed: true },
    context: { fit: "strong" },
    signOn: "offer",
  },
  // negotiate-other-terms with an open salary: no room above the offer.
  ...(["posted", "estimated"] as const).map(
    (source): Row => ({
      recommendation: "negotiate-other-terms",
      fixed: false,
      source,
      offer: { base: usd(120000), period: "year", range: range(source) },
      context: { fit: "strong" },
      signOn: null,
      rules: ["negotiation.no-room"],
    }),
  ),
  {
    recommendation: "negotiate-other-terms",
    fixed: false,
    source: "market",
    offer: { base: usd(115000), period: "year" },
    context: { fit: "strong", market },
    signOn: null,
    rules: ["negotiation.no-room"],
  },
  {
    // Only a zero base leaves no room within the 10% assumed above it.
    recommendation: "negotiate-other-terms",
    fixed: false,
    source: "none",
    offer: { base: usd(0), period: "year" },
    context: {},
    signOn: null,
    rules: ["negotiation.no-room"],
  },

  // accept: at the market's 75th percentile with nothing in hand for more.
  ...([true, false] as const).flatMap((fixed) => [
    ...(["posted", "estimated"] as const).map(
      (source): Row => ({
        recommendation: "accept",
        fixed,
        source,
        offer: { base: usd(115000), period: "year", salaryFixed: fixed, range: range(source) },
        context: { market },
        rules: ["negotiation.accept"],
      }),
    ),
    {
      recommendation: "accept",
      fixed,
      source: "market",
      offer: { base: usd(115000), period: "year", salaryFixed: fixed },
      context: { fit: "meets", market },
      rules: ["negotiation.accept"],
    } satisfies Row,
  ]),

  // consider-declining: below the walk-away, with the base fixed or no room above it.
  ...(["posted", "estimated"] as const).flatMap((source): Row[] => [
    {
      recommendation: "consider-declining",
      fixed: true,
      source,
      offer: { base: usd(95000), period: "year", salaryFixed: true, range: range(source) },
      context: { fit: "strong", walkAway: 100000 },
      rules: ["negotiation.walk-away"],
    },
    {
      recommendation: "consider-declining",
      fixed: false,
      source,
      offer: { base: usd(120000), period: "year", range: range(source) },
      context: { fit: "partial", yearsExperience: 2, yearsRequired: 5, walkAway: 125000 },
      rules: ["negotiation.no-room", "negotiation.walk-away"],
    },
  ]),
  {
    recommendation: "consider-declining",
    fixed: true,
    source: "market",
    offer: { base: usd(95000), period: "year", salaryFixed: true },
    context: { market, walkAway: 100000 },
    rules: ["negotiation.walk-away"],
  },
  {
    recommendation: "consider-declining",
    fixed: false,
    source: "market",
    offer: { base: usd(115000), period: "year" },
    context: { fit: "strong", market, walkAway: 120000 },
    rules: ["negotiation.no-room", "negotiation.walk-away"],
  },
  {
    recommendation: "consider-declining",
    fixed: true,
    source: "none",
    offer: { base: usd(80000), period: "year", salaryFixed: true },
    context: { walkAway: 85000 },
    rules: ["negotiation.walk-away"],
  },
  {
    recommendation: "consider-declining",
    fixed: false,
    source: "none",
    offer: { base: usd(0), period: "year" },
    context: { walkAway: 1000 },
    rules: ["negotiation.no-room", "negotiation.walk-away"],
  },
];

const texts = (advice: NegotiationAdvice) => [...advice.why.map((w) => w.text), ...advice.levers.map((l) => l.text)];

describe("adviseNegotiation speaks only of what it advises (issue 14.3)", () => {
  it("covers every reachable cell: 4 recommendations × fixed or not × 4 range sources", () => {
    const cells = new Set(rows.map((r) => `${r.recommendation}/${r.fixed}/${r.source}`));
    // 4 × 2 × 4 = 32, less the 4 fixed-salary `negotiate` cells and the 2 `accept` cells without market data.
    expect(cells.size).toBe(26);
    expect(cells.size).toBe(rows.length);
  });

  it.each(rows)("$recommendation, salaryFixed $fixed, range $source", (row) => {
    const advice = adviseNegotiation(row.offer, row.context);
    expect(advice.recommendation).toBe(row.recommendation);
    const rules = advice.why.map((w) => w.rule);

    // Every reason names its rule and an evidence id that exists.
    for (const why of advice.why) {
      expect(why.rule).toMatch(/^negotiation\.[a-z.-]+$/);
      expect(EVIDENCE.has(why.source ?? ""), `${why.rule}: ${why.source}`).toBe(true);
      expect(why.text).toMatch(/^[A-Z0-9].*[.]$/);
    }
    for (const lever of advice.levers) expect(lever.source).toBe("E-NEG-LEVERS");

    // The opening reason: the fixed salary, or where the range comes from.
    expect(rules[0]).toBe(
      row.fixed
        ? "negotiation.salary-fixed"
        : row.source === "posted" || row.source === "estimated"
          ? "negotiation.range"
          : "negotiation.range-estimate",
    );
    for (const rule of row.rules ?? []) expect(rules).toContain(rule);

    // Only a counter speaks of one.
    if (row.recommendation === "negotiate") {
      expect(advice.ask).toBeDefined();
      expect(advice.target).toBeDefined();
    } else {
      expect(advice.ask).toBeUndefined();
      expect(advice.target).toBeUndefined();
      for (const rule of COUNTER_RULES) expect(rules).not.toContain(rule);
      for (const text of texts(advice)) expect(text).not.toMatch(COUNTER_WORDS);
    }
    // Accepting asks for nothing; declining does not ask for the range either.
    if (row.recommendation === "accept" || row.recommendation === "consider-declining") {
      for (const why of advice.why) expect(why.text).not.toMatch(/ask for their range/);
    }
    if (row.recommendation === "accept") {
      for (const text of texts(advice)) expect(text).not.toMatch(/\b(ask|asking) (for|about)\b/i);
    }

    // The levers fit the advice, and the sign-on says how it was sized.
    expect(advice.levers.map((l) => l.kind)).toEqual(LEVER_KINDS[row.recommendation]);
    const signOn = advice.levers.find((l) => l.kind === "sign-on-bonus");
    if (row.signOn === undefined) expect(signOn).toBeUndefined();
    else if (row.signOn === null) {
      expect(signOn).toEqual({ kind: "sign-on-bonus", text: "A one-time sign-on bonus.", source: "E-NEG-LEVERS" });
    } else {
      expect(signOn?.sizedFrom).toBe(row.signOn);
      expect(signOn?.amount?.amount).toBeGreaterThan(0);
      expect(signOn?.text).toMatch(SIZED[row.signOn]);
    }

    // A range is reported only when the offer or the market gives one.
    if (row.source === "none") {
      expect(advice.range).toBeUndefined();
      expect(advice.offerPosition).toBeUndefined();
    } else {
      expect(advice.range?.source).toBe(row.source);
      expect(advice.range?.estimated).toBe(row.source !== "posted");
      expect(advice.offerPosition).toBeTypeOf("number");
    }
  });
});

const SIZED: Record<NonNullable<NegotiationLever["sizedFrom"]>, RegExp> = {
  ask: /about what the ask adds to the first year's pay/,
  range:
    /a year of the gap between the offer and the middle of (the posted range|your estimate of the range) \(\$105,000\.00 a year\)/,
  market: /a year of the gap between the offer and the market median \(\$100,000\.00 a year\)/,
  offer: /about 10% of a year's base pay: the room most employers report on a first offer/,
};

describe("the words, by hand", () => {
  it("a fixed salary within a posted range: leave the base, ask for a sign-on sized from the range's middle", () => {
    const advice = adviseNegotiation(
      { base: usd(95000), period: "year", salaryFixed: true, range: range("posted") },
      { fit: "strong" },
    );
    expect(advice.why.map((w) => w.text)).toEqual([
      "The base salary is fixed, so leave it as it is and ask about other terms instead: a sign-on bonus, a later start date, more paid days off, the title, an earlier pay review.",
      "You fit the role strongly: that supports asking for better terms.",
    ]);
    // 105,000 − 95,000 = 10,000, round, so the precise figure below it.
    expect(advice.levers[0]).toMatchObject({ amount: usd(9999), sizedFrom: "range" });
  });

  it("a counter with no range speaks of the room assumed, not of a range", () => {
    const advice = adviseNegotiation({ base: usd(100000), period: "year" }, { fit: "strong" });
    const text = Object.fromEntries(advice.why.map((w) => [w.rule, w.text]));
    expect(text["negotiation.leverage.fit"]).toBe("You fit the role strongly: that supports a bolder ask.");
    expect(text["negotiation.cap"]).toMatch(/^The ask stays within the 10% room assumed above the offer/);
    // (109,900 − 100,000) = 9,900 → the precise figure below it, 9,899.
    expect(advice.levers[0]).toMatchObject({ amount: usd(9899), sizedFrom: "ask" });
  });

  it("declining with no room says so once, then the walk-away", () => {
    const advice = adviseNegotiation(
      { base: usd(120000), period: "year", range: range("posted") },
      { walkAway: 125000 },
    );
    expect(advice.why.slice(-2).map((w) => w.text)).toEqual([
      "There is no room above the offer within the posted range (up to $120,000.00 a year) and no better offer is in hand.",
      "The offer is below your walk-away of $125,000.00 a year and it cannot rise: consider declining, politely, unless other terms make up the difference.",
    ]);
  });
});
