import { describe, expect, it } from "vitest";
import { liveHolidaySource } from "./holidays/live-source.js";
import { isIsoCountry } from "./iso-countries.js";
import { weekendDays } from "./weekend.js";

describe("weekendDays", () => {
  it.each([
    ["US", [6, 7]],
    ["GB", [6, 7]],
    ["AE", [6, 7]],
    ["NP", [6, 7]],
    ["SA", [5, 6]],
    ["BH", [5, 6]],
    ["KW", [5, 6]],
    ["QA", [5, 6]],
    ["OM", [5, 6]],
    ["EG", [5, 6]],
    ["JO", [5, 6]],
    ["IQ", [5, 6]],
    ["DZ", [5, 6]],
    ["LY", [5, 6]],
    ["SD", [5, 6]],
    ["SY", [5, 6]],
    ["YE", [5, 6]],
    ["IL", [5, 6]],
    ["AF", [4, 5]],
    ["IR", [5]],
    ["IN", [7]],
    ["UG", [7]],
    ["il", [5, 6]],
    ["ZZ", [6, 7]],
  ])("%s → %j", (country, days) => {
    expect(weekendDays(country)).toEqual(days);
  });

  // The table is written out so that every engine agrees; where this engine's ICU has CLDR's
  // week data, the two must match for every ISO country.
  const probe = new Intl.Locale("und-US") as Intl.Locale & {
    weekInfo?: { weekend: number[] };
    getWeekInfo?: () => { weekend: number[] };
  };
  const hasWeekInfo = typeof probe.getWeekInfo === "function" || probe.weekInfo !== undefined;

  it.runIf(hasWeekInfo)("agrees with this engine's CLDR data for every ISO country", () => {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (isIsoCountry(code)) codes.push(code);
      }
    expect(codes).toHaveLength(249);
    const mismatches = codes.filter((code) => {
      const locale = new Intl.Locale(`und-${code}`) as typeof probe;
      const info = locale.getWeekInfo?.() ?? locale.weekInfo;
      return JSON.stringify([...(info?.weekend ?? [])].sort()) !== JSON.stringify(weekendDays(code));
    });
    expect(mismatches).toEqual([]);
  });

  it("covers every country of the live holiday source", () => {
    for (const code of ["US", "SA", "IN", "IR"]) expect(liveHolidaySource.hasCountry(code)).toBe(true);
  });
});

describe("weekendDays: found by fuzzing", () => {
  it.each([[undefined], [null], [7], [{}], [["US"]]])(
    "a country that is not a string (%j) is a validation error on country, not a TypeError",
    (value) => {
      expect(() => weekendDays(value as never)).toThrow(
        expect.objectContaining({
          name: "AfterviewValidationError",
          issues: [expect.objectContaining({ path: "country" })],
        }),
      );
    },
  );
});
