import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { currencyCodes, currencyMinorUnits } from "../schema/currencies.js";
import { MAX_AMOUNT } from "../schema/offer.js";
import { parseOffer } from "../schema/parse.js";
import { decimalPlaces, largestExactAmount } from "./decimals.js";
import { currencyDigits, isoDigits } from "./digits.js";
import { amountOf, exact, ratioOf, toMoney, unitsOf } from "./exact.js";
import { convertCurrency } from "./exchange.js";
import { formatMoney } from "./format-money.js";
import { convertPeriod } from "./pay-period.js";
import { isPreciseAmount, isPreciseUnits, preciseAtMost, preciseUnitsAtMost } from "./precise.js";

const policy = { hoursPerWeek: 40, weeksPerYear: 52 };

describe("currency digits", () => {
  it.each([
    ["JPY", 0, 0],
    ["USD", 2, 2],
    ["EUR", 2, 2],
    ["KWD", 3, 3],
    ["BHD", 3, 3],
    ["CLF", 4, 4],
  ])("%s: ISO %i, in use %i", (code, iso, inUse) => {
    expect(isoDigits(code)).toBe(iso);
    expect(currencyDigits(code)).toBe(inUse);
  });

  it("takes Intl's digits only where they do not exceed ISO's, for every currency", () => {
    for (const code of currencyCodes()) {
      expect(currencyDigits(code)).toBeLessThanOrEqual(currencyMinorUnits(code)!);
      expect(currencyDigits(code)).toBeGreaterThanOrEqual(0);
    }
  });

  it("refuses an unknown code with a typed error", () => {
    expect(() => currencyDigits("XYZ")).toThrow(AfterviewValidationError);
  });
});

describe("exact money", () => {
  it.each([
    [95000.55, 2, 9500055n],
    [0.1 + 0.2, 2, 30n],
    [1234.567, 3, 1234567n],
    [6000000, 0, 6000000n],
    [999999999999.99, 2, 99999999999999n],
  ])("%d with %i digits is %s minor units", (amount, digits, units) => {
    expect(unitsOf(amount, digits)).toBe(units);
  });

  test.prop([fc.integer({ min: 0, max: 10 ** 15 }), fc.constantFrom(0, 2, 3)])(
    "units → amount → units is the identity",
    (units, digits) => {
      expect(unitsOf(amountOf(BigInt(units), digits), digits)).toBe(BigInt(units));
    },
  );

  it("reads policy numbers as exact decimals", () => {
    expect(ratioOf(37.5)).toEqual({ num: 375n, den: 10n });
    expect(ratioOf(1.1)).toEqual({ num: 11n, den: 10n });
    expect(ratioOf(1e-7)).toEqual({ num: 1n, den: 10000000n });
  });
});

describe("pay periods", () => {
  it.each([
    ["40/hour → year (40 h × 52 w)", 40, "USD", "hour", "year", 83200],
    ["83,200/year → hour", 83200, "USD", "year", "hour", 40],
    ["5,000/month → year", 5000, "EUR", "month", "year", 60000],
    ["100,000/year → month (rounded half up to the cent)", 100000, "USD", "year", "month", 8333.33],
    ["1,000 JPY/hour → year", 1000, "JPY", "hour", "year", 2080000],
    ["1.125 KWD/hour → month", 1.125, "KWD", "hour", "month", 195],
  ] as const)("%s", (_name, amount, currency, from, to, expected) => {
    expect(toMoney(convertPeriod(exact({ amount, currency }), from, to, policy)).amount).toBe(expected);
  });

  it("uses the policy's hours", () => {
    const value = convertPeriod(exact({ amount: 40, currency: "USD" }), "hour", "year", {
      hoursPerWeek: 37.5,
      weeksPerYear: 52,
    });
    expect(toMoney(value).amount).toBe(78000);
  });
});

describe("currency conversion", () => {
  it("converts at the caller's rate, across minor units", () => {
    expect(toMoney(convertCurrency(exact({ amount: 1000, currency: "EUR" }), "USD", { EUR: 1.08 }, "x"))).toEqual({
      amount: 1080,
      currency: "USD",
    });
    expect(toMoney(convertCurrency(exact({ amount: 1000, currency: "USD" }), "JPY", { USD: 151.37 }, "x"))).toEqual({
      amount: 151370,
      currency: "JPY",
    });
    expect(toMoney(convertCurrency(exact({ amount: 100, currency: "KWD" }), "USD", { KWD: 3.2555 }, "x"))).toEqual({
      amount: 325.55,
      currency: "USD",
    });
  });

  it("never sums two currencies silently", () => {
    try {
      convertCurrency(exact({ amount: 1, currency: "EUR" }), "USD", undefined, "offers[1].base");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewError);
      expect((error as AfterviewError).code).toBe("currency-mismatch");
      expect((error as AfterviewError).message).toMatch(/offers\[1\]\.base.*EUR/);
    }
  });
});

