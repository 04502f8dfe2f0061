import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../../errors/afterview-error.js";
import { LIVE_SOURCE_MAX_YEAR, LIVE_SOURCE_MIN_YEAR, liveHolidaySource as source } from "./live-source.js";

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    const { path, code } = (error as AfterviewValidationError).issues[0]!;
    return { path, code };
  }
  throw new Error("expected a validation error");
}

describe("liveHolidaySource", () => {
  it("maps date-holidays entries to Holiday objects with English names", () => {
    const us = source.holidays("US", undefined, 2026);
    expect(us.find((h) => h.date === "2026-07-03")).toEqual({
      date: "2026-07-03",
      name: "Independence Day (substitute day)",
      type: "public",
      substitute: true,
    });
    expect(us.find((h) => h.date === "2026-07-04")).toEqual({
      date: "2026-07-04",
      name: "Independence Day",
      type: "public",
    });
    expect(source.holidays("JP", undefined, 2026).find((h) => h.date === "2026-05-03")?.name).toBe("Constitution Day");
  });

  it("keeps only public and bank holidays, sorted by date", () => {
    const list = source.holidays("US", undefined, 2026);
    expect(new Set(list.map((h) => h.type))).toEqual(new Set(["public"]));
    // Observances such as Valentine's Day and Halloween are left out.
    expect(list.some((h) => h.date === "2026-02-14" || h.date === "2026-10-31")).toBe(false);
    expect(list.map((h) => h.date)).toEqual(list.map((h) => h.date).sort());
    expect(source.holidays("AU", "NSW", 2026).find((h) => h.date === "2026-08-03")?.type).toBe("bank");
  });

  it("leaves out part-day holidays that start after midnight", () => {
    // Christmas Eve and New Year's Eve close German banks from 14:00 only.
    const de = source.holidays("DE", undefined, 2026).map((h) => h.date);
    expect(de).not.toContain("2026-12-24");
    expect(de).not.toContain("2026-12-31");
    expect(de).toContain("2026-12-25");
  });

  it("gives a multi-day holiday one entry per day", () => {
    // Eid al-Fitr is three days off in the United Arab Emirates.
    const eid = source.holidays("AE", undefined, 2026).filter((h) => h.name.includes("Eid al-Fitr"));
    expect(eid.map((h) => h.date)).toEqual(["2026-03-20", "2026-03-21", "2026-03-22"]);
  });

  it("reads regions, case-insensitively", () => {
    expect(source.regions("GB")).toEqual(["ALD", "ENG", "NIR", "SCT", "WLS"]);
    expect(source.regions("de")).toContain("BY");
    expect(source.regions("CA")).toEqual(expect.arrayContaining(["ON", "QC"]));
    expect(source.regions("AU")).toEqual(expect.arrayContaining(["NSW", "VIC"]));
    const sct = source.holidays("gb", "sct", 2026).map((h) => h.date);
    expect(sct).toContain("2026-11-30");
    expect(source.holidays("GB", "ENG", 2026).map((h) => h.date)).not.toContain("2026-11-30");
  });

  it("caches each year's list", () => {
    expect(source.holidays("FR", undefined, 2027)).toBe(source.holidays("fr", undefined, 2027));
  });

  it("knows countries", () => {
    expect(source.hasCountry("US")).toBe(true);
    expect(source.hasCountry("gb")).toBe(true);
    expect(source.hasCountry("XX")).toBe(false);
    expect(source.hasCountry("KW")).toBe(false);
  });

  it.each<[string, () => unknown, string, string]>([
    ["country XX", () => source.holidays("XX", undefined, 2026), "country", "unknown-country"],
    ["country 42", () => source.holidays(42 as never, undefined, 2026), "country", "invalid_type"],
    ["region ZZ", () => source.holidays("US", "ZZ", 2026), "region", "unknown-region"],
    ["region null", () => source.holidays("US", null as never, 2026), "region", "invalid_type"],
    ["year 2026.5", () => source.holidays("US", undefined, 2026.5), "year", "invalid_type"],
    ["regions of XX", () => source.regions("XX"), "country", "unknown-country"],
  ])("%s → path and code", (_name, fn, path, code) => {
    expect(issueOf(fn)).toEqual({ path, code });
  });

  it("refuses years outside its span", () => {
    for (const year of [LIVE_SOURCE_MIN_YEAR - 1, LIVE_SOURCE_MAX_YEAR + 1]) {
      expect(() => source.holidays("US", undefined, year)).toThrow(AfterviewError);
      expect(() => source.holidays("US", undefined, year)).toThrow(expect.objectContaining({ code: "out-of-range" }));
    }
  });
});
