// Negotiating an offer: a posted range, eight years of experience where five are asked for, a strong
// fit. afterview gives the precise figure to ask, what to expect, the floor, other terms to ask for,
// and every reason with its evidence id; then it compares the offer with a competing hourly one.
// Run after `pnpm build`: `pnpm exec tsx examples/negotiation.ts`. It checks its own output.
import assert from "node:assert/strict";
import { adviseNegotiation, compareOffers, formatMoney, type Offer } from "@afterview/core";

const offer: Offer = {
  id: "acme",
  base: { amount: 95000, currency: "USD" },
  period: "year",
  range: { min: 90000, max: 120000, source: "posted" },
  ptoDays: 15,
  deadline: "2026-12-11T17:00:00-05:00[America/New_York]",
};

const advice = adviseNegotiation(offer, { yearsExperience: 8, yearsRequired: 5, fit: "strong" });

console.log(`Recommendation: ${advice.recommendation} (risk ${advice.risk}, leverage ${advice.leverage})`);
console.log(
  `Ask ${formatMoney(advice.ask!)}, expect about ${formatMoney(advice.target!)}, floor ${formatMoney(advice.floor!)}`,
);
for (const why of advice.why) console.log(`  - ${why.text} [${why.source}]`);
console.log("If the base will not move:");
for (const lever of advice.levers) console.log(`  - ${lever.text}`);

// 0.5 + 0.2 × 3/5 (experience) + 0.2 (strong fit) = 0.82; the counter reaches 66% into the range.
assert.equal(advice.recommendation, "negotiate");
assert.equal(advice.leverage, 0.82);
assert.deepEqual(advice.ask, { amount: 109800, currency: "USD" });
assert.deepEqual(advice.target, { amount: 102400, currency: "USD" });
assert.deepEqual(advice.floor, { amount: 95000, currency: "USD" });
assert.equal(advice.risk, "medium");
assert.ok(advice.why.every((why) => why.rule.startsWith("negotiation.") && why.source?.startsWith("E-NEG-")));
assert.equal(formatMoney(advice.ask!, "de-DE").replace(/\s/g, " "), "109.800,00 $");

// A competing offer paid by the hour: 52 USD × 40 hours × 52 weeks = 108,160 a year.
const comparison = compareOffers([
  offer,
  { id: "globex", base: { amount: 52, currency: "USD" }, period: "hour", ptoDays: 20 },
]);
console.log("Compared per year:");
for (const o of comparison.offers) console.log(`  ${o.rank}. ${o.id}: ${formatMoney(o.annualised)}`);
assert.deepEqual(
  comparison.offers.map((o) => [o.id, o.annualised.amount]),
  [
    ["globex", 116480], // 108,160 + 20 days × 108,160 / 260
    ["acme", 100480.77], // 95,000 + 15 days × 95,000 / 260
  ],
);
assert.deepEqual(comparison.deadlines, [{ id: "acme", deadline: offer.deadline }]);
