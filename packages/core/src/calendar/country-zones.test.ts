import { describe, expect, it } from "vitest";
import { countryCodes } from "../schema/countries.js";
import { lookupTimeZone } from "../time/zone.js";
import { zonesOfPlace } from "./country-zones.js";
import { countryOfZone } from "./zone-calendar.js";

const UNINHABITED = ["AQ", "BV", "HM", "UM"];
// The holiday data lists Asia/Qatar under Bahrain only (it has no Qatar), so the generated table says BH.
const SHARED_IN_DATA: Record<string, string> = { "Asia/Qatar": "QA" };

describe("zonesOfPlace", () => {
  it("gives every inhabited country at least one zone, each known to this runtime and not shared by name with another country", () => {
    for (const country of countryCodes()) {
      const zones = zonesOfPlace(country);
      if (UNINHABITED.includes(country)) {
        expect(zones, country).toEqual([]);
        continue;
      }
      expect(zones.length, country).toBeGreaterThan(0);
      for (const zone of zones) {
        expect(lookupTimeZone(zone), `${country}: ${zone}`).not.toBeNull();
        const owner = countryOfZone(zone);
        if (owner !== undefined && SHARED_IN_DATA[zone] !== country) expect(owner, `${country}: ${zone}`).toBe(country);
      }
    }
  });

  it.each([
    ["US", "CA", "America/Los_Angeles"],
    ["US", "ny", "America/New_York"],
    ["US", "AZ", "America/Phoenix"],
    ["US", "IL", "America/Chicago"],
    ["CA", "BC", "America/Vancouver"],
    ["CA", "QC", "America/Toronto"],
    ["AU", "WA", "Australia/Perth"],
    ["AU", "QLD", "Australia/Brisbane"],
    ["BR", "AM", "America/Manaus"],
  ])("%s, region %s: %s", (country, region, zone) => {
    expect(zonesOfPlace(country, region)).toEqual([zone]);
  });

  it("lists a country's principal zones, most populous first, when the region does not settle it", () => {
    expect(zonesOfPlace("US")[0]).toBe("America/New_York");
    expect(zonesOfPlace("US", "Springfield")).toEqual(zonesOfPlace("US"));
    expect(zonesOfPlace("US")).toContain("America/Los_Angeles");
    expect(zonesOfPlace("AU")[0]).toBe("Australia/Sydney");
  });

  it("names a country's own city for a zone it shares, and reads the country in any case", () => {
    expect(zonesOfPlace("IT")).toEqual(["Europe/Rome"]);
    expect(zonesOfPlace("CH")).toEqual(["Europe/Zurich"]);
    expect(zonesOfPlace("de")).toEqual(["Europe/Berlin"]);
    expect(zonesOfPlace("GB", "SCT")).toEqual(["Europe/London"]);
    expect(zonesOfPlace("ZZ")).toEqual([]);
  });
});
