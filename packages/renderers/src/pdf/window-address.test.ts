import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { ADDRESSES, LETTER, WINDOW_CASES } from "../internal/fixtures.js";
import { INCH, MM } from "./measures.js";
import { type ExtractedLine, extractPdf, squeeze } from "./pdf-text.test-support.js";
import { renderPdf } from "./render-pdf.js";

/**
 * What the window shows of the sheet wherever the folded sheet rests in the envelope, worked out
 * by hand from the standards (see `internal/envelope-window.ts`):
 * - #10 (4⅛ in tall, window 1⅛ in tall ½ in from the bottom, ⅞ to 5⅜ in across), Letter folded in
 *   thirds (3⅔ in): from 4⅛ − ½ − 1⅛ = 2½ in down to 4⅛ − ½ − (4⅛ − 3⅔) = 3⅙ in; 9½ − 8½ = 1 in of
 *   play sideways leaves ⅞ to 4⅜ in across;
 * - DL (110 mm tall, window 45 mm tall 15 mm from the bottom, 20 to 110 mm across), A4 folded at
 *   105 mm: from 50 mm down to 95 − 5 = 90 mm; 10 mm of play leaves 20 to 100 mm across.
 */
const BANDS = {
  letter: { top: 2.5 * INCH, bottom: (19 / 6) * INCH, left: 0.875 * INCH, right: 4.375 * INCH },
  a4: { top: 50 * MM, bottom: 90 * MM, left: 20 * MM, right: 100 * MM },
};
// pdf.js reports positions to a few thousandths of a point.
const EPSILON = 0.01;

const inBand = (line: ExtractedLine, band: (typeof BANDS)["letter"]) =>
  line.top >= band.top - EPSILON &&
  line.bottom <= band.bottom + EPSILON &&
  line.x >= band.left - EPSILON &&
  line.right <= band.right + EPSILON;
const touchesBand = (line: ExtractedLine, band: (typeof BANDS)["letter"]) =>
  line.bottom > band.top && line.top < band.bottom && line.right > band.left && line.x < band.right;

async function firstPage(doc: Document, paper: "letter" | "a4") {
  return (await extractPdf(await renderPdf(doc, { paper }))).pages[0]!;
}

describe("renderPdf: the recipient shows through the window wherever the folded sheet rests", () => {
  it.each(WINDOW_CASES)("$name", async ({ doc, paper, shows, size }) => {
    const page = await firstPage(doc, paper);
    const band = BANDS[paper];
    // Only the recipient, and on A4 the return line above it, may show in the window.
    const seen = page.lines.filter((line) => touchesBand(line, band));
    const address = seen.filter((line) => !(paper === "a4" && line.bottom < 62.7 * MM));
    expect(squeeze(address.map((l) => l.text).join(""))).toBe(squeeze(shows.join("")));
    expect(address.map((l) => l.size)).toEqual(address.map(() => size));
    for (const line of seen) expect(inBand(line, band), `${line.text} at ${line.top}–${line.bottom}`).toBe(true);
    if (paper === "a4") {
      // DIN 5008: the address zone from 62.7 mm, at most six lines.
      expect(address[0]!.top).toBeGreaterThanOrEqual(62.7 * MM - EPSILON);
      expect(address.length).toBeLessThanOrEqual(6);
    }
  });

  it("a block too long for any step keeps its last lines, the ones the post reads, in the window", async () => {
    const street = "Unit 12, Harbour Exchange Business Park and Conference Centre, West Wing";
    const doc = {
      ...LETTER,
      to: {
        name: "Dana Whitfield",
        organization: "Acme Corp",
        lines: ["x"],
        address: { ...ADDRESSES.tokyo, lines: [street, street, street] },
      },
    } as Document;
    const page = await firstPage(doc, "letter");
    const last = page.lines.find((line) => line.text === "JAPAN")!;
    const postcode = page.lines.find((line) => line.text === "100-0005")!;
    for (const line of [last, postcode]) expect(inBand(line, BANDS.letter)).toBe(true);
    expect(last.bottom).toBeCloseTo(BANDS.letter.bottom, 0);
    expect(page.lines.some((line) => line.text.startsWith("Dana Whitfield"))).toBe(true);
  });

  it("the same bytes every time, for a letter abroad with its address in parts", async () => {
    const tokyo = WINDOW_CASES.find((c) => c.name.startsWith("US to Tokyo"))!.doc;
    const [a, b] = [await renderPdf(tokyo), await renderPdf(structuredClone(tokyo))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("five hundred lines as given: the first and the last two are kept, the last two in the window", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => `Line ${i} ${"of a hostile address block ".repeat(6)}`);
    const page = await firstPage({ ...LETTER, to: { lines } }, "letter");
    const shown = page.lines.filter((line) => touchesBand(line, BANDS.letter)).map((line) => line.text);
    expect(shown.some((text) => text.startsWith("Line 499"))).toBe(true);
    expect(shown.some((text) => text.startsWith("Line 250"))).toBe(false);
  });
});
