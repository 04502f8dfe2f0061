import { AfterviewValidationError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { compose } from "../compose/compose.js";
import { planFor, richInput } from "../internal/test-fixtures.js";
import { de } from "./de/index.js";
import { registerLanguage } from "./registry.js";

describe("registerLanguage", () => {
  it.each([[undefined], [null], ["de"], [{ language: "it" }], [{ ...de, adapt: undefined }]])(
    "refuses what is not a language pack (%#), naming it",
    (pack) => {
      expect(() => registerLanguage(pack as never)).toThrow(AfterviewValidationError);
      try {
        registerLanguage(pack as never);
      } catch (error) {
        expect((error as AfterviewValidationError).issues[0]).toMatchObject({ path: "pack", code: "invalid_value" });
      }
    },
  );

  it("a pack registered again replaces the one before (an app's own wording)", () => {
    const plan = planFor(richInput);
    const closing = () => compose("thank-you/email", { input: richInput, plan, locale: "de-DE" }).closing;
    const before = closing();
    registerLanguage({ ...de, words: { ...de.words, closing: () => "Herzliche Grüße" } });
    try {
      expect(closing()).toBe("Herzliche Grüße");
    } finally {
      registerLanguage(de);
    }
    expect(closing()).toBe(before);
  });
});
