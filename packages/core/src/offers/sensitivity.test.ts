import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { exact, toMoney } from "../money/exact.js";
import type { Money, Offer } from "../schema/offer.js";
import { compareOffers } from "./compare.js";
import type { BreakEven } from "./sensitivity.js";

const eur = (amount: number) => ({ amount, currency: "EUR" });
/** Every term stated as none, so only what a row leaves out is unknown. */
const none = {
  targetBonus: { percent: 0 },
  signOnBonus: eur(0),
  equity: { amount: eur(0), vestingYears: 0 },
} satisfies Partial<Offer>;

describe("compareOffers: the ranking's sensitivity to unknown terms (issue 14.3)", () => {
  /*
   * By hand: both pay 70,000 a year, so a day off is worth 70,000 / 260 = 269.23. Berlin's 30 days
   * are 8,076.92. Tokyo needs more than that: 30 days tie on both totals and the tie goes to the
   * earlier offer (Berlin), so 31 days.
   */
  const berlin: Offer = { id: "berlin", base: eur(70000), period: "year", ptoDays: 30, ...none };
  const tokyo: Offer = { id: "tokyo", base: eur(70000), period: "year", ...none };

  it.each<[string, Offer[], BreakEven[], string[]]>([
    [
      "unknown days off: the whole days that would put it first",
      [berlin, tokyo],
      [{ id: "tokyo", term: "ptoDays", days: 31 }],
      ["tokyo would rank first if it gives at least 31 days off a year."],
    ],
    [
      "listed first, the tie would go to tokyo: 30 days",
      [tokyo, berlin],
      [{ id: "tokyo", term: "ptoDays", days: 30 }],
      ["tokyo would rank first if it gives at least 30 days off a year."],
    ],
    [
      // 8,076.92 behind: a bonus of exactly that ties both totals and loses on input order.
      "an unknown bonus and sign-on: amounts exact to the cent",
      [berlin, { ...tokyo, ptoDays: 0, targetBonus: undefined, signOnBonus: undefined }],
      [
        { id: "tokyo", term: "targetBonus", amount: eur(8076.93) },
        // A quarter of the sign-on counts a year: 4 × 8,076.92 = 32,307.68 ties, and wins on the first year.
        { id: "tokyo", term: "signOnBonus", amount: eur(32307.68) },
      ],
      [
        "tokyo would rank first if its target bonus is at least €8,076.93 a year, or if its sign-on bonus is at least €32,307.68.",
      ],
    ],
    [
      "the leader's own unknowns can only add to its lead",
      [{ ...berlin, equity: undefined }, tokyo],
      [{ id: "tokyo", term: "ptoDays", days: 31 }],
      [
        "tokyo would rank first if it gives at least 31 days off a year (more, if berlin's equity turns out to be worth something).",
        "berlin's own unknown equity could only add to its lead.",
      ],
    ],
    [
      "no number of days off would close the gap",
      [{ ...berlin, base: eur(700000) }, tokyo],
      [{ id: "tokyo", term: "ptoDays", days: null }],
      ["tokyo would not rank first on its unknown days off alone, however many they are."],
    ],
  ])("%s", (_name, offers, sensitivity, sentences) => {
    const result = compareOffers(offers);
    expect(result.sensitivity).toEqual(sensitivity);
    expect(result.why.filter((w) => w.rule === "offers.sensitivity").map((w) => w.text)).toEqual(sentences);
    for (const why of result.why) expect(why.source).toMatch(/^E-NEG-(LEVERS|ROOM)$/);
  });

  it("names unknown days off in the difference instead of a negative value", () => {
    const result = compareOffers([berlin, tokyo]);
    const difference = result.why.find((w) => w.rule === "offers.difference")?.text;
    expect(difference).toBe(
      "tokyo is worth €8,076.92 a year less than berlin on what is known; unknown, so not compared: tokyo's days off.",
    );
    expect(difference).not.toMatch(/days off [−-]/);
    expect(result.offers[1]?.parts.pto).toBeNull();
  });
});

const CURRENCIES = ["USD", "EUR", "JPY"] as const;

/** Offers in one currency whose terms are each stated or left unknown. */
const offers = fc
  .constantFrom(...CURRENCIES)
  .chain((currency) => {
    const cents = currency === "JPY" ? 1 : 100;
    const money = (max: number) =>
      fc.integer({ min: 0, max: max * cents }).map((u) => ({ amount: u / cents, currency }));
    const offer = fc.record(
      {
        base: fc.integer({ min: 20_000 * cents, max: 300_000 * cents }).map((u) => ({ amount: u / cents, currency })),
        period: fc.constantFrom<Offer["period"]>("year", "month"),
        ptoDays: fc.integer({ min: 0, max: 40 }),
        targetBonus: fc.integer({ min: 0, max: 30 }).map((percent) => ({ percent })),
        signOnBonus: money(50_000),
        equity: fc.record({
          amount: money(200_000),
          vestingYears: fc.constantFrom(0, 1, 3, 4),
          cliffMonths: fc.constantFrom(0, 12),
        }),
      },
      { requiredKeys: ["base", "period"] },
    );
    return fc.array(offer, { minLength: 2, maxLength: 4 });
  })
  .map((list) => list.map((o, i): Offer => ({ ...o, id: `o${i}` })));

/** `offer` with one term set to the break-even value, `less` units (or days) below it. */
function withTerm(offer: Offer, b: BreakEven, less: bigint): Offer {
  if (b.term === "ptoDays") return { ...offer, ptoDays: b.days! - Number(less) };
  const value = exact(b.amount);
  const amount: Money = toMoney({ ...value, units: value.units - less });
  if (b.term === "targetBonus") return { ...offer, targetBonus: { amount } };
  if (b.term === "signOnBonus") return { ...offer, signOnBonus: amount };
  // Equity of `amount` a year: four years' worth vesting evenly over four years, no cliff.
  return { ...offer, equity: { amount: toMoney({ ...value, units: (value.units - less) * 4n }), vestingYears: 4 } };
}

describe("compareOffers: break-evens are exact", () => {
  test.prop([offers], { numRuns: 150 })(
    "at the break-even the offer ranks first, one unit (or day) less it does not",
    (list) => {
      const result = compareOffers(list);
      const leader = result.offers[0]!;
      expect(result.sensitivity.every((b) => b.id !== leader.id)).toBe(true);
      for (const b of result.sensitivity) {
        const index = list.findIndex((o) => o.id === b.id);
        const first = (offer: Offer) => compareOffers(list.map((o, i) => (i === index ? offer : o))).offers[0]?.id;
        if (b.term === "ptoDays" && b.days === null) {
          expect(first({ ...list[index]!, ptoDays: 366 })).not.toBe(b.id);
          continue;
        }
        expect(first(withTerm(list[index]!, b, 0n))).toBe(b.id);
        const value = b.term === "ptoDays" ? BigInt(b.days!) : exact(b.amount).units;
        if (value > 0n) expect(first(withTerm(list[index]!, b, 1n))).not.toBe(b.id);
      }
    },
  );
});
