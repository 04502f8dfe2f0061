import { describe, expect, it } from "vitest";
import { countryLine, knownCountry } from "./country-line.js";

describe("countryLine: the destination in the sender's postal language, in capitals", () => {
  it.each([
    { country: "JP", sender: "US", expected: "JAPAN" },
    { country: "US", sender: "GB", expected: "UNITED STATES" },
    { country: "GB", sender: "US", expected: "UNITED KINGDOM" },
    { country: "US", sender: "DE", expected: "VEREINIGTE STAATEN" },
    { country: "US", sender: "FR", expected: "ÉTATS-UNIS" },
    // Japanese is not written in Latin letters: English, like the address above it.
    { country: "US", sender: "JP", expected: "UNITED STATES" },
    // A sender's own country, for their block on a letter abroad.
    { country: "GB", sender: "GB", expected: "UNITED KINGDOM" },
  ])("$country from $sender: $expected", ({ country, sender, expected }) => {
    expect(countryLine(country, sender)).toBe(expected);
  });
});

describe("knownCountry", () => {
  it.each([
    ["us", "US"],
    [" GB ", "GB"],
    ["JP", "JP"],
  ])("%j is %s", (code, expected) => {
    expect(knownCountry(code)).toBe(expected);
  });

  it.each(["USA", "ZZ", "", "<script>", "U", "1", undefined])("%j is not a country", (code) => {
    expect(knownCountry(code)).toBeUndefined();
  });
});
