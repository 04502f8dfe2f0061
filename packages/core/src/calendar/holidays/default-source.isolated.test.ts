// Isolated: it registers a holiday source, which is realm-wide state other test files must not see.
import { describe, expect, it, vi } from "vitest";
import { AfterviewError } from "../../errors/afterview-error.js";
import { businessCalendar } from "../business-calendar.js";
import { defaultHolidaySource } from "./default-source.js";
import { TABLE_YEARS } from "./generated/catalog.js";
import { US } from "./generated/index.js";
import { registerHolidays } from "./register.js";

// The Node build answers the tables' years without date-holidays: importing it here fails the test.
vi.mock("date-holidays", () => {
  throw Object.assign(new Error("Cannot find package 'date-holidays' imported from a test"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

function thrown(fn: () => unknown): AfterviewError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewError);
    return error as AfterviewError;
  }
  throw new Error("expected an AfterviewError");
}

describe("the default holiday source in Node", () => {
  it("answers every country and region of the built-in tables without date-holidays", () => {
    expect(businessCalendar({ country: "US" }).isBusinessDay("2026-07-03")).toBe(false);
    expect(businessCalendar({ country: "GB", region: "SCT" }).isBusinessDay("2026-01-02")).toBe(false);
    expect(businessCalendar({ country: "DE", region: "BY" }).isBusinessDay("2040-01-06")).toBe(false);
    expect(businessCalendar({ country: "JP" }).isBusinessDay(`${TABLE_YEARS[0]}-01-01`)).toBe(false);
  });

  it("names the install line and the registration for a year outside the tables", () => {
    const error = thrown(() => businessCalendar({ country: "FR" }).isBusinessDay(`${TABLE_YEARS[1] + 1}-05-01`));
    expect(error.code).toBe("out-of-range");
    expect(error.message).toBe(
      `year ${TABLE_YEARS[1] + 1} is outside ${TABLE_YEARS[0]}–${TABLE_YEARS[1]}, the years of the built-in FR holiday table. ` +
        "For any year from 1000 to 9999, install date-holidays (npm install date-holidays) and register the live source:\n" +
        '  import { loadLiveHolidays } from "@afterview/core/live-holidays";\n' +
        "  registerHolidays(await loadLiveHolidays());",
    );
  });

  it("keeps the usual validation errors for codes that name no country or region", () => {
    expect(thrown(() => businessCalendar({ country: "QQ" })).code).toBe("validation");
    expect(thrown(() => businessCalendar({ country: "GB", region: "XYZ" })).code).toBe("validation");
  });

  it("keeps the built-in table when the app registers another for the same country", () => {
    registerHolidays({ ...US, series: ["not a row"] });
    expect(businessCalendar({ country: "US" }).isBusinessDay("2026-07-03")).toBe(false);
    expect(defaultHolidaySource.holidays("US", undefined, 2027).length).toBeGreaterThan(5);
  });

  it("refuses a year that is not a number as a validation error, not a TypeError", () => {
    const error = thrown(() => defaultHolidaySource.holidays("GB", undefined, Object.create(null)));
    expect(error.code).toBe("validation");
  });

  it("asks a registered source for what no table covers, and the tables for the rest", () => {
    const asked: string[] = [];
    registerHolidays({
      holidays(country, region, year) {
        asked.push(`${country}-${region ?? ""}-${year}`);
        return year === 2051 ? [{ date: "2051-05-01", name: "Labour Day", type: "public" }] : [];
      },
      hasCountry: (country) => country === "FR",
      regions: () => [],
    });
    const fr = businessCalendar({ country: "FR" });
    expect(fr.isBusinessDay("2051-05-01")).toBe(false);
    expect(fr.isBusinessDay("2026-05-01")).toBe(false);
    expect(asked).toEqual(["FR--2051"]);
  });
});
