import { describe, expect, it } from "vitest";
import { calendarForZone, countryOfZone } from "./zone-calendar.js";

describe("countryOfZone", () => {
  it.each([
    ["America/New_York", "US"],
    ["America/Chicago", "US"],
    ["Europe/London", "GB"],
    ["Europe/Berlin", "DE"],
    ["America/Toronto", "CA"],
    ["Australia/Sydney", "AU"],
    ["Asia/Kolkata", "IN"],
    ["Asia/Tokyo", "JP"],
    // The tz database links Asia/Bahrain to Asia/Qatar, and the holiday data lists Bahrain under Qatar's zone.
    ["Asia/Bahrain", "BH"],
  ])("%s belongs to %s", (zone, country) => {
    expect(countryOfZone(zone)).toBe(country);
  });

  it.each(["UTC", "Europe/Belgrade", "Africa/Lagos", "Asia/Qatar", "Mars/Olympus_Mons", "__proto__", "constructor"])(
    "%s belongs to no one country",
    (zone) => {
      expect(countryOfZone(zone)).toBeUndefined();
    },
  );
});

describe("calendarForZone", () => {
  it("gives the zone's country's national holidays", () => {
    expect(calendarForZone("America/New_York").isBusinessDay("2026-11-26")).toBe(false);
    expect(calendarForZone("Europe/London").isBusinessDay("2026-12-28")).toBe(false);
  });

  it("falls back to Monday–Friday when the zone names no one country", () => {
    const cal = calendarForZone("UTC");
    expect(cal.isBusinessDay("2026-11-26")).toBe(true);
    expect(cal.isBusinessDay("2026-11-28")).toBe(false);
  });

  it("keeps the country's own weekend (Saudi Arabia rests Friday and Saturday)", () => {
    const cal = calendarForZone("Asia/Riyadh");
    expect(cal.weekend).toEqual([5, 6]);
    expect(cal.isBusinessDay("2026-11-29")).toBe(true);
    expect(cal.isBusinessDay("2026-11-27")).toBe(false);
  });
});
