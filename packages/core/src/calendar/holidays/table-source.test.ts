import { fc, test as fcTest } from "@fast-check/vitest";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../../errors/afterview-error.js";
import { dayNumber, isoOfDayNumber, isoWeekday } from "../day-number.js";
import type { Holiday } from "../types.js";
import { orthodoxEaster, westernEaster } from "./easter.js";
import { TABLE_COUNTRIES, TABLE_YEARS } from "./generated/catalog.js";
import * as tables from "./generated/index.js";
import { decodeTable, evaluateAtom, type HolidayTable, holidaysOf } from "./holiday-table.js";
import { liveHolidaySource } from "./live-source.js";
import { createTableSource, holidaysNotLoaded } from "./table-source.js";

const allTables: HolidayTable[] = Object.values(tables);
const source = createTableSource(allTables);
const [FROM, TO] = TABLE_YEARS;

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** A year's holidays as a sorted set of lines (the live source may list one day twice under one name). */
function lines(list: readonly Holiday[]): string[] {
  return [...new Set(list.map((h) => `${h.date} ${h.type}${h.substitute ? " substitute" : ""} ${h.name}`))].sort();
}

/** Regions checked against the live source: one per country, picked by its code, plus well-known ones. */
function sampledRegions(country: string, regions: readonly string[]): string[] {
  const named: Record<string, string[]> = { US: ["NY", "CA"], GB: ["SCT", "NIR"], DE: ["BY"], CA: ["QC"], AU: ["NSW"] };
  if (regions.length === 0) return [];
  const pick = regions[(country.charCodeAt(0) * 31 + country.charCodeAt(1)) % regions.length] ?? "";
  return [...new Set([pick, ...(named[country] ?? [])])];
}

