import { describe, expect, it } from "vitest";
import { countryCodes, isCountryCode } from "./countries.js";
import { currencyCodes, currencyMinorUnits, isCurrencyCode } from "./currencies.js";

describe("country codes", () => {
  it("holds the 249 assigned ISO 3166-1 codes and XK", () => {
    expect(countryCodes()).toHaveLength(250);
    for (const code of ["US", "GB", "DE", "SS", "BQ", "CW", "SX", "XK", "AX"]) expect(isCountryCode(code)).toBe(true);
    for (const code of ["UK", "EU", "ZZ", "us", "USA", "", "AN", "YU"]) expect(isCountryCode(code)).toBe(false);
  });

  it("every code has an English name in the runtime's region data (sanity check on the list)", () => {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (const code of countryCodes()) expect(names.of(code), code).not.toBe(code);
  });
});

describe("currency codes", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["KWD", 3],
    ["CLF", 4],
    ["XCG", 2],
    ["ZWG", 2],
  ])("%s has %i minor digits", (code, digits) => {
    expect(isCurrencyCode(code)).toBe(true);
    expect(currencyMinorUnits(code)).toBe(digits);
  });

  it("refuses withdrawn, made-up and non-money codes", () => {
    for (const code of ["DEM", "FRF", "HRK", "VEF", "XAU", "XXX", "XTS", "XDR", "usd", "US", ""]) {
      expect(isCurrencyCode(code), code).toBe(false);
    }
  });

  it("holds only three-letter upper-case codes, each once", () => {
    const codes = currencyCodes();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});
