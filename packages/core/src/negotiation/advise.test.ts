import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { isPreciseAmount } from "../money/precise.js";
import type { Offer } from "../schema/offer.js";
import { adviseNegotiation } from "./advise.js";
import type { NegotiationContext } from "./context.js";

const usd = (amount: number) => ({ amount, currency: "USD" });
const posted = { min: 90000, max: 120000, source: "posted" as const };

/*
 * Every figure below is worked out by hand from the defaults (askRaise 0.10, maxAskRaise 0.20,
 * estimatedRoom 0.10, counterPosition 0.25 → 0.75, settleShare 0.5, leverage weights 0.2/0.2/0.1/0.2).
 * E.g. "strong fit, 8 of 5 years": leverage 0.5 + 0.2 × 3/5 + 0.2 = 0.82; the counter reaches
 * 0.25 + 0.5 × 0.82 = 0.66 of 90,000–120,000 = 109,800 (above 95,000 × 1.132 = 107,540, below the cap
 * min(120,000, 114,000)); 109,800 is already precise; target 95,000 + 14,800 / 2 = 102,400;
 * risk 0.156 / 0.25 + 0.25 (no competing offer) = 0.87 → medium.
 */
const table: [string, Offer, NegotiationContext, Record<string, unknown>][] = [
  [
    "fixed salary: other terms, no ask",
    { base: usd(80000), period: "year", salaryFixed: true },
    {},
    { recommendation: "negotiate-other-terms", ask: undefined, floor: usd(80000), risk: "low", signOn: 7999 },
  ],
  [
    "fixed salary at the market's 75th percentile, no leverage: accept",
    { base: usd(80000), period: "year", salaryFixed: true },
    { market: { p50: 60000, p75: 70000 } },
    { recommendation: "accept", ask: undefined, levers: 0 },
  ],
  [
    "fixed salary below the walk-away: consider declining",
    { base: usd(80000), period: "year", salaryFixed: true },
    { walkAway: 85000 },
    { recommendation: "consider-declining", floor: usd(85000) },
  ],
  [
    "bottom of a posted range, meets: the counter reaches the range's first half",
    { base: usd(90000), period: "year", range: posted },
    { fit: "meets" },
    { recommendation: "negotiate", ask: usd(104900), target: usd(97450), floor: usd(90000), risk: "medium" },
  ],
  [
    "middle of a posted range, meets: 10% above the offer",
    { base: usd(105000), period: "year", range: posted },
    { fit: "meets" },
    { recommendation: "negotiate", ask: usd(115500), target: usd(110250), risk: "medium" },
  ],
  [
    "top of a posted range: no room, other terms",
    { base: usd(120000), period: "year", range: posted },
    { fit: "meets" },
    { recommendation: "negotiate-other-terms", ask: undefined },
  ],
  [
    "strong fit, 8 of 5 years",
    { base: usd(95000), period: "year", range: posted },
    { fit: "strong", yearsExperience: 8, yearsRequired: 5 },
    { recommendation: "negotiate", ask: usd(109800), target: usd(102400), leverage: 0.82, risk: "medium" },
  ],
  [
    "partial fit, 3 of 5 years",
    { base: usd(95000), period: "year", range: posted },
    { fit: "partial", yearsExperience: 3, yearsRequired: 5 },
    { recommendation: "negotiate", ask: usd(101800), target: usd(98400), leverage: 0.22, risk: "medium" },
  ],
  [
    "competing offer above the range: the ask may pass the range, never the other offer",
    { base: usd(95000), period: "year", range: posted },
    { fit: "meets", competingOffers: [{ base: usd(130000), period: "year" }] },
    { recommendation: "negotiate", ask: usd(129900), target: usd(112450), leverage: 0.7, risk: "high" },
  ],
  [
    "unknown range, no market: 10% room assumed above the offer, reported as no range",
    { base: usd(100000), period: "year" },
    {},
    { recommendation: "negotiate", ask: usd(109900), target: usd(104950), rangeSource: undefined },
  ],
  [
    "unknown range, market percentiles: range 90,000–130,000 estimated",
    { base: usd(95000), period: "year" },
    { fit: "meets", market: { p25: 90000, p50: 100000, p75: 115000, p90: 130000 } },
    { recommendation: "negotiate", ask: usd(111900), target: usd(103450), leverage: 0.6, rangeSource: "market" },
  ],
  [
    "at the market's 75th percentile with no leverage: accept",
    { base: usd(115000), period: "year" },
    { market: { p50: 100000, p75: 115000 } },
    { recommendation: "accept", ask: undefined, leverage: 0.4 },
  ],
  [
    "at the 75th percentile but a strong fit: negotiate toward the 90th",
    { base: usd(115000), period: "year" },
    { fit: "strong", market: { p50: 100000, p75: 115000, p90: 130000 } },
    { recommendation: "negotiate", leverage: 0.6, ask: usd(127600), target: usd(121300) },
  ],
  [
    "at the 75th percentile, a strong fit, no higher percentile known: other terms",
    { base: usd(115000), period: "year" },
    { fit: "strong", market: { p50: 100000, p75: 115000 } },
    { recommendation: "negotiate-other-terms", ask: undefined },
  ],
  [
    "JPY: whole yen, 4 significant digits",
    { base: { amount: 6_000_000, currency: "JPY" }, period: "year" },
    {},
    { ask: { amount: 6_599_000, currency: "JPY" }, target: { amount: 6_299_500, currency: "JPY" } },
  ],
  [
    "EUR with a given range",
    { base: { amount: 52000, currency: "EUR" }, period: "year", range: { min: 50000, max: 60000, source: "given" } },
    { fit: "meets" },
    { ask: { amount: 57190, currency: "EUR" }, target: { amount: 54595, currency: "EUR" } },
  ],
  [
    "KWD monthly: three decimals",
    { base: { amount: 1500, currency: "KWD" }, period: "month" },
    {},
    // Sign-on: what the ask adds in a year, (1,649 − 1,500) × 12 = 1,788, already precise.
    { ask: { amount: 1649, currency: "KWD" }, target: { amount: 1574.5, currency: "KWD" }, signOn: 1788 },
  ],
  [
    "hourly offer against yearly market pay (40 h × 52 weeks)",
    { base: usd(40), period: "hour" },
    { fit: "strong", market: { p50: 90000, period: "year" } },
    // Sign-on: (46.07 − 40) × 2,080 = 12,625.60 → the precise figure below it, 12,620.
    { ask: usd(46.07), target: usd(43.03), leverage: 0.8, signOn: 12620 },
  ],
];

