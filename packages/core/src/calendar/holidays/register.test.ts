import { describe, expect, it } from "vitest";
import { type AfterviewError, AfterviewValidationError } from "../../errors/afterview-error.js";
import { defaultHolidaySource } from "./default-source.browser.js";
import { GB, IS, LU } from "./generated/index.js";
import { registeredHolidayTables, registerHolidays } from "./register.js";

describe("registerHolidays and the browser default source", () => {
  // Test files share a worker (vitest isolate: false) and the fuzz targets register US and GB, so this
  // test works with countries no other test registers, and counts relative to what it found.
  it("makes a country known only once it is registered, and stays idempotent", () => {
    expect(defaultHolidaySource.hasCountry("IS")).toBe(false);
    const before = registeredHolidayTables.size;
    let error: unknown;
    try {
      defaultHolidaySource.holidays("IS", undefined, 2026);
    } catch (e) {
      error = e;
    }
    expect((error as AfterviewError).code).toBe("holidays-not-loaded");
    expect(defaultHolidaySource.missingCountryError?.("IS").message).toContain(
      'import { IS } from "@afterview/core/holidays"',
    );

    registerHolidays(IS, LU);
    registerHolidays(IS);
    expect(registeredHolidayTables.size).toBe(before + 2);
    expect(defaultHolidaySource.hasCountry("is")).toBe(true);
    // Icelandic National Day, 17 June.
    expect(defaultHolidaySource.holidays("IS", undefined, 2026).some((h) => h.date === "2026-06-17")).toBe(true);
    expect(defaultHolidaySource.regions("LU")).toEqual(LU.regions);
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
