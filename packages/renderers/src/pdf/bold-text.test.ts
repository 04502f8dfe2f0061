import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { LETTER, SCRIPT } from "../internal/fixtures.js";
import { INCH } from "./measures.js";
import { extractPdf, fontNames, textRuns } from "./pdf-text.test-support.js";
import { renderEnvelopePdf } from "./render-envelope-pdf.js";
import { renderPdf } from "./render-pdf.js";

const fontFile = (name: string) =>
  new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
const MATH_FONT = fontFile("DejaVuMathTeXGyre.ttf");

const SANS = "AFVWAA+DejaVuSans";
const SANS_BOLD = "AFVWAB+DejaVuSans-Bold";

/** The fonts that draw the runs whose text is part of `text`. */
async function fontsOf(bytes: Uint8Array, text: string): Promise<string[]> {
  const runs = (await textRuns(bytes)).filter((run) => text.includes(run.text.trim()));
  if (runs.length === 0) throw new Error(`no run of ${JSON.stringify(text)}`);
  return [...new Set(runs.map((run) => run.font))];
}

describe("renderPdf: the subject line and headings in bold", () => {
  it("the subject's text runs are in DejaVu Sans Bold; the salutation, body and addresses stay regular", async () => {
    const bytes = await renderPdf(LETTER);
    expect(await fontsOf(bytes, LETTER.subject!)).toEqual([SANS_BOLD]);
    for (const text of [LETTER.salutation!, LETTER.to!.lines[0]!, LETTER.closing!]) {
      expect(await fontsOf(bytes, text)).toEqual([SANS]);
    }
  });

  it("a call script's headings are bold, its numbered items regular", async () => {
    const bytes = await renderPdf(SCRIPT);
    for (const heading of ["Opening", "Ask"]) expect(await fontsOf(bytes, heading)).toEqual([SANS_BOLD]);
    expect(await fontsOf(bytes, "Has a decision been made?")).toEqual([SANS]);
  });

  it("a long subject wraps inside the margins, measured in the (wider) bold face", async () => {
    const subject = "Senior Data Engineer interview: streaming ingestion, late-arriving events, backfills ".repeat(3);
    const pdf = await extractPdf(await renderPdf({ ...LETTER, subject }));
    const page = pdf.pages[0]!;
    const lines = page.lines.filter((line) => subject.includes(line.text));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(page.width - 1 * INCH + 0.01);
  });

  it("embeds the bold face as a subset, and only when something is bold (an envelope has nothing bold)", async () => {
    expect(await fontNames(await renderPdf(LETTER))).toEqual([SANS, SANS_BOLD]);
    const plain: Document = { ...LETTER, subject: undefined };
    expect(await fontNames(await renderPdf(plain))).toEqual([SANS]);
    expect(await fontNames(await renderEnvelopePdf(LETTER))).toEqual([SANS]);
  });

  it("a character the bold face lacks comes from DejaVu Sans, then from the fallbacks", async () => {
    // DejaVu Sans has the mathematical sans-serif 𝖠 (U+1D5A0), its bold does not; ℊ is only in the maths font.
    const bytes = await renderPdf({ ...LETTER, subject: "Plan 𝖠 and ℊ" }, { fonts: [MATH_FONT] });
    const runs = (await textRuns(bytes)).filter((run) => "Plan 𝖠 and ℊ".includes(run.text.trim()));
    expect(runs.map((run) => [run.text.trim(), run.font])).toEqual([
      ["Plan", "AFVWAC+DejaVuSans-Bold"],
      ["𝖠", SANS],
      ["and", "AFVWAC+DejaVuSans-Bold"],
      ["ℊ", "AFVWAB+DejaVuMathTeXGyre-Regular"],
    ]);
  });
});

describe("renderPdf: the bold face with the caller's fonts", () => {
  it("with `font` and no `boldFont`, bold text is set in `font` itself (no other family's bold)", async () => {
    const bytes = await renderPdf(LETTER, { font: fontFile("DejaVuSerif.ttf") });
    expect(await fontNames(bytes)).toEqual(["AFVWAA+DejaVuSerif"]);
  });

  it("`boldFont` sets the subject in the face given, beside `font`", async () => {
    const bytes = await renderPdf(LETTER, {
      font: fontFile("DejaVuSerif.ttf"),
      boldFont: fontFile("DejaVuSerif-Bold.ttf"),
    });
    expect(await fontsOf(bytes, LETTER.subject!)).toEqual(["AFVWAB+DejaVuSerif-Bold"]);
    expect(await fontsOf(bytes, LETTER.salutation!)).toEqual(["AFVWAA+DejaVuSerif"]);
  });

  it("the same bytes every time with a bold face and fallbacks", async () => {
    const options = { fonts: [MATH_FONT] };
    const doc = { ...SCRIPT, subject: "Follow-up ℊ" };
    const [a, b] = [await renderPdf(doc, options), await renderPdf(structuredClone(doc), options)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("rejects a `boldFont` that is not font bytes, naming it", async () => {
    for (const boldFont of [42, new Uint8Array([1, 2, 3, 4])]) {
      const error = await renderPdf(LETTER, { boldFont } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]!.path).toBe("boldFont");
    }
  });
});
