import { compareOffers, type Offer } from "@afterview/core";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { formatOfferTable } from "./format-offer-table.js";

const plain = createColors(false);
const usd = (amount: number) => ({ amount, currency: "USD" });

describe("formatOfferTable", () => {
  const acme: Offer = {
    id: "acme",
    base: usd(100000),
    period: "year",
    ptoDays: 20,
    signOnBonus: usd(0),
    deadline: "2026-12-02T17:00:00-05:00[America/New_York]",
  };
  const globex: Offer = { id: "globex", base: usd(50), period: "hour", targetBonus: { percent: 10 } };

  it("one column per offer, best first; a term not stated is unknown (never 0), a stated 0 is 0", () => {
    const offers = [acme, globex];
    const comparison = compareOffers(offers, { now: "2026-11-27T12:00:00-06:00" });
    const lines = formatOfferTable(comparison, offers, plain);
    // Globex's hourly 50 is 104,000 a year (40 hours × 52 weeks); its bonus is 10% of that.
    expect(lines.slice(0, lines.indexOf("Why:"))).toEqual([
      "Offers compared, a year in USD (unknown terms are not counted):",
      "",
      "                         1. globex       2. acme",
      "  a year on average      $114,400.00 *   $107,692.31 *",
      "  first year             $114,400.00 *   $107,692.31 *",
      "  base, a year           $104,000.00     $100,000.00",
      "  target bonus, a year   $10,400.00      unknown",
      "  sign-on bonus, once    unknown         $0.00",
      "  equity, a year         unknown         unknown",
      "  days off, a year       unknown         20",
      "    valued at            unknown         $7,692.31",
      "",
      "* Of what is known: the offer leaves some terms unknown, so it may be worth more.",
      "",
      "Answer by, soonest first:",
      "  acme     Wed 2026-12-02 17:00 (America/New_York)",
      "  globex   no deadline given",
      "",
    ]);
  });
});

describe("formatOfferTable: deadlines", () => {
  it("lists them soonest first, says which have passed, and names offers without one last", () => {
    const offers: Offer[] = [
      { id: "late", base: usd(1), period: "year", deadline: "2026-12-10T17:00:00-05:00[America/New_York]" },
      { id: "none", base: usd(1), period: "year" },
      { id: "gone", base: usd(1), period: "year", deadline: "2026-11-20T17:00:00+01:00[Europe/Berlin]" },
    ];
    const lines = formatOfferTable(compareOffers(offers, { now: "2026-11-27T12:00:00-06:00" }), offers, plain);
    const at = lines.indexOf("Answer by, soonest first:");
    expect(lines.slice(at + 1, at + 4)).toEqual([
      "  gone   Fri 2026-11-20 17:00 (Europe/Berlin), passed",
      "  late   Thu 2026-12-10 17:00 (America/New_York)",
      "  none   no deadline given",
    ]);
  });
});
