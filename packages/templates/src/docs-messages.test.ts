/**
 * The error messages docs/templates-and-tones.md quotes, word for word, through the public API.
 * If one of these changes, change the page too.
 */
import { AfterviewValidationError, createPlan } from "@afterview/core";
import { compose } from "@afterview/templates";
import { SAMPLE_INPUT as input, NOW, OFFER } from "@afterview/testing/samples";
import { describe, expect, it } from "vitest";

const plan = createPlan(input, { now: NOW });

const messageOf = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as Error).message;
  }
  throw new Error("expected an AfterviewValidationError");
};

describe("messages docs/templates-and-tones.md quotes", () => {
  it("an unknown template", () => {
    expect(messageOf(() => compose("thank-you/postcard" as never, { input, plan }))).toBe(
      'templateId: unknown template "thank-you/postcard"; see listTemplates()',
    );
  });

  it("an unknown tone", () => {
    expect(messageOf(() => compose("thank-you/email", { input, plan, tone: "chummy" as never }))).toBe(
      "tone: must be one of warm, formal, brief",
    );
  });

  it("the negotiation email without the advice", () => {
    expect(messageOf(() => compose("offer/negotiation-email", { input, plan, offer: OFFER }))).toMatch(
      /^negotiation: offer\/negotiation-email needs the negotiation advice: ./,
    );
  });
});