describe("precise figures (E-NEG-PRECISE)", () => {
  it.each([
    [112750, "USD", true],
    [110000, "USD", false],
    [112000, "USD", true],
    [95000, "USD", false],
    [95500, "USD", true],
    [27.5, "USD", true],
    [27, "USD", false],
    [6599000, "JPY", true],
    [6600000, "JPY", false],
    [1649, "KWD", true],
    [0, "EUR", false],
  ])("%d %s precise: %s", (amount, currency, precise) => {
    expect(isPreciseAmount({ amount, currency })).toBe(precise);
  });

  it.each([
    [110_000_00n, 109_900_00n],
    [112_345_00n, 112_300_00n],
    [100_000_00n, 99_990_00n],
    [100_050_00n, 99_990_00n],
    [1000n, null],
    [1001n, 1001n],
    [999n, null],
  ])("the suggested figure at most %s is %s", (limit, expected) => {
    expect(preciseUnitsAtMost(limit)).toBe(expected);
  });

  it("rounds suggestions to the unit in use (whole yen, whole forints)", () => {
    expect(preciseAtMost({ units: 660_000_000n, currency: "HUF" })).toEqual({ units: 659_900_000n, currency: "HUF" });
    expect(preciseAtMost({ units: 6_600_000n, currency: "JPY" })).toEqual({ units: 6_599_000n, currency: "JPY" });
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.bigInt({ min: 0n, max: 10n ** 16n })])(
    "suggestions are precise, at most the limit, and monotone in it",
    (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const x = preciseUnitsAtMost(lo);
      const y = preciseUnitsAtMost(hi);
      if (x !== null) {
        expect(x).toBeLessThanOrEqual(lo);
        expect(isPreciseUnits(x)).toBe(true);
        expect(y).not.toBeNull();
        expect(y!).toBeGreaterThanOrEqual(x);
      }
      if (lo >= 1000n) expect(x).not.toBeNull();
    },
  );

  it("refuses invalid money with a typed error", () => {
    expect(() => isPreciseAmount({ amount: Number.NaN, currency: "USD" })).toThrow(AfterviewValidationError);
  });
});

describe("formatMoney", () => {
  it.each([
    [{ amount: 112750, currency: "USD" }, undefined, "$112,750.00"],
    [{ amount: 6600000, currency: "JPY" }, "ja-JP", "￥6,600,000"],
    [{ amount: 1234.5, currency: "KWD" }, "en-US", "KWD 1,234.500"],
    [{ amount: 1234.5, currency: "EUR" }, "de-DE", "1.234,50 €"],
    [{ amount: 1234, currency: "HUF" }, "en-US", "HUF 1,234"],
    [{ amount: 1234.5, currency: "HUF" }, "en-US", "HUF 1,234.50"],
    [{ amount: 999999999999.99, currency: "USD" }, "en-US", "$999,999,999,999.99"],
  ])("%j in %s is %s", (money, locale, expected) => {
    expect(formatMoney(money, locale).replace(/\u00a0/g, " ")).toBe(expected);
  });

  it.each<[unknown, unknown, string]>([
    [{ amount: -1, currency: "USD" }, undefined, "amount"],
    [{ amount: 1, currency: "XYZ" }, undefined, "currency"],
    [{ amount: 1000.5, currency: "JPY" }, undefined, "amount"],
    [{ amount: 1, currency: "USD" }, "not a locale!", "locale"],
    [null, undefined, ""],
  ])("refuses %j (locale %j) at %s", (money, locale, path) => {
    try {
      formatMoney(money as never, locale as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe("found by fuzzing", () => {
  it.each([[undefined], [null], [840], [{}]])(
    "currencyDigits(%j) is a validation error on currency, not a TypeError",
    (value) => {
      expect(() => currencyDigits(value as never)).toThrow(
        expect.objectContaining({
          name: "AfterviewValidationError",
          issues: [expect.objectContaining({ path: "currency" })],
        }),
      );
      expect(() => isoDigits(value as never, "offer.base.currency")).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ path: "offer.base.currency" })] }),
      );
    },
  );

  it.each([[10n], [[0n]], [{ tag: 1n }], [Symbol("en")]])(
    "formatMoney with a locale that JSON cannot show (%s) is a validation error on locale",
    (locale) => {
      expect(() => formatMoney({ amount: 1, currency: "USD" }, locale as never)).toThrow(
        expect.objectContaining({
          name: "AfterviewValidationError",
          issues: [expect.objectContaining({ path: "locale" })],
        }),
      );
    },
  );
});

describe("exact at every size (issue #14)", () => {
  const currency = fc.constantFrom("USD", "JPY", "KWD", "EUR", "HUF", "CLF", "BHD", "ISK");
  const exactMoney = currency.chain((code) => {
    const digits = currencyMinorUnits(code) ?? 2;
    const most = BigInt(Math.min(largestExactAmount(digits), MAX_AMOUNT)) * 10n ** BigInt(digits);
    return fc.bigInt({ min: 0n, max: most }).map((units) => ({ code, digits, units }));
  });

  test.prop([exactMoney])(
    "an amount of whole minor units is accepted and reads back to the same units",
    ({ code, digits, units }) => {
      const amount = amountOf(units, digits);
      const money = parseOffer({ base: { amount, currency: code }, period: "year" }).base;
      expect(unitsOf(money.amount, digits)).toBe(units);
      expect(decimalPlaces(amount)).toBeLessThanOrEqual(digits);
    },
  );

  test.prop([exactMoney])(
    "formatted without grouping and read back, the amount is the same",
    ({ code, digits, units }) => {
      const amount = amountOf(units, digits);
      const text = new Intl.NumberFormat("en-US", {
        useGrouping: false,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(amount);
      expect(Number(text)).toBe(amount);
      const shown = formatMoney({ amount, currency: code }, "en-US").replace(/[^\d.]/g, "");
      // formatMoney shows the digits in use (whole forints) but never hides a minor unit the amount has.
      expect(unitsOf(Number(shown), digits)).toBe(units);
    },
  );

  test.prop([exactMoney, fc.integer({ min: 1, max: 9 })])(
    "one more decimal than the currency has is refused, whatever the size",
    ({ code, digits, units }, extra) => {
      const amount = Number(`${amountOf(units, digits).toFixed(digits)}${digits === 0 ? "." : ""}${extra}`);
      fc.pre(decimalPlaces(amount) === digits + 1 && amount <= largestExactAmount(digits) && amount <= MAX_AMOUNT);
      expect(() => parseOffer({ base: { amount, currency: code }, period: "year" })).toThrow(/more decimals/);
    },
  );
});
