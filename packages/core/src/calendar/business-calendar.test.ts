import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import { businessCalendar, MAX_BUSINESS_DAYS, NO_COUNTRY, weekdayCalendar } from "./business-calendar.js";
import { liveHolidaySource } from "./holidays/live-source.js";
import type { Holiday, HolidaySource } from "./types.js";

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

/** A source with a fixed list of holidays, for exact arithmetic without the library. */
function fixedSource(days: Record<string, string[]>): HolidaySource {
  return {
    holidays: (country, _region, year) =>
      (days[country] ?? [])
        .filter((d) => d.startsWith(`${year}-`))
        .map((date): Holiday => ({ date, name: `Holiday ${date}`, type: "public" })),
    hasCountry: (country) => country in days,
    regions: () => [],
  };
}

describe("businessCalendar: input", () => {
  const us = businessCalendar({ country: "US" });
  it.each<[string, () => unknown, string, string]>([
    ['country "XX"', () => businessCalendar({ country: "XX" }), "country", "unknown-country"],
    ['country "usa"', () => businessCalendar({ country: "usa" }), "country", "unknown-country"],
    ['country ""', () => businessCalendar({ country: "" }), "country", "unknown-country"],
    ["country 42", () => businessCalendar({ country: 42 } as never), "country", "invalid_type"],
    ["country null", () => businessCalendar({ country: null } as never), "country", "invalid_type"],
    ["country missing", () => businessCalendar({} as never), "country", "invalid_type"],
    ["spec null", () => businessCalendar(null as never), "", "invalid_type"],
    ["spec a string", () => businessCalendar("US" as never), "", "invalid_type"],
    ['region "ZZ"', () => businessCalendar({ country: "US", region: "ZZ" }), "region", "unknown-region"],
    ['region "ENG" in DE', () => businessCalendar({ country: "DE", region: "ENG" }), "region", "unknown-region"],
    ["region 7", () => businessCalendar({ country: "GB", region: 7 } as never), "region", "invalid_type"],
    ["n 1.5", () => us.addBusinessDays("2026-03-02", 1.5), "n", "invalid_type"],
    ["n NaN", () => us.addBusinessDays("2026-03-02", Number.NaN), "n", "invalid_type"],
    ["n Infinity", () => us.addBusinessDays("2026-03-02", Number.POSITIVE_INFINITY), "n", "invalid_type"],
    ['n "3"', () => us.addBusinessDays("2026-03-02", "3" as never), "n", "invalid_type"],
    ['date "2026-02-30"', () => us.isBusinessDay("2026-02-30"), "date", "invalid_date"],
    ['date "yesterday"', () => us.nextBusinessDay("yesterday"), "date", "invalid_format"],
    ["date 12", () => us.holidaysOn(12 as never), "date", "invalid_type"],
    ["date null", () => us.addBusinessDays(null as never, 1), "date", "invalid_type"],
    ['between b "2026-13-01"', () => us.businessDaysBetween("2026-01-01", "2026-13-01"), "b", "invalid_date"],
    ["between a 0", () => us.businessDaysBetween(0 as never, "2026-01-01"), "a", "invalid_type"],
    ["year 2026.5", () => us.holidays(2026.5), "year", "invalid_type"],
    ['weekend "sat"', () => weekdayCalendar("sat" as never), "weekend", "invalid_type"],
    ["weekend [6, 8]", () => weekdayCalendar([6, 8]), "weekend[1]", "invalid_type"],
    ["weekend [6, 6]", () => weekdayCalendar([6, 6]), "weekend[1]", "duplicate"],
    ["weekend of seven days", () => weekdayCalendar([1, 2, 3, 4, 5, 6, 7]), "weekend", "too_big"],
  ])("%s → path and code", (_name, fn, path, code) => {
    expect(issueOf(fn)).toEqual({ path, code });
  });

  it("words an unknown country and lists the regions of a country", () => {
    expect(() => businessCalendar({ country: "XX" })).toThrow(
      'country: "XX" is not an ISO 3166-1 alpha-2 country code',
    );
    // Kuwait is a country, but date-holidays has no data for it.
    expect(() => businessCalendar({ country: "kw" })).toThrow("country: no holiday data is available for KW");
    expect(() => businessCalendar({ country: "GB", region: "ZZ" })).toThrow("ALD, ENG, NIR, SCT, WLS");
  });

  it("refuses more than MAX_BUSINESS_DAYS with out-of-range", () => {
    for (const n of [MAX_BUSINESS_DAYS + 1, -MAX_BUSINESS_DAYS - 1, 1e9]) {
      try {
        us.addBusinessDays("2026-03-02", n);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AfterviewError);
        expect(error).not.toBeInstanceOf(AfterviewValidationError);
        expect((error as AfterviewError).code).toBe("out-of-range");
      }
    }
  });

  it("reads codes case-insensitively and accepts region null as absent (JSON)", () => {
    const cal = businessCalendar({ country: "gb", region: "sct" });
    expect([cal.country, cal.region]).toEqual(["GB", "SCT"]);
    expect(businessCalendar({ country: "de", region: null } as never).region).toBeUndefined();
  });

  it("returns the same calendar object for the same spec", () => {
    expect(businessCalendar({ country: "US", region: "NY" })).toBe(businessCalendar({ country: "us", region: "ny" }));
    expect(businessCalendar({ country: "US" })).not.toBe(businessCalendar({ country: "US", region: "NY" }));
    expect(weekdayCalendar([7, 6])).toBe(weekdayCalendar());
  });

  it("uses the source's own error for a country it has not loaded", () => {
    const source: HolidaySource = {
      ...fixedSource({}),
      missingCountryError: (c) => new AfterviewError("holidays-not-loaded", `no holiday table for ${c}`),
    };
    expect(() => businessCalendar({ country: "fr" }, { source })).toThrow("no holiday table for FR");
  });
});