describe("adviseNegotiation: scenarios computed by hand", () => {
  it.each(table)("%s", (_name, offer, context, expected) => {
    const advice = adviseNegotiation(offer, context);
    for (const key of ["recommendation", "ask", "target", "floor", "risk", "leverage"] as const) {
      if (key in expected) expect(advice[key], key).toEqual(expected[key]);
    }
    if ("levers" in expected) expect(advice.levers).toHaveLength(expected.levers as number);
    if ("signOn" in expected) {
      expect(advice.levers.find((l) => l.kind === "sign-on-bonus")?.amount?.amount).toBe(expected.signOn);
    }
    if ("rangeSource" in expected) expect(advice.range?.source).toBe(expected.rangeSource);
    if ("estimated" in expected) expect(advice.range?.estimated).toBe(expected.estimated);
    expect(advice.period).toBe(offer.period);
    for (const why of advice.why) {
      expect(why.rule).toMatch(/^negotiation\./);
      expect(why.source).toMatch(/^E-NEG-/);
    }
    if (advice.ask) expect(isPreciseAmount(advice.ask)).toBe(true);
  });

  it("names its evidence: fixed salary E-NEG-LEVERS, posted range E-NEG-TRANSPARENCY, ask E-NEG-SIZE, precise E-NEG-PRECISE", () => {
    const fixed = adviseNegotiation({ base: usd(80000), period: "year", salaryFixed: true }, {});
    expect(fixed.why[0]).toMatchObject({ rule: "negotiation.salary-fixed", source: "E-NEG-LEVERS" });
    expect(fixed.levers.map((l) => l.kind)).toEqual([
      "sign-on-bonus",
      "start-date",
      "pto-days",
      "title",
      "review-timing",
    ]);
    expect(fixed.levers.find((l) => l.kind === "pto-days")?.span).toEqual({ min: 5, max: 10, unit: "day" });
    const open = adviseNegotiation({ base: usd(95000), period: "year", range: posted }, { fit: "meets" });
    const sources = Object.fromEntries(open.why.map((w) => [w.rule, w.source]));
    expect(sources).toMatchObject({
      "negotiation.range": "E-NEG-TRANSPARENCY",
      "negotiation.ask": "E-NEG-SIZE",
      "negotiation.precise": "E-NEG-PRECISE",
      "negotiation.risk": "E-NEG-SIZE",
    });
  });

  it("says an assumption is an assumption, and reports no range made from the offer alone", () => {
    const advice = adviseNegotiation({ base: usd(100000), period: "year" }, {});
    const why = advice.why.find((w) => w.rule === "negotiation.range-estimate");
    expect(why).toMatchObject({ source: "E-NEG-ROOM" });
    expect(why?.text).toMatch(/an assumption, not a range/);
    expect(advice.range).toBeUndefined();
    expect(advice.offerPosition).toBeUndefined();
    const market = adviseNegotiation({ base: usd(95000), period: "year" }, { market: { p50: 100000, p75: 115000 } });
    expect(market.why.find((w) => w.rule === "negotiation.range-estimate")?.text).toMatch(/an estimate/);
    expect(market.range).toMatchObject({ source: "market", estimated: true });
  });

  it("below the walk-away with no room: consider declining", () => {
    const advice = adviseNegotiation({ base: usd(120000), period: "year", range: posted }, { walkAway: 125000 });
    expect(advice.recommendation).toBe("consider-declining");
    expect(advice.floor).toEqual(usd(125000));
  });

  it("follows policy overrides", () => {
    const offer: Offer = { base: usd(100000), period: "year", range: { min: 90000, max: 150000 } };
    const base = adviseNegotiation(offer, { fit: "meets" });
    const bolder = adviseNegotiation(offer, {
      fit: "meets",
      policy: { negotiation: { askRaise: 0.15, counterPosition: { low: 0, high: 0 } } },
    });
    expect(base.ask).toEqual(usd(119900)); // reach 0.5 of 90–150k = 120,000, cap 120,000
    expect(bolder.ask).toEqual(usd(114900)); // 100,000 × 1.15
    const hourly = adviseNegotiation(
      { base: usd(40), period: "hour" },
      { market: { p50: 78000, period: "year" }, policy: { negotiation: { hoursPerWeek: 37.5 } } },
    );
    expect(hourly.range?.min).toEqual(usd(40)); // 78,000 / (37.5 × 52) = 40.00
  });

  it("refuses mixed currencies without a rate, and converts with one", () => {
    const offer: Offer = { base: { amount: 90000, currency: "EUR" }, period: "year" };
    const competing = [{ base: usd(110000), period: "year" as const }];
    expect(() => adviseNegotiation(offer, { competingOffers: competing })).toThrow(
      expect.objectContaining({ code: "currency-mismatch" }),
    );
    const advice = adviseNegotiation(offer, { competingOffers: competing, rates: { USD: 0.9 } });
    // 110,000 USD × 0.9 = 99,000 EUR > the cap of 99,000 → lifted to 99,000 → precise 98,990.
    expect(advice.ask).toEqual({ amount: 98990, currency: "EUR" });
  });

  it.each<[string, unknown, unknown, string, string]>([
    ["a negative amount", { base: usd(-1), period: "year" }, {}, "base.amount", "too_small"],
    ["NaN", { base: usd(Number.NaN), period: "year" }, {}, "base.amount", "invalid_type"],
    [
      "an unknown currency",
      { base: { amount: 1, currency: "XYZ" }, period: "year" },
      {},
      "base.currency",
      "unknown-currency",
    ],
    ["min > max", { base: usd(1), period: "year", range: { min: 3, max: 2 } }, {}, "range.max", "range-order"],
    [
      "percentiles out of order",
      { base: usd(1), period: "year" },
      { market: { p50: 10, p75: 5 } },
      "market.p75",
      "range-order",
    ],
    ["a negative walk-away", { base: usd(1), period: "year" }, { walkAway: -5 }, "walkAway", "too_small"],
    ["an unknown fit", { base: usd(1), period: "year" }, { fit: "great" }, "fit", "invalid_value"],
    [
      "a bad competing currency",
      { base: usd(1), period: "year" },
      { competingOffers: [{ base: { amount: 1, currency: "usd" }, period: "year" }] },
      "competingOffers[0].base.currency",
      "unknown-currency",
    ],
    ["a zero rate", { base: usd(1), period: "year" }, { rates: { EUR: 0 } }, "rates.EUR", "too_small"],
    [
      "a bad policy",
      { base: usd(1), period: "year" },
      { policy: { negotiation: { askRaise: 2 } } },
      "policy.negotiation.askRaise",
      "too_big",
    ],
  ])("refuses %s with a typed error", (_name, offer, context, path, code) => {
    try {
      adviseNegotiation(offer as Offer, context as NegotiationContext);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it("throws only AfterviewErrors for junk input", () => {
    for (const junk of [null, 42, "offer", [], { base: null }]) {
      expect(() => adviseNegotiation(junk as unknown as Offer, {})).toThrow(AfterviewError);
      expect(() => adviseNegotiation({ base: usd(1), period: "year" }, junk as unknown as NegotiationContext)).toThrow(
        AfterviewError,
      );
    }
  });
});
