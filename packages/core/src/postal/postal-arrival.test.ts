import { describe, expect, test } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { postalArrival } from "./postal-arrival.js";

describe("postalArrival", () => {
  test("the documented example: Chicago to New York, posted the day before Thanksgiving", () => {
    expect(
      postalArrival({
        from: { country: "US", timeZone: "America/Chicago" },
        to: { country: "US", region: "NY" },
        readyAt: "2026-11-24T21:00:00-06:00[America/Chicago]",
      }),
    ).toEqual({
      service: "US",
      source: "E-POST-US",
      days: 6,
      local: false,
      postingDay: "2026-11-25",
      postBy: "2026-11-25T17:00:00-06:00[America/Chicago]",
      arrival: { earliest: "2026-11-27", latest: "2026-12-03" },
      slow: "before-holiday",
    });
  });

  test("local letters, policy overrides and a Saturday collection", () => {
    const home = { lines: ["1 Main St"], locality: "Boston", region: "MA", country: "US" };
    const result = postalArrival({
      from: { country: "US", region: "MA", timeZone: "America/New_York", address: home },
      to: { country: "US", region: "MA", address: { ...home, lines: ["9 Elm St"] } },
      readyAt: "2026-10-10T09:00:00-04:00",
      policy: { postal: { US: { localDays: 1 } } },
    });
    // Saturday 13:00 collection; local 1 day + 1 for Saturday posting; Monday 12 is Columbus Day: Tue 13, Wed 14.
    expect(result).toMatchObject({ local: true, days: 2, postingDay: "2026-10-10", slow: "saturday" });
    expect(result.postBy).toBe("2026-10-10T13:00:00-04:00[America/New_York]");
    expect(result.arrival).toEqual({ earliest: "2026-10-13", latest: "2026-10-14" });
  });

  test.each([
    {
      name: "unknown zone",
      options: {
        from: { country: "US", timeZone: "Mars/Base" },
        to: { country: "US" },
        readyAt: "2026-10-06T09:00:00Z",
      },
      path: "from.timeZone",
    },
    {
      name: "unknown country",
      options: { from: { country: "US", timeZone: "UTC" }, to: { country: "XX" }, readyAt: "2026-10-06T09:00:00Z" },
      path: "to.country",
    },
    {
      name: "missing readyAt",
      options: { from: { country: "US", timeZone: "UTC" }, to: { country: "US" } },
      path: "readyAt",
    },
    {
      name: "readyAt without offset",
      options: { from: { country: "US", timeZone: "UTC" }, to: { country: "US" }, readyAt: "2026-10-06T09:00" },
      path: "readyAt",
    },
    {
      name: "bad policy",
      options: {
        from: { country: "US", timeZone: "UTC" },
        to: { country: "US" },
        readyAt: "2026-10-06T09:00:00Z",
        policy: { postal: { US: { days: -1 } } },
      },
      path: "policy.postal.US.days",
    },
    {
      name: "unknown key",
      options: {
        from: { country: "US", timeZone: "UTC", city: "x" },
        to: { country: "US" },
        readyAt: "2026-10-06T09:00:00Z",
      },
      path: "from.city",
    },
    { name: "not an object", options: null, path: "" },
  ])("$name → AfterviewValidationError at $path", ({ options, path }) => {
    let error: unknown;
    try {
      postalArrival(options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues[0]?.path).toBe(path);
  });
});
