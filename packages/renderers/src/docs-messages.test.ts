/**
 * The error messages docs/renderers-and-formats.md quotes, word for word, through the public API.
 * If one of these changes, change the page too.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AfterviewValidationError, createPlan } from "@afterview/core";
import { renderEml } from "@afterview/renderers";
import { renderPdf } from "@afterview/renderers/pdf";
import { compose } from "@afterview/templates";
import { SAMPLE_INPUT as input, NOW } from "@afterview/testing/samples";
import { describe, expect, it } from "vitest";

const plan = createPlan(input, { now: NOW });

describe("messages docs/renderers-and-formats.md quotes", () => {
  it("an address with a header smuggled into it", () => {
    const email = compose("thank-you/email", { input, plan });
    const act = () => renderEml(email, { to: "dana@acme.example\r\nBcc: someone@else.example" });
    expect(act).toThrow(AfterviewValidationError);
    expect(act).toThrow(/^to: expected an address like name@example\.com$/);
  });

  it("a character no font has", async () => {
    // The page's main font is Liberation Sans; any font without Georgian shows the same message.
    const font = readFileSync(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuMathTeXGyre.ttf"));
    const letter = compose("thank-you/letter", { input, plan, recipient: input.interviewers[1] });
    const georgian = { ...letter, to: { ...letter.to!, name: "ნინო ბერიძე" } };
    await expect(renderPdf(georgian, { font })).rejects.toMatchObject({
      code: "unsupported-character",
      message: 'No font has a glyph for "ნ" (U+10DC) in to.name; pass a font that covers it in options.fonts.',
    });
  });
});
