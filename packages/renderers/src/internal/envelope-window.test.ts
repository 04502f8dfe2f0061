import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  A4_ADDRESS_WINDOW,
  A4_AT_FOLD_MARKS,
  A4_WINDOW_BAND,
  DL_ENVELOPE,
  type FoldedSheet,
  LETTER_ADDRESS_WINDOW,
  LETTER_IN_THIRDS,
  LETTER_WINDOW_BAND,
  US_10_ENVELOPE,
  type WindowEnvelope,
  windowBand,
} from "./envelope-window.js";
import { INCH, MM } from "./units.js";

const inches = (n: number) => Number((n / INCH).toFixed(4));
const mm = (n: number) => Number((n / MM).toFixed(4));

describe("windowBand: the part of the sheet a window shows wherever the folded sheet rests", () => {
  it("US #10 window, Letter in thirds: 2½ to 3⅙ in down, ⅞ to 4⅜ in across", () => {
    const band = LETTER_WINDOW_BAND;
    expect([band.top, band.bottom, band.left, band.right].map(inches)).toEqual([2.5, 3.1667, 0.875, 4.375]);
  });

  it("DL window, A4 at DIN 5008's fold marks: 50 to 90 mm down, 20 to 100 mm across", () => {
    const band = A4_WINDOW_BAND;
    expect([band.top, band.bottom, band.left, band.right].map(mm)).toEqual([50, 90, 20, 100]);
  });

  it.each([
    { name: "#10 and Letter", envelope: US_10_ENVELOPE, sheet: LETTER_IN_THIRDS },
    { name: "DL and A4", envelope: DL_ENVELOPE, sheet: A4_AT_FOLD_MARKS },
  ])("$name: the band is inside the window at every resting place of the sheet", ({ envelope, sheet }) => {
    const band = windowBand(envelope, sheet);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (v, h) => {
        // The sheet's top-left corner, down and across from the envelope's.
        const down = v * (envelope.height - sheet.panel);
        const across = h * (envelope.width - sheet.width);
        const window = seenOnSheet(envelope, down, across);
        expect(band.top).toBeGreaterThanOrEqual(window.top - 1e-9);
        expect(band.bottom).toBeLessThanOrEqual(window.bottom + 1e-9);
        expect(band.left).toBeGreaterThanOrEqual(window.left - 1e-9);
        expect(band.right).toBeLessThanOrEqual(window.right + 1e-9);
      }),
    );
    // ...and it is the largest such band: each edge is the window's edge at one resting place.
    const [high, low] = [
      seenOnSheet(envelope, 0, 0),
      seenOnSheet(envelope, envelope.height - sheet.panel, envelope.width - sheet.width),
    ];
    expect([band.top, band.left]).toEqual([high.top, high.left]);
    expect(band.bottom).toBeCloseTo(low.bottom, 9);
    expect(band.right).toBeCloseTo(low.right, 9);
  });

  test.prop([fc.double({ min: 1, max: 100, noNaN: true })])(
    "refuses a folded sheet taller than the envelope",
    (extra) => {
      const sheet: FoldedSheet = { width: LETTER_IN_THIRDS.width, panel: US_10_ENVELOPE.height + extra };
      expect(() => windowBand(US_10_ENVELOPE, sheet)).toThrow(RangeError);
    },
  );
});

describe("address windows: where the recipient's block goes", () => {
  it("US Letter: on the 1 in margin, 2½ to 3⅙ in down, 3⅜ in wide, no return line", () => {
    const w = LETTER_ADDRESS_WINDOW;
    expect([w.x, w.top, w.bottom, w.width].map(inches)).toEqual([1, 2.5, 3.1667, 3.375]);
    expect(w.returnLine).toBeUndefined();
  });

  it("A4: DIN 5008 form B's address zone (62.7 to 90 mm, six lines), cut to the window's 100 mm; return line 5 mm", () => {
    const w = A4_ADDRESS_WINDOW;
    expect([w.x, w.top, w.bottom, w.width].map(mm)).toEqual([25, 62.7, 90, 75]);
    expect(w.maxLines).toBe(6);
    expect(mm(w.returnLine!.height)).toBe(5);
  });
});

/** The window's rectangle in the sheet's coordinates when the sheet's corner is `down` and `across` from the envelope's. */
function seenOnSheet(envelope: WindowEnvelope, down: number, across: number) {
  const { window } = envelope;
  const top = envelope.height - window.bottom - window.height - down;
  return { top, bottom: top + window.height, left: window.left - across, right: window.left + window.width - across };
}
