import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import type { Offer } from "../schema/offer.js";
import { compareOffers } from "./compare.js";

const usd = (amount: number) => ({ amount, currency: "USD" });

const acme: Offer = {
  id: "acme",
  base: usd(100000),
  period: "year",
  targetBonus: { percent: 10 },
  signOnBonus: usd(8000),
  equity: { amount: usd(40000), vestingYears: 4, cliffMonths: 12 },
  ptoDays: 20,
};
const globex: Offer = {
  id: "globex",
  base: usd(55),
  period: "hour",
  ptoDays: 15,
  deadline: "2026-12-10T17:00:00-05:00[America/New_York]",
};
const initech: Offer = {
  id: "initech",
  base: { amount: 90000, currency: "EUR" },
  period: "year",
  signOnBonus: { amount: 5000, currency: "EUR" },
  ptoDays: 25,
  deadline: "2026-12-08T17:00:00+01:00[Europe/Berlin]",
};

describe("compareOffers", () => {
  /*
   * By hand, in USD, over 4 years, 52 weeks of 5 days:
   * acme    base 100,000 + bonus 10,000 + PTO 100,000 × 20/260 = 7,692.31; first year + sign-on 8,000 +
   *         equity 10,000 = 135,692.31; annualised + 8,000/4 + 10,000 = 129,692.31.
   * globex  55 × 40 × 52 = 114,400 + PTO 114,400 × 15/260 = 6,600 → 121,000 both ways.
   * initech 90,000 EUR × 1.1 = 99,000 + PTO 9,519.23; sign-on 5,500 → first 114,019.23, annualised 109,894.23.
   */
  const result = compareOffers([globex, initech, acme], { rates: { EUR: 1.1 }, now: "2026-12-09T12:00:00Z" });

  it("ranks by annualised total, with first-year totals and the parts", () => {
    expect(result.currency).toBe("USD");
    expect(result.offers.map((o) => [o.id, o.rank, o.index, o.firstYear.amount, o.annualised.amount])).toEqual([
      ["acme", 1, 2, 135692.31, 129692.31],
      ["globex", 2, 0, 121000, 121000],
      ["initech", 3, 1, 114019.23, 109894.23],
    ]);
    expect(result.offers[0]?.parts).toEqual({
      base: usd(100000),
      bonus: usd(10000),
      signOn: usd(8000),
      equityFirstYear: usd(10000),
      equityPerYear: usd(10000),
      pto: usd(7692.31),
    });
    expect(result.offers.map((o) => o.behindBest.amount)).toEqual([0, 8692.31, 19798.08]);
  });

  it("explains the differences and surfaces deadlines soonest first", () => {
    expect(result.why.find((w) => w.rule === "offers.difference")?.text).toBe(
      "globex is worth $8,692.31 a year less than acme on what is known (base +$14,400.00, days off −$1,092.31 a year); unknown, so not compared: globex's target bonus, sign-on bonus and equity.",
    );
    expect(result.deadlines).toEqual([
      { id: "initech", deadline: initech.deadline, passed: true },
      { id: "globex", deadline: globex.deadline, passed: false },
    ]);
    expect(result.why.at(-1)?.rule).toBe("offers.deadline");
    for (const why of result.why) expect(why.source).toMatch(/^E-/);
  });

  it("a cliff longer than a year leaves nothing vested in the first year; vested at once counts whole", () => {
    const cliff = compareOffers([{ ...acme, equity: { amount: usd(40000), vestingYears: 4, cliffMonths: 18 } }]);
    expect(cliff.offers[0]?.parts.equityFirstYear?.amount).toBe(0);
    expect(cliff.offers[0]?.parts.equityPerYear?.amount).toBe(10000);
    const atOnce = compareOffers([{ ...acme, equity: { amount: usd(40000), vestingYears: 0 } }]);
    expect(atOnce.offers[0]?.parts.equityFirstYear?.amount).toBe(40000);
    expect(atOnce.offers[0]?.parts.equityPerYear?.amount).toBe(10000);
  });

  it("unknown terms are null and listed, not zero; the totals count what is known", () => {
    const [, globexRanked, initechRanked] = result.offers;
    expect(globexRanked?.unknown).toEqual(["targetBonus", "signOnBonus", "equity"]);
    expect(globexRanked?.parts).toEqual({
      base: usd(114400),
      bonus: null,
      signOn: null,
      equityFirstYear: null,
      equityPerYear: null,
      pto: usd(6600),
    });
    expect(initechRanked?.unknown).toEqual(["targetBonus", "equity"]);
    expect(result.offers[0]?.unknown).toEqual([]);
    expect(result.why.find((w) => w.rule === "offers.unknown")?.text).toBe(
      "Totals count only what each offer states. Unknown, so not counted: globex's target bonus, sign-on bonus and equity; initech's target bonus and equity. Write 0 for a term an offer does not include.",
    );
  });

  it("a term stated as 0 is known to be none", () => {
    const none = compareOffers([
      {
        id: "plain",
        base: usd(100000),
        period: "year",
        ptoDays: 0,
        targetBonus: { percent: 0 },
        signOnBonus: usd(0),
        equity: { amount: usd(0), vestingYears: 0 },
      },
    ]);
    expect(none.offers[0]?.unknown).toEqual([]);
    expect(none.offers[0]?.parts.pto).toEqual(usd(0));
    expect(none.sensitivity).toEqual([]);
    expect(none.why.map((w) => w.rule)).toEqual(["offers.compare"]);
  });

  it("refuses mixed currencies without rates", () => {
    expect(() => compareOffers([acme, initech])).toThrow(expect.objectContaining({ code: "currency-mismatch" }));
    expect(() => compareOffers([acme, initech])).toThrow(AfterviewError);
  });

  it.each<[unknown, unknown, string]>([
    [[], undefined, "offers"],
    [[{ ...acme, base: usd(-5) }], undefined, "offers[0].base.amount"],
    [[acme, { ...globex, targetBonus: {} }], undefined, "offers[1].targetBonus"],
    [[acme], { rates: { EUR: -1 } }, "context.rates.EUR"],
    [[acme], { currency: "usd" }, "context.currency"],
    ["acme", undefined, "offers"],
  ])("refuses %j with a typed error at %s", (offers, context, path) => {
    try {
      compareOffers(offers as Offer[], context as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});
