import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { currencyDigits } from "../money/digits.js";
import { isPreciseAmount } from "../money/precise.js";
import type { Money, Offer } from "../schema/offer.js";
import { adviseNegotiation } from "./advise.js";
import type { Fit, NegotiationContext } from "./context.js";

const CURRENCIES = ["USD", "EUR", "GBP", "JPY", "KWD", "HUF", "CLP", "BHD", "INR"] as const;
const FITS: Fit[] = ["partial", "meets", "strong"];

/** An amount of whole units in use, between 1 and 10^9 units, in major units. */
const money = (currency: string, units: number): Money => ({
  amount: units / 10 ** currencyDigits(currency),
  currency,
});

const scenario = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    period: fc.constantFrom("hour", "month", "year") as fc.Arbitrary<Offer["period"]>,
    base: fc.integer({ min: 1, max: 1_000_000_000 }),
    range: fc.option(
      fc.tuple(fc.double({ min: 0.5, max: 1.2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    ),
    fixed: fc.boolean(),
    years: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 15 }))),
    fit: fc.option(fc.constantFrom(...FITS)),
    market: fc.option(fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { minLength: 1, maxLength: 4 })),
    competing: fc.array(fc.double({ min: 0.5, max: 2, noNaN: true }), { maxLength: 3 }),
    walkAway: fc.option(fc.double({ min: 0, max: 1.5, noNaN: true })),
  })
  .map((s) => {
    const units = (share: number) => Math.max(0, Math.round(s.base * share));
    const major = (share: number) => money(s.currency, units(share)).amount;
    const offer: Offer = { base: money(s.currency, s.base), period: s.period };
    if (s.range) {
      // Sums in whole units, not in floating major units: an amount must be exact in its currency.
      const low = units(s.range[0]);
      const max = money(s.currency, low + units(s.range[1])).amount;
      offer.range = { min: major(s.range[0]), max, source: "posted" };
    }
    if (s.fixed) offer.salaryFixed = true;
    const context: NegotiationContext = {};
    if (s.years) [context.yearsExperience, context.yearsRequired] = s.years;
    if (s.fit) context.fit = s.fit;
    if (s.market) {
      const sorted = [...s.market].sort((a, b) => a - b).map(major);
      const keys = (["p25", "p50", "p75", "p90"] as const).slice(4 - sorted.length);
      context.market = Object.fromEntries(keys.map((k, i) => [k, sorted[i]]));
    }
    if (s.competing.length > 0) {
      context.competingOffers = s.competing.map((share) => ({
        base: money(s.currency, units(share)),
        period: s.period,
      }));
    }
    if (s.walkAway !== null) context.walkAway = major(s.walkAway);
    return { offer, context };
  });

function moneyIn(value: unknown, out: Money[] = []): Money[] {
  if (Array.isArray(value)) for (const v of value) moneyIn(v, out);
  else if (value && typeof value === "object") {
    if ("amount" in value && "currency" in value) out.push(value as Money);
    else for (const v of Object.values(value)) moneyIn(v, out);
  }
  return out;
}

describe("adviseNegotiation properties", () => {
  test.prop([scenario], { numRuns: 400 })(
    "the ask is above the offer, within the cap, precise, in the currency's unit; target and floor in order",
    ({ offer, context }) => {
      const advice = adviseNegotiation(offer, context);
      const base = offer.base.amount;
      const unit = 10 ** currencyDigits(offer.base.currency);
      if (advice.ask) {
        const ask = advice.ask.amount;
        expect(advice.recommendation).toBe("negotiate");
        expect(ask).toBeGreaterThan(base);
        expect(isPreciseAmount(advice.ask)).toBe(true);
        expect(Number.isInteger(Math.round(ask * unit * 1e6) / 1e6)).toBe(true);
        const best = Math.max(0, ...(context.competingOffers ?? []).map((o) => o.base.amount));
        // With no range reported, the room assumed is 10% above the offer.
        const rangeMax = advice.range?.max.amount ?? base * 1.1;
        const cap = Math.max(Math.min(rangeMax, base * 1.2), best);
        expect(ask).toBeLessThanOrEqual(cap * (1 + 1e-12) + 1e-9);
        if (ask > rangeMax) expect(ask).toBeLessThanOrEqual(best);
        expect(advice.target!.amount).toBeGreaterThanOrEqual(base);
        expect(advice.target!.amount).toBeLessThanOrEqual(ask);
      } else {
        expect(advice.recommendation).not.toBe("negotiate");
      }
      if (offer.salaryFixed) expect(advice.ask).toBeUndefined();
      expect(advice.floor!.amount).toBeGreaterThanOrEqual(base);
      expect(advice.leverage).toBeGreaterThanOrEqual(0);
      expect(advice.leverage).toBeLessThanOrEqual(1);
      for (const m of moneyIn(advice)) {
        expect(Number.isFinite(m.amount)).toBe(true);
        expect(m.amount).toBeGreaterThanOrEqual(0);
      }
      for (const why of advice.why) expect(why.source).toMatch(/^E-NEG-/);
      expect(adviseNegotiation(offer, context)).toEqual(advice);
    },
  );

  test.prop([scenario], { numRuns: 300 })(
    "only a counter speaks of one; accept needs market data; a range is reported only when one was given or estimated",
    ({ offer, context }) => {
      const advice = adviseNegotiation(offer, context);
      if (offer.salaryFixed) expect(advice.recommendation).not.toBe("negotiate");
      if (!context.market) expect(advice.recommendation).not.toBe("accept");
      if (advice.recommendation !== "negotiate") {
        for (const text of [...advice.why, ...advice.levers].map((x) => x.text)) {
          expect(text).not.toMatch(/counter|\bthe ask\b|\btarget\b|settle/i);
        }
      }
      expect(advice.range === undefined).toBe(offer.range === undefined && context.market === undefined);
      expect(advice.offerPosition === undefined).toBe(advice.range === undefined);
    },
  );

  test.prop([scenario, fc.integer({ min: 1, max: 20 })], { numRuns: 300 })(
    "more leverage never lowers the ask (better fit, more experience, a higher competing offer)",
    ({ offer, context }, extraYears) => {
      const better: NegotiationContext[] = [
        { ...context, fit: FITS[Math.min(2, FITS.indexOf(context.fit ?? "meets") + 1)]! },
        {
          ...context,
          yearsExperience: (context.yearsExperience ?? 5) + extraYears,
          yearsRequired: context.yearsRequired ?? 5,
        },
        {
          ...context,
          competingOffers: [
            ...(context.competingOffers ?? []),
            { base: { ...offer.base, amount: offer.base.amount * 2 }, period: offer.period },
          ],
        },
      ];
      const before = adviseNegotiation(offer, context);
      for (const ctx of better) {
        if (ctx.yearsExperience !== context.yearsExperience && context.yearsExperience === undefined) continue;
        const after = adviseNegotiation(offer, ctx);
        expect(after.leverage).toBeGreaterThanOrEqual(before.leverage);
        if (before.ask) {
          expect(after.ask).toBeDefined();
          expect(after.ask!.amount).toBeGreaterThanOrEqual(before.ask.amount);
        }
      }
    },
  );
});
