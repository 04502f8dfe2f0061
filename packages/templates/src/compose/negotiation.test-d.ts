import type { NegotiationAdvice } from "@afterview/core";
import { describe, expectTypeOf, test } from "vitest";
import type { ComposeNegotiation } from "./negotiation.js";

describe("ComposeNegotiation", () => {
  test("core's NegotiationAdvice fits it as it is", () => {
    expectTypeOf<NegotiationAdvice>().toExtend<ComposeNegotiation>();
  });
});
