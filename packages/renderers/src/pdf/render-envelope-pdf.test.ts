import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { LETTER, WINDOW_CASES, WORLD_NAMES } from "../internal/fixtures.js";
import { INCH, MM } from "./measures.js";
import { extractPdf } from "./pdf-text.test-support.js";
import { renderEnvelopePdf } from "./render-envelope-pdf.js";

const GB: Document = { ...LETTER, locale: "en-GB" };

describe("renderEnvelopePdf", () => {
  it.each([
    { name: "#10 (default for en-US)", doc: LETTER, options: {}, width: 9.5 * INCH, height: 4.125 * INCH },
    { name: "DL (default for en-GB)", doc: GB, options: {}, width: 220 * MM, height: 110 * MM },
    { name: "DL when asked for", doc: LETTER, options: { size: "DL" as const }, width: 220 * MM, height: 110 * MM },
    { name: "#10 when asked for", doc: GB, options: { size: "10" as const }, width: 9.5 * INCH, height: 4.125 * INCH },
  ])(
    "$name: one page the size of the envelope, sender top left, recipient in the reading zone",
    async ({ doc, options, width, height }) => {
      const pdf = await extractPdf(await renderEnvelopePdf(doc, options));
      expect(pdf.pages).toHaveLength(1);
      const page = pdf.pages[0]!;
      expect(page.width).toBeCloseTo(width, 1);
      expect(page.height).toBeCloseTo(height, 1);
      const lines = page.lines.map((l) => l.text);
      expect(lines).toEqual(expect.arrayContaining([...doc.from!.lines, ...doc.to!.lines]));
      const sender = page.lines.find((l) => l.text === doc.from!.lines[0])!;
      const recipient = doc.to!.lines.map((t) => page.lines.find((l) => l.text === t)!);
      expect(sender.x).toBeLessThan(page.width / 4);
      expect(sender.baseline).toBeLessThan(page.height / 3);
      expect(recipient[0]!.x).toBeGreaterThan(page.width / 3);
      expect(recipient[0]!.baseline).toBeGreaterThan(sender.baseline);
      // Clear of the barcode strip along the bottom (⅝ in on a #10, 15 mm on a DL).
      const strip = width === 9.5 * INCH ? 0.625 * INCH : 15 * MM;
      expect(recipient.at(-1)!.baseline).toBeLessThan(page.height - strip);
      for (const line of recipient) expect(line.right).toBeLessThan(page.width - 0.5 * INCH);
    },
  );

  it("#10: the delivery address inside the USPS OCR read area (⅝ in to 2¾ in above the bottom edge)", async () => {
    const page = (await extractPdf(await renderEnvelopePdf(LETTER))).pages[0]!;
    const recipient = LETTER.to!.lines.map((t) => page.lines.find((l) => l.text === t)!);
    expect(page.height - recipient[0]!.baseline + recipient[0]!.size).toBeLessThanOrEqual(2.75 * INCH);
    expect(page.height - recipient.at(-1)!.baseline).toBeGreaterThanOrEqual(0.625 * INCH);
  });

  it("moves a long recipient block up to keep it out of the barcode strip", async () => {
    const to = { lines: Array.from({ length: 9 }, (_, i) => `Line ${i + 1}`) };
    const page = (await extractPdf(await renderEnvelopePdf({ ...LETTER, to }))).pages[0]!;
    const last = page.lines.find((l) => l.text === "Line 9")!;
    expect(page.height - last.baseline).toBeGreaterThanOrEqual(0.625 * INCH);
  });

  it("the letter's address lines: set out for Japan, JAPAN last, the sender's UNITED STATES last; all in the OCR read area", async () => {
    const tokyo = WINDOW_CASES.find((c) => c.name.startsWith("US to Tokyo"))!.doc;
    const page = (await extractPdf(await renderEnvelopePdf(tokyo))).pages[0]!;
    const recipient = page.lines.filter((l) => l.x > page.width / 3);
    expect(recipient.map((l) => l.text)).toEqual([
      "Kenji Sato",
      "Head of Platform Engineering",
      "Example KK",
      "1-1 Marunouchi 1-chome",
      "Chiyoda-ku, Tokyo",
      "100-0005",
      "JAPAN",
    ]);
    expect(page.lines.filter((l) => l.x < page.width / 3).map((l) => l.text)).toEqual([
      "Alex Morgan",
      "12 Elm St",
      "Chicago, IL 60601",
      "UNITED STATES",
    ]);
    // USPS OCR read area: ⅝ in to 2¾ in above the bottom edge.
    expect(page.height - recipient[0]!.top).toBeLessThanOrEqual(2.75 * INCH);
    expect(page.height - recipient.at(-1)!.bottom).toBeGreaterThanOrEqual(0.625 * INCH);
  });

  it.each(WORLD_NAMES)("draws %s exactly", async (name) => {
    const pdf = await extractPdf(await renderEnvelopePdf({ ...LETTER, to: { lines: [name, "Acme Corp"] } }));
    expect(pdf.pages[0]!.lines.map((l) => l.text)).toContain(name);
  });

  it("the same bytes every time", async () => {
    const [a, b] = [await renderEnvelopePdf(LETTER), await renderEnvelopePdf(LETTER)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("refuses a character no font has, naming it", async () => {
    await expect(renderEnvelopePdf({ ...LETTER, to: { lines: ["张伟"] } })).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof AfterviewError && e.code === "unsupported-character" && e.message.includes("to.lines[0]"),
    );
  });

  it("rejects an unknown size, naming it", async () => {
    const error = await renderEnvelopePdf(LETTER, { size: "C4" as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues[0]!.path).toBe("size");
  });
});
