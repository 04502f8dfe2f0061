import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Document } from "@afterview/templates";
import { describe, expect, it, vi } from "vitest";
import { FontStack } from "../fonts/font-stack.js";
import { LETTER, WORLD_NAMES } from "../internal/fixtures.js";
import { renderEnvelopePdf } from "./render-envelope-pdf.js";
import { type RenderPdfOptions, renderPdf } from "./render-pdf.js";

/*
 * renderPdf measures a line as the sum of its words, each shaped once per render. These tests
 * render documents again with every width measured whole by `font.layout` (as a render that shapes
 * each candidate line in full does) and expect the very same bytes.
 */

const font = (name: string) =>
  new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
// DejaVu's maths font has glyphs DejaVu Sans lacks (ℊ U+210A, ⟂ U+27C2): a real fallback font.
const MATH = font("DejaVuMathTeXGyre.ttf");

/** `FontStack.width` with no shortcut: each run of the text shaped whole, its glyphs' advances added up. */
function wholeWidth(this: FontStack, text: string, size: number): number {
  let units = 0;
  for (const run of this.runs(text)) {
    const face = this.fonts[run.font]!;
    units += face.layout(run.text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / face.unitsPerEm;
  }
  return units * size;
}

/** Runs `render` with every width measured whole. */
async function shapedWhole(render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const spy = vi.spyOn(FontStack.prototype, "width").mockImplementation(wholeWidth);
  try {
    const bytes = await render();
    expect(spy).toHaveBeenCalled();
    return bytes;
  } finally {
    spy.mockRestore();
  }
}

/** The same text with 0–3 short words in front, so that lines break at other words. */
const shifted = (text: string) => ["", "A ", "An ", "Oh, so "].map((head) => head + text);

/** A letter whose subject, heading, body and list are `text` (each at several offsets). */
function letterOf(text: string): Document {
  return {
    ...LETTER,
    subject: text.slice(0, 160),
    blocks: [
      ...shifted(text).map((t) => ({ type: "paragraph" as const, text: t })),
      { type: "heading", text: text.slice(0, 120) },
      { type: "list", items: shifted(text) },
    ],
  };
}

const LIGATURES =
  "The office's efficient staff affirmed the official offer. Affluent buffalo shuffle off; a fjord flight " +
  "baffled difficult suffixes. Fifty-five offices/affiliates fulfil their fiduciary affairs effortlessly.";
const KERNING =
  "AVATAR WAVE To Ta Te Yo LT Tyrannosaurus AWAY. P. F. Y. T, V. AV To Ty Wa Yo, Av. Tv. “To” ‘Ta’ LTA-AVT.";
const ACCENTS =
  "Zoë Ångström-Müller, Małgorzata Żółkiewska-Łęcka, Şükrü Ağaoğlu İçöz and Nguyễn Thị Phương Thảo: café, naïve, " +
  "façade, résumé, coöperate; e\u0301te\u0301 and a\u0308 (decomposed).";
const SCRIPTS =
  "Νικόλαος Παπαδόπουλος thanked the office for an efficient affair. Дмитрий Шостакович wrote official fugues. " +
  "Δεν είναι difficult, Николай.";
const NUMBERS =
  "On 24 November 2026 at 10:30, the offer of $120,000 (3½ weeks’ leave; 2019–2024 — and/or 10\u00a0km) " +
  "went to +1-312-555-0147 for the 24th follow-up.";

describe("renderPdf: words measured once give the bytes of whole-line shaping", () => {
  it.each<[string, Document, RenderPdfOptions]>([
    ["the fixture letter", LETTER, {}],
    ["the fixture letter on A4, no window", LETTER, { paper: "a4", envelopeWindow: false }],
    ["ligatures (office, efficient, fficient, fjord)", letterOf(LIGATURES), {}],
    ["kerning pairs (AV, To, Ta, WAVE)", letterOf(KERNING), { paper: "a4" }],
    ["accented Latin, decomposed accents", letterOf(ACCENTS), {}],
    ["lines that start in Greek or Cyrillic, then English", letterOf(SCRIPTS), {}],
    ["numbers, dates, dashes, slashes and no-break spaces", letterOf(NUMBERS), {}],
    ["names in six scripts, everywhere", letterOf(WORLD_NAMES.join(" and ")), {}],
    ["characters from a fallback font", letterOf(`${LIGATURES} ℊ ⟂ officeℊ a ℊ\u0301x ${SCRIPTS}`), { fonts: [MATH] }],
    [
      "DejaVu Serif and its bold as the fonts",
      letterOf(`${LIGATURES} ${KERNING} ${ACCENTS}`),
      { font: font("DejaVuSerif.ttf"), boldFont: font("DejaVuSerif-Bold.ttf") },
    ],
  ])("%s", async (_, doc, options) => {
    const words = await renderPdf(doc, options);
    expect(Buffer.from(words).equals(Buffer.from(await shapedWhole(() => renderPdf(doc, options))))).toBe(true);
  });

  it("an envelope with long address lines", async () => {
    const doc: Document = {
      ...LETTER,
      to: { ...LETTER.to!, lines: [...shifted(LIGATURES.slice(0, 90)), ...shifted(SCRIPTS.slice(0, 90))] },
    };
    const words = await renderEnvelopePdf(doc);
    expect(Buffer.from(words).equals(Buffer.from(await shapedWhole(() => renderEnvelopePdf(doc))))).toBe(true);
  });
});
