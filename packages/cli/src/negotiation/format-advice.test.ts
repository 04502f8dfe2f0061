import { adviseNegotiation, type NegotiationContext, type Offer } from "@afterview/core";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { formatAdvice } from "./format-advice.js";

const plain = createColors(false);
const usd = (amount: number) => ({ amount, currency: "USD" });
const posted = { min: 90000, max: 120000, source: "posted" as const };

const lines = (offer: Offer, context: NegotiationContext = {}) =>
  formatAdvice(offer, adviseNegotiation(offer, context), plain);

describe("formatAdvice prints only what the advice does (issue 14.3)", () => {
  it.each<[string, Offer, NegotiationContext, string | null]>([
    [
      "a posted range",
      { base: usd(95000), period: "year", range: posted },
      {},
      "Range: $90,000.00 to $120,000.00 (posted); the offer sits 17% into it",
    ],
    [
      "the candidate's own estimate",
      { base: usd(95000), period: "year", range: { ...posted, source: "estimated" } },
      {},
      "Range: $90,000.00 to $120,000.00 (your estimate); the offer sits 17% into it",
    ],
    [
      "market pay, the offer below it",
      { base: usd(95000), period: "year", salaryFixed: true },
      { market: { p50: 100000, p75: 115000 } },
      "Range: $100,000.00 to $115,000.00 (estimated from market pay); the offer is below it",
    ],
    ["no range and no market data: no range line", { base: usd(95000), period: "year", salaryFixed: true }, {}, null],
    ["no range, a counter: still no range line", { base: usd(95000), period: "year" }, {}, null],
  ])("%s", (_name, offer, context, range) => {
    const out = lines(offer, context);
    const found = out.filter((line) => line.startsWith("Range:"));
    expect(found).toEqual(range === null ? [] : [range]);
    expect(out.join("\n")).not.toMatch(/estimated from offer|sits 0% into/);
  });

  it("a counter: the figures, the risk, and the terms if the base will not move", () => {
    const out = lines({ base: usd(95000), period: "year", range: posted }, { fit: "strong" });
    expect(out).toContain("Advice: negotiate the base pay (risk medium, leverage 0.7)");
    expect(out.some((l) => l.startsWith("  Ask for     $"))).toBe(true);
    expect(out.some((l) => l.startsWith("  Your floor  $95,000.00 a year"))).toBe(true);
    expect(out).toContain("If the base will not move, ask for:");
  });

  it.each<[string, Offer, NegotiationContext, string]>([
    [
      "a fixed salary",
      { base: usd(95000), period: "year", salaryFixed: true, range: posted },
      { fit: "strong" },
      "keep the base, negotiate other terms (leverage 0.7)",
    ],
    [
      "accept",
      { base: usd(115000), period: "year" },
      { market: { p50: 100000, p75: 115000 } },
      "accept as offered (leverage 0.4)",
    ],
    [
      "consider declining",
      { base: usd(80000), period: "year", salaryFixed: true },
      { walkAway: 85000 },
      "consider declining (leverage 0.5)",
    ],
  ])("no counter (%s): no figures, no risk, no counter words", (_name, offer, context, advice) => {
    const out = lines(offer, context);
    expect(out).toContain(`Advice: ${advice}`);
    const text = out.join("\n");
    expect(text).not.toMatch(/^ {2}(Ask for|Aim for|Your floor) /m);
    expect(text).not.toMatch(/\brisk\b|counter|\bthe ask\b/i);
    if (out.includes("Other terms to ask for:")) expect(text).not.toMatch(/If the base will not move/);
  });
});
