// Isolated: the registration is realm-wide state that other test files must not see.
import { describe, expect, it } from "vitest";
import { businessCalendar } from "./calendar/business-calendar.js";
import { registerHolidays } from "./calendar/holidays/register.js";
import { loadLiveHolidays } from "./live-holidays.js";

// What happens without date-holidays installed is checked on the packed tarballs
// (scripts/check-installs.mjs); errors/missing-dependency.test.ts checks how the error is told.
describe("loadLiveHolidays", () => {
  it("gives the live source, which answers years past the tables once registered", async () => {
    const live = await loadLiveHolidays();
    expect(live.holidays("US", undefined, 2051).find((h) => h.date === "2051-07-04")?.name).toBe("Independence Day");
    registerHolidays(live);
    const us = businessCalendar({ country: "US" });
    expect(us.isBusinessDay("2051-07-04")).toBe(false);
    expect(us.isBusinessDay("1999-12-24")).toBe(false);
  });
});
