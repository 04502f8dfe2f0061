import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parseInterviewInput, parseOffer } from "./parse.js";

/*
 * One case rule for country and currency codes: upper case only. Lower or mixed case is refused,
 * with the upper-case code in the message; nothing is rewritten.
 */

const sample = JSON.parse(
  readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8"),
) as Record<string, Record<string, unknown>>;

type Tree = { [key: string]: Tree | unknown };

/** The sample with the code at dotted `path` replaced. */
function withCountry(path: string, code: string): unknown {
  const input = structuredClone(sample) as Tree;
  const keys = path.split(".");
  let at = input;
  for (const key of keys.slice(0, -1)) at = at[key] as Tree;
  at[keys.at(-1)!] = code;
  return input;
}

function firstIssue(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues[0];
  }
  throw new Error("expected a validation error");
}

describe("country and currency codes: upper case only, the fix in the message", () => {
  it.each([
    ["candidate.country", "us"],
    ["company.country", "us"],
    ["candidate.address.country", "Us"],
    ["company.address.country", "uS"],
  ])("%s %j is refused: unknown-country, must be upper case", (path, code) => {
    expect(firstIssue(() => parseInterviewInput(withCountry(path, code)))).toEqual({
      path,
      code: "unknown-country",
      message: `${JSON.stringify(code)} must be upper case: "US"`,
    });
  });

  it.each([
    ["base.currency", { base: { amount: 95000, currency: "usd" }, period: "year" }, "usd"],
    [
      "signOnBonus.currency",
      { base: { amount: 95000, currency: "USD" }, period: "year", signOnBonus: { amount: 1, currency: "Usd" } },
      "Usd",
    ],
  ])("%s %j is refused: unknown-currency, must be upper case", (path, offer, code) => {
    expect(firstIssue(() => parseOffer(offer))).toEqual({
      path,
      code: "unknown-currency",
      message: `${JSON.stringify(code)} must be upper case: "USD"`,
    });
  });

  it("upper case is read and kept as it is", () => {
    expect(parseInterviewInput(sample).candidate.country).toBe("US");
    expect(parseOffer({ base: { amount: 1, currency: "EUR" }, period: "year" }).base.currency).toBe("EUR");
  });
});
