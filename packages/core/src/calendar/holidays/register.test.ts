import { describe, expect, it } from "vitest";
import { type AfterviewError, AfterviewValidationError } from "../../errors/afterview-error.js";
import { defaultHolidaySource } from "./default-source.browser.js";
import { DE, GB } from "./generated/index.js";
import { registeredHolidayTables, registerHolidays } from "./register.js";

describe("registerHolidays and the browser default source", () => {
  it("makes a country known only once it is registered, and stays idempotent", () => {
    expect(defaultHolidaySource.hasCountry("DE")).toBe(false);
    let error: unknown;
    try {
      defaultHolidaySource.holidays("DE", undefined, 2026);
    } catch (e) {
      error = e;
    }
    expect((error as AfterviewError).code).toBe("holidays-not-loaded");
    expect(defaultHolidaySource.missingCountryError?.("DE").message).toContain(
      'import { DE } from "@afterview/core/holidays"',
    );

    registerHolidays(DE, GB);
    registerHolidays(DE);
    expect(registeredHolidayTables.size).toBe(2);
    expect(defaultHolidaySource.hasCountry("de")).toBe(true);
    expect(defaultHolidaySource.holidays("DE", "BY", 2026).some((h) => h.date === "2026-06-04")).toBe(true);
    expect(defaultHolidaySource.regions("GB")).toContain("SCT");
  });

  it("a later table for the same country replaces the earlier one", () => {
    const fewer = { ...GB, series: [] as string[] };
    registerHolidays(fewer);
    expect(defaultHolidaySource.holidays("GB", undefined, 2026)).toEqual([]);
    registerHolidays(GB);
    expect(defaultHolidaySource.holidays("GB", undefined, 2026).length).toBeGreaterThan(0);
  });

  it.each([
    [undefined, "undefined"],
    [null, "null"],
    ["US", '"US"'],
    [{ country: "US" }, "an object"],
    [[], "an array"],
  ])("refuses %j naming tables[1]", (bad, shown) => {
    let error: unknown;
    try {
      registerHolidays(GB, bad as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues[0]?.path).toBe("tables[1]");
    expect((error as Error).message).toContain(shown);
  });
});
