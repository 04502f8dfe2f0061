import { describe, expect, it } from "vitest";
import type { AddressStep } from "./address-block.js";
import { type FitOptions, fitAddress } from "./address-fit.js";
import { ADDRESS_STYLES } from "./address-styles.js";

// The #10 window band (48 pt) with DejaVu Sans's glyph height (ascent 0.928 + descent 0.236).
const BAND: FitOptions = {
  height: 48,
  maxLines: Number.POSITIVE_INFINITY,
  styles: ADDRESS_STYLES,
  wrap: (t) => [t],
  extent: 1.164,
};
const step = (size: AddressStep["size"], ...lines: string[]): AddressStep => ({ lines, size });

describe("fitAddress: the first step that fits", () => {
  it.each([
    {
      name: "four lines fit the #10 band at 10 pt",
      steps: [step("regular", "a", "b", "c", "d")],
      size: 10,
      fits: true,
    },
    { name: "five do not", steps: [step("regular", "a", "b", "c", "d", "e")], size: 10, fits: false },
    {
      name: "five fit at 8 pt",
      steps: [step("regular", "a", "b", "c", "d", "e"), step("compact", "a", "b", "c", "d", "e")],
      size: 8,
      fits: true,
    },
    {
      name: "a shorter step in the regular size is taken before a smaller size",
      steps: [step("regular", "a", "b", "c", "d", "e"), step("regular", "a", "c", "d", "e"), step("compact", "x")],
      size: 10,
      fits: true,
    },
  ])("$name", ({ steps, size, fits }) => {
    const fitted = fitAddress(steps, BAND);
    expect([fitted.style.size, fitted.fits]).toEqual([size, fits]);
  });

  it("counts wrapped lines", () => {
    const wrapTwice: FitOptions = { ...BAND, wrap: (t) => [t, t] };
    expect(fitAddress([step("regular", "a", "b")], wrapTwice)).toMatchObject({
      lines: ["a", "a", "b", "b"],
      fits: true,
    });
    expect(fitAddress([step("regular", "a", "b", "c")], wrapTwice).fits).toBe(false);
  });

  it("keeps to the most lines allowed, however small the type (DIN 5008: six)", () => {
    const din: FitOptions = { ...BAND, height: 1000, maxLines: 6 };
    const seven = step("compact", "1", "2", "3", "4", "5", "6", "7");
    expect(fitAddress([seven], din).fits).toBe(false);
    expect(fitAddress([seven, step("regular", "1", "2", "3", "4", "5", "7")], din)).toMatchObject({
      fits: true,
      size: "regular",
    });
  });

  it("when nothing fits, the last (shortest) step, marked as not fitting", () => {
    const fitted = fitAddress([step("regular", ...Array(9).fill("x")), step("compact", ...Array(7).fill("y"))], BAND);
    expect(fitted).toMatchObject({ lines: Array(7).fill("y"), size: "compact", fits: false });
    expect(fitted.height).toBeCloseTo(6 * 9.6 + 1.164 * 8, 9);
  });

  it("without a font's glyph height, a line fills its leading (Word's exact line spacing)", () => {
    const word: FitOptions = { ...BAND, extent: undefined };
    expect(fitAddress([step("regular", "a", "b", "c", "d")], word)).toMatchObject({ height: 48, fits: true });
  });
});
