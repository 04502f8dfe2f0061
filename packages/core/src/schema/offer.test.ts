import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parseOffer } from "./parse.js";

const base = { base: { amount: 95000, currency: "USD" }, period: "year" };

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues;
  }
  throw new Error("expected a validation error");
}

describe("parseOffer", () => {
  it("accepts a full offer unchanged", () => {
    const offer = {
      id: "acme",
      base: { amount: 95000, currency: "USD" },
      period: "year",
      range: { min: 90000, max: 120000, source: "posted" },
      salaryFixed: false,
      signOnBonus: { amount: 5000, currency: "USD" },
      equity: { amount: { amount: 40000, currency: "USD" }, vestingYears: 4, cliffMonths: 12 },
      targetBonus: { percent: 10 },
      ptoDays: 20,
      startDate: "2027-01-11",
      deadline: "2026-12-11T17:00:00-05:00[America/New_York]",
    };
    expect(parseOffer(offer)).toEqual(offer);
  });

  it.each([
    ["USD cents", 95000.55, "USD"],
    ["JPY whole yen", 6_000_000, "JPY"],
    ["KWD fils", 1234.567, "KWD"],
    ["the largest exact KWD", 1_000_000_000_000, "KWD"],
    ["a big exact yen", 999_999_999_999, "JPY"],
    ["zero", 0, "EUR"],
  ])("accepts %s", (_name, amount, currency) => {
    expect(parseOffer({ ...base, base: { amount, currency } }).base).toEqual({ amount, currency });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a lower-case currency", { base: { amount: 1, currency: "usd" } }, "base.currency", "unknown-currency"],
    ["a made-up currency", { base: { amount: 1, currency: "XYZ" } }, "base.currency", "unknown-currency"],
    ["a withdrawn currency (DEM)", { base: { amount: 1, currency: "DEM" } }, "base.currency", "unknown-currency"],
    ["a precious metal", { base: { amount: 1, currency: "XAU" } }, "base.currency", "unknown-currency"],
    ["half a yen", { base: { amount: 1000.5, currency: "JPY" } }, "base.amount", "too-precise"],
    ["a tenth of a cent", { base: { amount: 10.001, currency: "USD" } }, "base.amount", "too-precise"],
    // Issue #14: a tolerance in floating point let these through once the amount had a few digits.
    ["half a yen on a large amount", { base: { amount: 999999.5, currency: "JPY" } }, "base.amount", "too-precise"],
    ["half a yen on 4.2 million", { base: { amount: 4200000.5, currency: "JPY" } }, "base.amount", "too-precise"],
    ["a tenth of a cent on 9,500", { base: { amount: 9500.123, currency: "USD" } }, "base.amount", "too-precise"],
    ["float noise (0.1 + 0.2)", { base: { amount: 0.1 + 0.2, currency: "USD" } }, "base.amount", "too-precise"],
    [
      "a range figure finer than the base's cents",
      { range: { min: 90000.001, max: 120000 } },
      "range.min",
      "too-precise",
    ],
    [
      "half a yen in the range",
      { base: { amount: 6_000_000, currency: "JPY" }, range: { min: 5_000_000, max: 7_000_000.5 } },
      "range.max",
      "too-precise",
    ],
    [
      "more CLF minor units than a safe integer",
      { base: { amount: 999_999_999_999, currency: "CLF" } },
      "base.amount",
      "too-large",
    ],
    ["a negative amount", { base: { amount: -1, currency: "USD" } }, "base.amount", "too_small"],
    ["an absurd amount", { base: { amount: 1e13, currency: "USD" } }, "base.amount", "too_big"],
    ["NaN", { base: { amount: Number.NaN, currency: "USD" } }, "base.amount", "invalid_type"],
    ["-Infinity", { base: { amount: Number.NEGATIVE_INFINITY, currency: "USD" } }, "base.amount", "invalid_type"],
    ["a string amount", { base: { amount: "95000", currency: "USD" } }, "base.amount", "invalid_type"],
    ["a range upside down", { range: { min: 120000, max: 90000 } }, "range.max", "range-order"],
    ["an unknown range source", { range: { min: 1, max: 2, source: "rumour" } }, "range.source", "invalid_value"],
    ["a weekly period", { period: "week" }, "period", "invalid_value"],
    [
      "a bad bonus currency",
      { signOnBonus: { amount: 1, currency: "EURO" } },
      "signOnBonus.currency",
      "unknown-currency",
    ],
    [
      "vesting over 10 years",
      { equity: { amount: { amount: 1, currency: "USD" }, vestingYears: 11 } },
      "equity.vestingYears",
      "too_big",
    ],
    ["fractional PTO days", { ptoDays: 2.5 }, "ptoDays", "invalid_type"],
    ["an impossible start date", { startDate: "2026-02-30" }, "startDate", "invalid_date"],
    ["a date-time as start date", { startDate: "2027-01-11T09:00" }, "startDate", "invalid_format"],
    ["a deadline without offset", { deadline: "2026-12-11T17:00:00" }, "deadline", "invalid_format"],
    [
      "a bonus with both percent and amount",
      { targetBonus: { percent: 10, amount: { amount: 1, currency: "USD" } } },
      "targetBonus",
      "one-of",
    ],
    ["an empty bonus", { targetBonus: {} }, "targetBonus", "one-of"],
    ["a negative bonus share", { targetBonus: { percent: -1 } }, "targetBonus.percent", "too_small"],
    [
      "a fractional cliff",
      { equity: { amount: { amount: 1, currency: "USD" }, vestingYears: 4, cliffMonths: 1.5 } },
      "equity.cliffMonths",
      "invalid_type",
    ],
    ["a misspelt key", { signOnBonnus: { amount: 1, currency: "USD" } }, "signOnBonnus", "unrecognized_keys"],
  ])("refuses %s", (_name, change, path, code) => {
    expect(issuesOf(() => parseOffer({ ...base, ...change }))).toContainEqual(expect.objectContaining({ path, code }));
  });
});
