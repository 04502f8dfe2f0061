/**
 * The error messages the docs quote, word for word, through the public API. If one of these
 * changes, change the page that quotes it too (named in each test).
 */
import {
  AfterviewError,
  AfterviewValidationError,
  compareOffers,
  createPlan,
  safeParseInterviewInput,
  safeParseOffer,
} from "@afterview/core";
import { NOW, SAMPLE_INPUT } from "@afterview/testing/samples";
import { describe, expect, it } from "vitest";

const messageOf = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as Error).message;
  }
  throw new Error("expected an AfterviewValidationError");
};

describe("messages the docs quote", () => {
  it("README.md and getting-started.md: a misspelt candidate zone", () => {
    const input = { ...SAMPLE_INPUT, candidate: { ...SAMPLE_INPUT.candidate, timeZone: "America/New_Yrok" } };
    expect(messageOf(() => createPlan(input, { now: NOW }))).toBe(
      'candidate.timeZone: unknown time zone "America/New_Yrok" (use an IANA name such as "America/New_York")',
    );
  });

  it.each([
    [{ followUp: { touchs: 2 } }, "policy.followUp.touchs: is not a known field"],
    [{ thankYou: { writeBy: "9pm" } }, 'policy.thankYou.writeBy: expected a 24-hour time "HH:MM"'],
  ])("rules.md: a policy override %j", (policy, message) => {
    expect(messageOf(() => createPlan(SAMPLE_INPUT, { now: NOW, policy: policy as never }))).toBe(message);
  });

  it("web-app.md: the issues of a form with three mistakes", () => {
    const result = safeParseInterviewInput({
      ...SAMPLE_INPUT,
      format: undefined,
      interviewers: [SAMPLE_INPUT.interviewers[0], { ...SAMPLE_INPUT.interviewers[1], email: "marek at acme" }],
      candidate: { ...SAMPLE_INPUT.candidate, timeZone: "America/Chicgo" },
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: "format", code: "invalid_type", message: "is required and must be one of onsite, video, phone" },
      {
        path: "interviewers[1].email",
        code: "invalid_format",
        message: "must be an email address such as name@example.com",
      },
      {
        path: "candidate.timeZone",
        code: "unknown-time-zone",
        message: 'unknown time zone "America/Chicgo" (use an IANA name such as "America/New_York")',
      },
    ]);
  });

  it("negotiate-and-compare.md: an offer written carelessly", () => {
    const result = safeParseOffer({ base: { amount: 95000, currency: "usd" }, period: "yearly" });
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: "base.currency", code: "unknown-currency", message: '"usd" must be upper case: "USD"' },
      { path: "period", code: "invalid_value", message: "must be one of hour, month, year" },
    ]);
  });

  it("negotiate-and-compare.md: offers in two currencies and no rate", () => {
    const act = () =>
      compareOffers([
        { id: "acme", base: { amount: 95000, currency: "USD" }, period: "year" },
        { id: "initech", base: { amount: 88000, currency: "EUR" }, period: "year" },
      ]);
    expect(act).toThrow(AfterviewError);
    expect(act).toThrow(
      expect.objectContaining({
        code: "currency-mismatch",
        message:
          "offers[1].base is in EUR but the comparison is in USD, and no rate was given: pass rates: { EUR: <USD per EUR> }",
      }),
    );
  });
});