describe("businessCalendar: weekends", () => {
  it.each([
    ["US", [6, 7]],
    ["SA", [5, 6]],
    ["AE", [6, 7]],
    ["IL", [5, 6]],
    ["IN", [7]],
    ["IR", [5]],
  ])("%s rests on %j", (country, weekend) => {
    expect(businessCalendar({ country }).weekend).toEqual(weekend);
  });

  it("in Saudi Arabia Sunday 2026-03-01 is a business day and Friday 2026-03-06 is not", () => {
    const sa = businessCalendar({ country: "SA" });
    expect(sa.isBusinessDay("2026-03-01")).toBe(true);
    expect(sa.isBusinessDay("2026-03-06")).toBe(false);
    expect(sa.nextBusinessDay("2026-03-05").toString()).toBe("2026-03-08");
  });
});

describe("businessCalendar: arithmetic (fixed source, Sat–Sun weekend)", () => {
  // 2026-07-03 (Fri) and 2026-07-06 (Mon) are holidays here; 2026-07-04/05 are a weekend.
  const cal = businessCalendar({ country: "QQ" }, { source: fixedSource({ QQ: ["2026-07-03", "2026-07-06"] }) });

  it.each([
    ["2026-07-02", 1, "2026-07-07"],
    ["2026-07-02", 2, "2026-07-08"],
    ["2026-07-04", 0, "2026-07-07"],
    ["2026-07-02", 0, "2026-07-02"],
    ["2026-07-07", -1, "2026-07-02"],
    ["2026-07-05", -1, "2026-07-02"],
    ["2026-07-05", 1, "2026-07-07"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-07-01", 10, "2026-07-17"],
    ["2026-01-01", 258, "2026-12-31"],
    ["2026-01-01", 259, "2027-01-01"],
    ["2026-01-01", 261, "2027-01-05"],
  ])("addBusinessDays(%s, %i) → %s", (date, n, expected) => {
    expect(cal.addBusinessDays(date, n).toString()).toBe(expected);
  });

  it.each([
    ["2026-07-02", "2026-07-07", 1],
    ["2026-07-02", "2026-07-06", 0],
    ["2026-07-02", "2026-07-02", 0],
    ["2026-07-07", "2026-07-02", -1],
    ["2026-07-08", "2026-07-03", -1],
    ["2026-07-09", "2026-07-02", -3],
    ["2026-07-06", "2026-07-02", -1],
    ["2026-01-01", "2026-12-31", 258],
    ["2025-12-31", "2027-12-31", 259 + 261],
    ["2027-12-31", "2025-12-31", -(259 + 261)],
  ])("businessDaysBetween(%s, %s) → %i", (a, b, expected) => {
    expect(cal.businessDaysBetween(a, b)).toBe(expected);
  });

  it("answers next and previous business days strictly after and before", () => {
    expect(cal.nextBusinessDay("2026-07-02").toString()).toBe("2026-07-07");
    expect(cal.nextBusinessDay("2026-07-07").toString()).toBe("2026-07-08");
    expect(cal.previousBusinessDay("2026-07-07").toString()).toBe("2026-07-02");
    expect(cal.previousBusinessDay("2026-07-02").toString()).toBe("2026-07-01");
  });

  it("accepts a PlainDate, a ZonedDateTime (its local date) and a string", () => {
    expect(cal.isBusinessDay(Temporal.PlainDate.from("2026-07-03"))).toBe(false);
    // 23:30 in New York on 2 July is already 3 July in UTC; the local date counts.
    expect(cal.isBusinessDay(Temporal.ZonedDateTime.from("2026-07-02T23:30:00-04:00[America/New_York]"))).toBe(true);
    expect(cal.isBusinessDay("2026-07-02")).toBe(true);
  });

  it("lists holidays by year and by day", () => {
    expect(cal.holidays(2026).map((h) => h.date)).toEqual(["2026-07-03", "2026-07-06"]);
    expect(cal.holidays(2027)).toEqual([]);
    expect(cal.holidaysOn("2026-07-06")).toEqual([{ date: "2026-07-06", name: "Holiday 2026-07-06", type: "public" }]);
    expect(cal.holidaysOn("2026-07-07")).toEqual([]);
  });

  it("handles the largest n both ways", () => {
    const far = cal.addBusinessDays("2026-07-01", MAX_BUSINESS_DAYS);
    expect(cal.businessDaysBetween("2026-07-01", far)).toBe(MAX_BUSINESS_DAYS);
    const back = cal.addBusinessDays("2026-07-01", -MAX_BUSINESS_DAYS);
    expect(cal.businessDaysBetween("2026-07-01", back)).toBe(-MAX_BUSINESS_DAYS);
  });
});

describe("businessCalendar: real data", () => {
  it("skips the US Independence Day weekend of 2026", () => {
    const us = businessCalendar({ country: "US" });
    expect(us.addBusinessDays("2026-07-02", 1).toString()).toBe("2026-07-06");
    expect(us.businessDaysBetween("2026-07-02", "2026-07-06")).toBe(1);
  });

  it("skips Christmas and Boxing Day substitutes in England, 2027", () => {
    const eng = businessCalendar({ country: "GB", region: "ENG" });
    expect(eng.nextBusinessDay("2027-12-24").toString()).toBe("2027-12-29");
    expect(eng.previousBusinessDay("2027-12-29").toString()).toBe("2027-12-24");
  });

  it("walks forward 10,000 business days across forty years of holidays", () => {
    // Forty years reach past the built-in tables: the live source answers every year.
    const de = businessCalendar({ country: "DE", region: "BY" }, { source: liveHolidaySource });
    const end = de.addBusinessDays("2026-01-02", 10_000);
    expect(de.isBusinessDay(end)).toBe(true);
    expect(de.businessDaysBetween("2026-01-02", end)).toBe(10_000);
  });

  it("gives each year's holidays once, sorted", () => {
    const jp = businessCalendar({ country: "JP" });
    const list = jp.holidays(2026);
    expect(jp.holidays(2026)).toBe(list);
    expect([...list].map((h) => h.date)).toEqual([...list].map((h) => h.date).sort());
  });

  it("throws out-of-range outside the years the source knows", () => {
    const us = businessCalendar({ country: "US" });
    expect(() => us.isBusinessDay("0999-06-01")).toThrow(AfterviewError);
    expect(() => us.nextBusinessDay("9999-12-31")).toThrow(expect.objectContaining({ code: "out-of-range" }));
  });
});

describe("weekdayCalendar", () => {
  it("has weekends and no holidays, under country ZZ", () => {
    const cal = weekdayCalendar();
    expect([cal.country, cal.region, cal.weekend]).toEqual([NO_COUNTRY, undefined, [6, 7]]);
    expect(cal.isBusinessDay("2026-12-25")).toBe(true);
    expect(cal.isBusinessDay("2026-12-26")).toBe(false);
    expect(cal.holidays(2026)).toEqual([]);
    expect(cal.addBusinessDays("2026-12-24", 1).toString()).toBe("2026-12-25");
  });

  it("takes another weekend", () => {
    const cal = weekdayCalendar([5, 6]);
    expect(cal.weekend).toEqual([5, 6]);
    expect(cal.isBusinessDay("2026-12-27")).toBe(true);
    expect(cal.nextBusinessDay("2026-12-24").toString()).toBe("2026-12-27");
  });
});

describe("found by fuzzing", () => {
  it("businessDaysBetween refuses a span of thousands of years at once instead of computing every year's holidays", () => {
    // 2026 to 9999 took five seconds with the US calendar (a holiday table per year).
    const us = businessCalendar({ country: "US", region: "NY" });
    const started = performance.now();
    expect(() => us.businessDaysBetween("2026-01-01", "9999-12-31")).toThrow(
      expect.objectContaining({ code: "out-of-range", message: expect.stringContaining("days apart") }),
    );
    expect(() => us.businessDaysBetween("9999-12-31", "2026-01-01")).toThrow(AfterviewError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(0);
  });

  it("the bound leaves room for ±MAX_BUSINESS_DAYS with a six-day weekend", () => {
    const cal = weekdayCalendar([1, 2, 3, 4, 5, 6]);
    const far = cal.addBusinessDays("2026-07-01", MAX_BUSINESS_DAYS);
    expect(cal.businessDaysBetween("2026-07-01", far)).toBe(MAX_BUSINESS_DAYS);
    const back = cal.addBusinessDays("2026-07-01", -MAX_BUSINESS_DAYS);
    expect(cal.businessDaysBetween("2026-07-01", back)).toBe(-MAX_BUSINESS_DAYS);
  });
});
