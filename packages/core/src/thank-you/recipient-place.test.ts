import { describe, expect, test } from "vitest";
import type { Person } from "../schema/person.js";
import { recipientPlace } from "./recipient-place.js";
import { testContext, testInput } from "./test-input.js";

// The test company: Acme Corp, New York (US-NY), 200 Park Ave.
const ctx = testContext(testInput());
const noAddressCtx = testContext(testInput({ company: { ...testInput().company, address: undefined } }));
const at = (locality: string, country: string, region?: string) => ({
  lines: ["1 Main St"],
  locality,
  country,
  ...(region ? { region } : {}),
});

describe("recipientPlace", () => {
  test.each([
    {
      name: "no address of their own → the company's, on the employer's calendar",
      person: {},
      country: "US",
      calendar: ["US", "NY"],
      locality: "New York",
    },
    {
      name: "a Tokyo address → JP, Japan's calendar ('Tokyo' is no region code, so the country's)",
      person: { address: at("Chiyoda-ku", "JP", "Tokyo") },
      country: "JP",
      calendar: ["JP", undefined],
      locality: "Chiyoda-ku",
    },
    {
      name: "an Edinburgh address with region SCT → Scotland's bank holidays",
      person: { address: at("Edinburgh", "GB", "SCT") },
      country: "GB",
      calendar: ["GB", "SCT"],
      locality: "Edinburgh",
    },
    {
      name: "a Los Angeles address → California's holidays, not New York's",
      person: { address: at("Los Angeles", "US", "CA") },
      country: "US",
      calendar: ["US", "CA"],
      locality: "Los Angeles",
    },
    {
      name: "an address in the company's country without a region → the employer's calendar",
      person: { address: at("Buffalo", "us") },
      country: "US",
      calendar: ["US", "NY"],
      locality: "Buffalo",
    },
  ] as { name: string; person: Person; country: string; calendar: [string, string | undefined]; locality: string }[])(
    "$name",
    ({ person, country, calendar, locality }) => {
      const place = recipientPlace(ctx, person, 0);
      expect(place.country).toBe(country);
      expect([place.days.country, place.days.region]).toEqual(calendar);
      expect(place.address?.locality).toBe(locality);
    },
  );

  test("no address anywhere → the company's country and calendar, no address", () => {
    const place = recipientPlace(noAddressCtx, {}, 0);
    expect(place).toMatchObject({ country: "US", address: undefined });
    expect(place.days).toBe(noAddressCtx.employer.days);
  });
});
