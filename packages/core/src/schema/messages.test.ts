import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { compareOffers } from "../offers/compare.js";
import { parseInterviewInput, parseOffer, parsePlanEvent } from "./parse.js";

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as Error).message;
  }
  throw new Error("expected a validation error");
}

const offer = (change: Record<string, unknown>) => ({
  base: { amount: 95000, currency: "USD" },
  period: "year",
  ...change,
});
const at = "2026-12-02T10:00:00-05:00[America/New_York]";

describe("messages in plain words", () => {
  it.each([
    [
      "a string where a number belongs",
      () => parseOffer(offer({ ptoDays: "20" })),
      "ptoDays: expected a number, got a string",
    ],
    [
      "NaN",
      () => parseOffer(offer({ base: { amount: Number.NaN, currency: "USD" } })),
      "base.amount: expected a number, got NaN",
    ],
    [
      "Infinity",
      () => parseOffer(offer({ base: { amount: Number.POSITIVE_INFINITY, currency: "USD" } })),
      "base.amount: expected a number, got Infinity",
    ],
    [
      "a fraction where a whole number belongs",
      () => parseOffer(offer({ ptoDays: 2.5 })),
      "ptoDays: expected a whole number, got 2.5",
    ],
    [
      "a missing field",
      () => parseOffer({ base: { amount: 1, currency: "USD" } }),
      "period: is required and must be one of hour, month, year",
    ],
    ["a missing string", () => parseOffer({ base: { amount: 1 }, period: "year" }), "base.currency: is required"],
    ["an enum", () => parseOffer(offer({ period: "week" })), "period: must be one of hour, month, year"],
    ["a literal", () => parsePlanEvent({ type: "rejected", id: "e", at, extra: 1 }), "extra: is not a known field"],
    [
      "a discriminator",
      () => parsePlanEvent({ type: "hired", id: "e", at }),
      "type: must be one of thank-you-sent, follow-up-made, timeline-updated, offer-received, offer-accepted, offer-declined, rejected, withdrew, no-response",
    ],
    [
      "a missing discriminator",
      () => parsePlanEvent({ id: "e", at }),
      "type: is required and must be one of thank-you-sent, follow-up-made, timeline-updated, offer-received, offer-accepted, offer-declined, rejected, withdrew, no-response",
    ],
    [
      "a long string",
      () => parseOffer(offer({ id: "x".repeat(1024 * 1024) })),
      "id: must be at most 200 characters (got 1,048,576)",
    ],
    ["a negative number", () => parseOffer(offer({ ptoDays: -1 })), "ptoDays: must be at least 0 (got -1)"],
    [
      "a bound the value must pass",
      () => compareOffers([offer({}) as never], { rates: { EUR: 0 } }),
      "context.rates.EUR: must be above 0 (got 0)",
    ],
    [
      "an upper-case hint",
      () => parseOffer(offer({ base: { amount: 1, currency: "usd" } })),
      'base.currency: "usd" must be upper case: "USD"',
    ],
    [
      "an unknown currency",
      () => parseOffer(offer({ base: { amount: 1, currency: "XYZ" } })),
      'base.currency: "XYZ" is not an ISO 4217 currency code in use (e.g. "USD", "EUR", "JPY")',
    ],
    [
      "too many decimals",
      () => parseOffer(offer({ base: { amount: 1000.5, currency: "JPY" } })),
      "base.amount: 1000.5 has more decimals than JPY allows (0)",
    ],
    [
      "a range upside down",
      () => parseOffer(offer({ range: { min: 120000, max: 90000 } })),
      "range.max: must be at least min (120000)",
    ],
    ["a non-object", () => parseOffer(null), "expected an object, got null"],
    ["an array", () => parseOffer([]), "expected an object, got an array"],
    [
      "an impossible date",
      () => parseOffer(offer({ startDate: "2026-02-30" })),
      'startDate: "2026-02-30" is not a real calendar date',
    ],
    [
      "a date-time without offset",
      () => parseOffer(offer({ deadline: "2026-12-01T17:00" })),
      'deadline: "2026-12-01T17:00" has no offset or [zone]; add one, e.g. -05:00 or [America/New_York]',
    ],
  ])("%s", (_name, fn, expected) => {
    expect(messageOf(fn)).toBe(expected);
  });

  it("lists several problems one per line, under a heading naming the subject", () => {
    const message = messageOf(() =>
      parseInterviewInput({
        id: "x",
        role: "Analyst",
        company: { name: "Beta", timeZone: "Europe/Berlim", country: "DE" },
        start: "2026-11-24T10:00:00Z",
        end: "2026-11-24T09:00:00Z",
        format: "video",
        interviewers: [{ email: "not-an-email" }],
        interest: "want",
        candidate: { name: "Kim", timeZone: "Asia/Seoul", country: "KR" },
      }),
    );
    expect(message).toBe(
      [
        "3 problems in the interview input:",
        '  - company.timeZone: unknown time zone "Europe/Berlim" (use an IANA name such as "America/New_York")',
        "  - interviewers[0].email: must be an email address such as name@example.com",
        "  - end: must be after start",
      ].join("\n"),
    );
  });

  it("never echoes the content of a wrong value, only its kind", () => {
    const message = messageOf(() => parseOffer(offer({ id: { secret: "hunter2" } })));
    expect(message).toBe("id: expected a string, got an object");
  });
});
