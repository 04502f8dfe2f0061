// Comparing two offers: one in New York with a bonus and a sign-on payment, one in Berlin paid in
// euros with equity and more days off. compareOffers puts each on a yearly footing in one currency
// (with the exchange rate you give it), ranks them, says where the difference comes from, and lists
// the deadlines soonest first.
// Run after `pnpm build`: `pnpm exec tsx examples/compare-offers.ts`. It checks its own output.
import assert from "node:assert/strict";
import { AfterviewError, compareOffers, formatMoney, type Money, type Offer } from "@afterview/core";

const acme: Offer = {
  id: "acme",
  base: { amount: 150000, currency: "USD" },
  period: "year",
  targetBonus: { percent: 10 },
  signOnBonus: { amount: 20000, currency: "USD" },
  ptoDays: 15,
  deadline: "2026-12-16T17:00:00-05:00[America/New_York]",
};
const northwind: Offer = {
  id: "northwind",
  base: { amount: 125000, currency: "EUR" },
  period: "year",
  equity: { amount: { amount: 100000, currency: "EUR" }, vestingYears: 4, cliffMonths: 12 },
  ptoDays: 30,
  deadline: "2026-12-14T18:00:00+01:00[Europe/Berlin]",
};

// Euros count only at a rate you choose: afterview never looks one up.
const comparison = compareOffers([acme, northwind], {
  rates: { EUR: 1.08 }, // one euro is 1.08 dollars
  now: "2026-12-10T09:00:00-05:00[America/New_York]",
});

// A term an offer does not state is unknown (null), not zero: Acme names no equity, Northwind no bonus.
const money = (value: Money | null) => (value === null ? "unknown" : formatMoney(value));
console.log(`Compared in ${comparison.currency}:`);
for (const offer of comparison.offers) {
  const { parts } = offer;
  console.log(
    `  ${offer.rank}. ${offer.id}: ${formatMoney(offer.annualised)} a year on average, ${formatMoney(offer.firstYear)} in the first year`,
  );
  console.log(
    `     base ${money(parts.base)}, bonus ${money(parts.bonus)}, sign-on ${money(parts.signOn)}, equity ${money(parts.equityPerYear)}${parts.equityPerYear ? "/yr" : ""}, days off worth ${money(parts.pto)}`,
  );
}
for (const { id, deadline } of comparison.deadlines) console.log(`  answer ${id} by ${deadline}`);
for (const why of comparison.why) console.log(`  - ${why.text} [${why.source}]`);

// Acme: 150,000 + 10% bonus + 15 days off at 150,000 / 260 a day, plus the 20,000 sign-on once
// (spread over the four years compared: 5,000 a year).
const [first, second] = comparison.offers;
assert.equal(first?.id, "acme");
assert.deepEqual(
  [first?.parts.bonus?.amount, first?.parts.pto?.amount, first?.firstYear.amount, first?.annualised.amount],
  [15000, 8653.85, 193653.85, 178653.85],
);
// Northwind in dollars: 135,000 base; 108,000 of equity vesting over four years (27,000 a year, the
// first share after the twelve-month cliff, so still inside year one); 30 days off at 135,000 / 260.
assert.equal(second?.id, "northwind");
assert.deepEqual(
  [
    second?.parts.base.amount,
    second?.parts.equityFirstYear?.amount,
    second?.parts.pto?.amount,
    second?.annualised.amount,
  ],
  [135000, 27000, 15576.92, 177576.92],
);
assert.equal(second?.behindBest.amount, 1076.93);
// What is unknown is named, and the ranking says what would change it: a bonus 1 cent past the gap,
// since an exact tie goes to the better first year, Acme's.
assert.deepEqual(first?.unknown, ["equity"]);
assert.deepEqual(second?.unknown, ["targetBonus", "signOnBonus"]);
assert.deepEqual(comparison.sensitivity[0], {
  id: "northwind",
  term: "targetBonus",
  amount: { amount: 1076.94, currency: "USD" },
});
assert.ok(comparison.offers.every((offer) => offer.annualised.currency === "USD"));

// Close on money, so the deadlines matter: Northwind must be answered first (14 December in Berlin).
assert.deepEqual(
  comparison.deadlines.map((d) => [d.id, d.passed]),
  [
    ["northwind", false],
    ["acme", false],
  ],
);
assert.ok(comparison.why.some((why) => why.rule === "offers.deadline" && why.text.startsWith("northwind")));

// Without the rate there is no honest comparison: a typed error names the field and the fix.
assert.throws(
  () => compareOffers([acme, northwind]),
  (error: unknown) =>
    error instanceof AfterviewError &&
    error.code === "currency-mismatch" &&
    /offers\[1\]\.base.*EUR/.test(error.message),
);

// Compared in euros instead, the ranking stays the same.
const inEuros = compareOffers([acme, northwind], { currency: "EUR", rates: { USD: 0.925 } });
assert.deepEqual(
  inEuros.offers.map((offer) => offer.id),
  ["acme", "northwind"],
);
console.log(`${comparison.offers.length} offers compared`);