describe("tables agree with the live date-holidays source", () => {
  const countries = Object.keys(new Holidays().getCountries("en")).sort();

  it("has a table for every country date-holidays knows, and lists the same regions", () => {
    expect(allTables.map((t) => t.country).sort()).toEqual(countries);
    expect(TABLE_COUNTRIES.split(" ")).toEqual(countries);
    const differ = countries.filter(
      (c) => source.regions(c).join() !== liveHolidaySource.regions(c).join() && c !== "CK", // CK: see the generator's warning
    );
    expect(differ).toEqual([]);
  });

  // Every country, year and sampled region is compared in `pnpm test:exhaustive` (its own CI step).
  it.each(["US", "GB", "DE", "FR", "IN", "JP", "BR", "AU", "ZA", "SA"])(
    "gives the same holidays as the live source for %s in three years and its sampled regions",
    (country) => {
      const mismatches: string[] = [];
      for (const region of [undefined, ...sampledRegions(country, source.regions(country))]) {
        for (const year of [FROM, 2026, TO]) {
          const expected = lines(liveHolidaySource.holidays(country, region, year));
          const actual = lines(source.holidays(country, region, year));
          if (actual.join("\n") !== expected.join("\n")) mismatches.push(`${country}-${region ?? ""} ${year}`);
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});

describe("named cases", () => {
  it.each([
    ["US", undefined, "2026-07-03", "Independence Day (substitute day)"],
    ["US", undefined, "2026-11-26", "Thanksgiving Day"],
    ["US", "NY", "2026-02-12", "Lincoln's Birthday"],
    ["GB", "SCT", "2026-01-02", "January 2nd"],
    ["DE", "BY", "2026-06-04", "Corpus Christi"],
    ["DE", undefined, "2026-04-03", "Good Friday"],
  ])("%s-%s %s is %s", (country, region, date, name) => {
    const list = source.holidays(country, region, Number(date.slice(0, 4)));
    expect(list.filter((h) => h.date === date).map((h) => h.name)).toContain(name);
  });

  it("keeps regional holidays out of the country's own list", () => {
    expect(source.holidays("DE", undefined, 2026).map((h) => h.date)).not.toContain("2026-06-04");
    expect(source.holidays("GB", "ENG", 2026).map((h) => h.date)).not.toContain("2026-01-02");
  });

  it("sorts by date, freezes and caches each year", () => {
    const first = source.holidays("us", "ny", 2030);
    expect(source.holidays("US", "NY", 2030)).toBe(first);
    expect(Object.isFrozen(first) && first.every((h) => Object.isFrozen(h))).toBe(true);
    const dates = first.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("marks substitute days and bank holidays", () => {
    const us = source.holidays("US", undefined, 2026).find((h) => h.date === "2026-07-03");
    expect(us).toEqual({
      date: "2026-07-03",
      name: "Independence Day (substitute day)",
      type: "public",
      substitute: true,
    });
    const bank = allTables.flatMap((t) => (t.series.some((row) => /^[^,]+,[13],/.test(row)) ? [t.country] : []));
    expect(bank.length).toBeGreaterThan(0);
    for (const country of bank.slice(0, 5)) {
      const year = FROM + 6;
      const live = liveHolidaySource.holidays(country, undefined, year).filter((h) => h.type === "bank");
      expect(lines(source.holidays(country, undefined, year).filter((h) => h.type === "bank"))).toEqual(lines(live));
    }
  });
});

describe("errors", () => {
  const usOnly = createTableSource([tables.US]);

  it("names the country and the import line when a real country is not loaded", () => {
    const error = caught(() => usOnly.holidays("fr", undefined, 2026));
    expect(error).toBeInstanceOf(AfterviewError);
    expect((error as AfterviewError).code).toBe("holidays-not-loaded");
    expect((error as Error).message).toContain('import { FR } from "@afterview/core/holidays";');
    expect((error as Error).message).toContain("registerHolidays(FR);");
    expect((caught(() => usOnly.regions("GB")) as AfterviewError).code).toBe("holidays-not-loaded");
    expect(usOnly.missingCountryError("DE").code).toBe("holidays-not-loaded");
    expect(usOnly.hasCountry("DE")).toBe(false);
    expect(usOnly.hasCountry("us")).toBe(true);
  });

  it("treats a code that names no country as a validation error on country", () => {
    for (const code of ["XX", "USA", "", "1"]) {
      const error = caught(() => usOnly.holidays(code, undefined, 2026));
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]).toMatchObject({ path: "country", code: "unknown-country" });
    }
    expect(holidaysNotLoaded("ZZ").code).toBe("validation");
    const notString = caught(() => usOnly.holidays(42 as unknown as string, undefined, 2026));
    expect((notString as AfterviewValidationError).issues[0]?.path).toBe("country");
  });

  it("names the span when the year is outside it", () => {
    for (const year of [FROM - 1, TO + 1, 1900, 9999]) {
      const error = caught(() => usOnly.holidays("US", undefined, year)) as AfterviewError;
      expect(error.code).toBe("out-of-range");
      expect(error.message).toContain(`${FROM}–${TO}`);
      expect(error.message).toContain(String(year));
    }
    expect(usOnly.holidays("US", undefined, FROM).length).toBeGreaterThan(0);
    expect(usOnly.holidays("US", undefined, TO).length).toBeGreaterThan(0);
  });

  it("refuses unknown regions and non-whole years as validation errors", () => {
    const region = caught(() => usOnly.holidays("US", "ZZ", 2026)) as AfterviewValidationError;
    expect(region.issues[0]).toMatchObject({ path: "region", code: "unknown-region" });
    expect(region.message).toContain("NY");
    const year = caught(() => usOnly.holidays("US", undefined, 2026.5)) as AfterviewValidationError;
    expect(year.issues[0]?.path).toBe("year");
  });
});

describe("decoding", () => {
  const sample: HolidayTable = {
    country: "ZZ",
    years: [2024, 2029],
    source: "test",
    regions: ["A", "B", "C"],
    names: ["Easter Monday", "Fixed", "Moving", "Regional"],
    groups: ["*", "-1", "2.3"],
    series: ["0,0,0,E1", "1,1,0,0101*2,,0102", "2,2,1,0121<1,0315 0316*2,", "3,0,2,O-2"],
  };
  const decoded = decodeTable(sample);
  const at = (member: number, year: number) => holidaysOf(decoded, member, year).map((h) => `${h.date} ${h.name}`);

  it.each([
    [0, 2024, ["2024-01-01 Fixed", "2024-01-15 Moving", "2024-04-01 Easter Monday"]],
    [0, 2025, ["2025-01-01 Fixed", "2025-03-15 Moving", "2025-03-16 Moving", "2025-04-21 Easter Monday"]],
    [0, 2026, ["2026-03-15 Moving", "2026-03-16 Moving", "2026-04-06 Easter Monday"]],
    [0, 2027, ["2027-01-02 Fixed", "2027-03-29 Easter Monday"]],
    [0, 2029, ["2029-01-02 Fixed", "2029-04-02 Easter Monday"]],
    [1, 2024, ["2024-01-01 Fixed", "2024-04-01 Easter Monday"]],
    [2, 2024, ["2024-01-01 Fixed", "2024-01-15 Moving", "2024-04-01 Easter Monday", "2024-05-03 Regional"]],
    [3, 2026, ["2026-03-15 Moving", "2026-03-16 Moving", "2026-04-06 Easter Monday", "2026-04-10 Regional"]],
  ])("member %i in %i", (member, year, expected) => {
    expect(at(member, year)).toEqual(expected);
  });

  it("reads flags as bank and substitute", () => {
    expect(holidaysOf(decoded, 0, 2024).find((h) => h.name === "Fixed")).toEqual({
      date: "2024-01-01",
      name: "Fixed",
      type: "bank",
    });
    expect(holidaysOf(decoded, 0, 2024).find((h) => h.name === "Moving")?.substitute).toBe(true);
  });

  it("throws an AfterviewValidationError (not a SyntaxError, found by fuzzing) naming the row of a malformed table", () => {
    expect(() => decodeTable({ ...sample, series: ["9,0,0,0101"] })).toThrow(
      expect.objectContaining({
        name: "AfterviewValidationError",
        issues: [expect.objectContaining({ path: "series[0]" })],
      }),
    );
  });

  it.each([
    [2024, "2024-03-31", "2024-05-05"],
    [2025, "2025-04-20", "2025-04-20"],
    [2026, "2026-04-05", "2026-04-12"],
    [2030, "2030-04-21", "2030-04-28"],
    [2038, "2038-04-25", "2038-04-25"],
  ])("Easter %i: Western %s, Orthodox %s", (year, western, orthodox) => {
    expect(isoOfDayNumber(westernEaster(year))).toBe(western);
    expect(isoOfDayNumber(orthodoxEaster(year))).toBe(orthodox);
  });

  const dates = fc.record({ year: fc.integer({ min: 1900, max: 2199 }), dayOfYear: fc.integer({ min: 0, max: 364 }) });

  fcTest.prop([dates, fc.integer({ min: 1, max: 7 })])(
    "MMDD>w is the first weekday w on or after MMDD",
    ({ year, dayOfYear }, w) => {
      const anchor = dayNumber(year, 1, 1) + dayOfYear;
      const mmdd = isoOfDayNumber(anchor).slice(5).replace("-", "");
      const after = evaluateAtom(`${mmdd}>${w}`, year);
      const before = evaluateAtom(`${mmdd}<${w}`, year);
      expect(evaluateAtom(mmdd, year)).toBe(anchor);
      expect(isoWeekday(after)).toBe(w);
      expect(after - anchor).toBeGreaterThanOrEqual(0);
      expect(after - anchor).toBeLessThan(7);
      expect(isoWeekday(before)).toBe(w);
      expect(anchor - before).toBeGreaterThanOrEqual(0);
      expect(anchor - before).toBeLessThan(7);
    },
  );

  fcTest.prop([fc.integer({ min: 1900, max: 2099 })])(
    "Easter falls on a Sunday between 22 March and 8 May (1900–2099)",
    (year) => {
      for (const easter of [westernEaster(year), orthodoxEaster(year)]) {
        expect(isoWeekday(easter)).toBe(7);
        expect(easter).toBeGreaterThanOrEqual(dayNumber(year, 3, 22));
        expect(easter).toBeLessThanOrEqual(dayNumber(year, 5, 8));
      }
    },
  );
});

describe("createTableSource: found by fuzzing", () => {
  it.each([
    ["nothing", undefined, "tables"],
    ["a number", 7, "tables"],
    ["a string", "US", "tables"],
    ["a list with null", [tables.US, null], "tables[1]"],
    ["a list with an object that is not a table", [{ country: "US" }], "tables[0]"],
  ])("%s is a validation error naming the bad entry, not a TypeError", (_name, value, path) => {
    expect(() => createTableSource(value as never)).toThrow(
      expect.objectContaining({ name: "AfterviewValidationError", issues: [expect.objectContaining({ path })] }),
    );
  });

  it("missingCountryError with a value that is not a string is a validation error on country", () => {
    const error = createTableSource([tables.US]).missingCountryError(Object.create(null));
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues[0]?.path).toBe("country");
  });
});

describe("holiday tables: found by fuzzing", () => {
  const table = (patch: Partial<HolidayTable>): HolidayTable => ({ ...tables.GB, ...patch });

  it("a repeat count far beyond the table's years fills only its span (it crashed V8 growing an array)", () => {
    const decoded = decodeTable(table({ years: [2026, 2027], series: ["e,0,0,0101*99999999"] }));
    expect(decoded.rows[0]?.years).toHaveLength(2);
    expect(holidaysOf(decoded, 0, 2027).map((h) => h.date)).toEqual(["2027-01-01"]);
  });

  it.each([
    ["years before 1000", [0, 2040]],
    ["years after 9999", [2020, 1_000_000_000]],
    ["years out of order", [2040, 2020]],
  ])("a table with %s is refused when the source is made", (_name, years) => {
    expect(() => createTableSource([table({ years: years as [number, number] })])).toThrow(
      expect.objectContaining({
        name: "AfterviewValidationError",
        issues: [expect.objectContaining({ path: "tables[0]" })],
      }),
    );
  });
});
