import { compareOffers, type Offer } from "@afterview/core";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { formatComparison } from "./format-comparison.js";

const plain = createColors(false);
const eur = (amount: number) => ({ amount, currency: "EUR" });

describe("formatComparison", () => {
  const berlin: Offer = {
    id: "berlin",
    base: eur(70000),
    period: "year",
    ptoDays: 30,
    targetBonus: { percent: 0 },
    signOnBonus: eur(0),
    equity: { amount: eur(0), vestingYears: 0 },
  };
  const tokyo: Offer = { ...berlin, id: "tokyo", ptoDays: undefined };

  it("writes an unknown term as unknown, never as zero or a difference, and says what would change the ranking", () => {
    const out = formatComparison(compareOffers([berlin, tokyo]), plain);
    expect(out).toEqual([
      "Compared with your other offers, a year in EUR (unknown terms are not counted):",
      "  1. berlin: €78,076.92 a year on average, €78,076.92 in the first year",
      "     base €70,000.00, target bonus €0.00, sign-on €0.00 once, equity €0.00, days off €8,076.92",
      "  2. tokyo: €70,000.00 a year on average, €70,000.00 in the first year of what is known",
      "     base €70,000.00, target bonus €0.00, sign-on €0.00 once, equity €0.00, days off unknown",
      "  - Offers compared per year in EUR: base, target bonus, paid days off at the daily rate (52 weeks of 5 days), and sign-on and equity averaged over 4 years; hourly pay at 40 hours a week. [E-NEG-LEVERS]",
      "  - Totals count only what each offer states. Unknown, so not counted: tokyo's days off. Write 0 for a term an offer does not include. [E-NEG-LEVERS]",
      "  - tokyo is worth €8,076.92 a year less than berlin on what is known; unknown, so not compared: tokyo's days off. [E-NEG-LEVERS]",
      "  - tokyo would rank first if it gives at least 31 days off a year. [E-NEG-LEVERS]",
    ]);
    expect(out.join("\n")).not.toMatch(/days off [−-]/);
  });

  it("says nothing of unknowns when every term is stated", () => {
    const out = formatComparison(compareOffers([berlin, { ...berlin, id: "paris", ptoDays: 25 }]), plain);
    expect(out[0]).toBe("Compared with your other offers, a year in EUR:");
    expect(out.join("\n")).not.toMatch(/unknown|of what is known/);
  });
});
