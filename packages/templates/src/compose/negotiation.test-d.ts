import { describe, expectTypeOf, test } from "vitest";
import type { NegotiationAdvice } from "../../../core/src/negotiation/types.js";
import type { ComposeNegotiation } from "./negotiation.js";

describe("ComposeNegotiation", () => {
  test("core's NegotiationAdvice fits it as it is", () => {
    expectTypeOf<NegotiationAdvice>().toExtend<ComposeNegotiation>();
  });
});
