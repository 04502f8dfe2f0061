import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parseOffer, parsePlanEvent } from "./parse.js";
import { safeParseNegotiationContext, safeParseOffer, safeParsePlan, safeParsePlanEvent } from "./safe-parse.js";

describe("safeParse*", () => {
  it("returns the parsed value its parse* twin returns", () => {
    const offer = { base: { amount: 95000, currency: "USD" }, period: "year" };
    expect(safeParseOffer(offer)).toEqual({ success: true, data: parseOffer(offer) });
    const event = { type: "rejected", id: "e5", at: "2026-12-02T10:00:00-05:00" };
    expect(safeParsePlanEvent(event)).toEqual({ success: true, data: parsePlanEvent(event) });
  });

  it("returns the error its parse* twin throws, instead of throwing", () => {
    const result = safeParseOffer({ base: { amount: 95000, currency: "usd" }, period: "year" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(AfterviewValidationError);
    expect(result.error.issues[0]!.path).toBe("base.currency");
  });

  it.each([null, 42, "plan", [], { version: 2 }])("never throws on untyped JSON (%j)", (value) => {
    expect(safeParsePlan(value).success).toBe(false);
    expect(safeParseNegotiationContext(value).success).toBe(value === undefined);
  });
});
