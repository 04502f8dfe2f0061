import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { parseDocument } from "@afterview/templates";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { EMAIL, everywhere, LETTER, NOTE, SCRIPT, WORLD_NAMES, XSS } from "../internal/fixtures.js";
import { INCH, MM } from "./measures.js";
import { type ExtractedPdf, extractPdf, fontNames, pageContent, squeeze } from "./pdf-text.test-support.js";
import { renderPdf } from "./render-pdf.js";

const fontFile = (name: string) =>
  new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
// DejaVu's maths font has glyphs DejaVu Sans lacks (ℊ U+210A, ⟂ U+27C2): a real fallback font.
const MATH_FONT = fontFile("DejaVuMathTeXGyre.ttf");

const GB_LETTER: Document = {
  ...LETTER,
  locale: "en-GB",
  date: "24 November 2026",
  from: { name: "Alex Morgan", lines: ["Alex Morgan", "14 Mill Lane", "Leeds LS1 4AB"] },
  to: {
    name: "Priya Shah",
    lines: ["Priya Shah", "Head of Data", "Northwind Ltd", "1 King Street", "Manchester M2 4WU"],
  },
};

/** Every printed field of a document, in order, as one string without spaces. */
function printed(doc: Document): string[] {
  return [
    ...(doc.from?.lines ?? []),
    doc.date,
    ...(doc.to?.lines ?? []),
    doc.subject,
    doc.salutation,
    ...doc.blocks.flatMap((b) => (b.type === "list" ? b.items : [b.text])),
    doc.closing,
    ...(doc.signature ?? []),
  ].filter((s): s is string => typeof s === "string" && s !== "");
}

function lineStarting(pdf: ExtractedPdf, text: string, page = 0) {
  const line = pdf.pages[page]!.lines.find((l) => l.text.startsWith(text));
  if (!line) throw new Error(`no line starting ${JSON.stringify(text)} in\n${pdf.text}`);
  return line;
}

describe("renderPdf: text read back with pdf.js", () => {
  it.each([
    { name: "US letter", doc: LETTER, options: {} },
    { name: "British letter on A4", doc: GB_LETTER, options: {} },
    { name: "US letter without the window layout", doc: LETTER, options: { envelopeWindow: false } },
    { name: "US letter on A4", doc: LETTER, options: { paper: "a4" as const } },
    { name: "email", doc: EMAIL, options: {} },
    { name: "call script", doc: SCRIPT, options: {} },
    { name: "note", doc: NOTE, options: {} },
  ])("$name: every field is drawn, the body in reading order", async ({ doc, options }) => {
    const pdf = await extractPdf(await renderPdf(doc, options));
    for (const field of printed(doc)) expect(squeeze(pdf.text)).toContain(squeeze(field));
    // The head is placed in fixed spots (the date beside the sender); from the subject on, text reads in order.
    let rest = squeeze(pdf.text);
    const body = { ...doc, from: undefined, to: undefined, date: undefined };
    for (const field of printed(body)) {
      const at = rest.indexOf(squeeze(field));
      expect(at, `${field} missing or out of order`).toBeGreaterThanOrEqual(0);
      rest = rest.slice(at + squeeze(field).length);
    }
  });

  it.each(WORLD_NAMES)("draws %s exactly, as the recipient, in the salutation and as the signature", async (name) => {
    const doc: Document = {
      ...LETTER,
      to: { name, lines: [name, "Acme Corp"] },
      salutation: `Dear ${name},`,
      signature: [name],
    };
    const pdf = await extractPdf(await renderPdf(doc));
    const lines = pdf.pages[0]!.lines.map((l) => l.text);
    expect(lines.filter((l) => l === name)).toHaveLength(2);
    expect(lines).toContain(`Dear ${name},`);
  });

  it("regression: a glyph cached while subsetting one letter (the u inside ü) still reads back in the next", async () => {
    // Fonts are parsed once per process, so fontkit's glyph cache is shared between documents.
    await renderPdf({ ...LETTER, signature: ["Müller Ñandú Ůžasný"] });
    const pdf = await extractPdf(await renderPdf({ ...LETTER, signature: ["Nun und Ursula"] }));
    expect(pdf.pages[0]!.lines.map((l) => l.text)).toContain("Nun und Ursula");
  });

  it("draws a decomposed name (e + combining accent) composed, as one glyph each", async () => {
    const pdf = await extractPdf(await renderPdf({ ...LETTER, signature: ["Nguye\u0302\u0303n Zoe\u0308"] }));
    expect(pdf.text).toContain("Nguyễn Zoë");
  });

  it("writes fixed metadata: title, author, language, and dates from the document's own date", async () => {
    const { info } = await extractPdf(await renderPdf(LETTER));
    expect(info).toMatchObject({
      Title: "Thank you for the interview",
      Author: "Alex Morgan",
      Language: "en-US",
      CreationDate: "D:20261124000000Z",
      ModDate: "D:20261124000000Z",
    });
  });

  it("dates a document without isoDate at the Unix epoch, never the clock", async () => {
    const { info } = await extractPdf(await renderPdf({ ...LETTER, isoDate: undefined }));
    expect(info.CreationDate).toBe("D:19700101000000Z");
  });
});

describe("renderPdf: window envelope layout", () => {
  it("US Letter has no fold marks", async () => {
    expect(await pageContent(await renderPdf(LETTER))).not.toMatch(/^0 [\d.]+ m$/m);
  });

  it("US Letter: page 8.5 × 11 in; recipient from 2½ in down and 1 in across, inside the #10 window band", async () => {
    const pdf = await extractPdf(await renderPdf(LETTER));
    const page = pdf.pages[0]!;
    expect([page.width, page.height]).toEqual([612, 792]);
    const first = lineStarting(pdf, "Marek Szczepański");
    const last = lineStarting(pdf, "New York, NY 10166");
    expect(first.x).toBeCloseTo(1 * INCH, 1);
    // The window shows 2½ to 3⅙ in of the sheet and ⅞ to 4⅜ in across wherever the folded sheet rests
    // (window-address.test.ts tries harder addresses).
    expect(first.top).toBeGreaterThanOrEqual(2.5 * INCH - 0.01);
    expect(last.bottom).toBeLessThanOrEqual((19 / 6) * INCH + 0.01);
    for (const line of [first, last]) expect(line.right).toBeLessThanOrEqual(4.375 * INCH);
  });

  it("A4: DIN 5008 form B, the address zone from 62.7 mm, 25 mm from the left, return line above it, fold marks", async () => {
    const bytes = await renderPdf(GB_LETTER);
    const pdf = await extractPdf(bytes);
    const page = pdf.pages[0]!;
    expect(page.width).toBeCloseTo(210 * MM, 1);
    expect(page.height).toBeCloseTo(297 * MM, 1);
    const first = lineStarting(pdf, "Priya Shah");
    const last = lineStarting(pdf, "Manchester M2 4WU");
    expect(first.x).toBeCloseTo(25 * MM, 1);
    expect(first.baseline - first.size * 0.73).toBeGreaterThanOrEqual(62.7 * MM);
    expect(last.baseline).toBeLessThanOrEqual(90 * MM);
    expect(last.bottom).toBeLessThanOrEqual(90 * MM);
    for (const line of [first, last]) expect(line.right).toBeLessThanOrEqual(100 * MM);
    const returnLine = lineStarting(pdf, "Alex Morgan, 14 Mill Lane, Leeds LS1 4AB");
    expect(returnLine.size).toBe(8);
    expect(returnLine.baseline).toBeGreaterThan(45 * MM);
    expect(returnLine.baseline).toBeLessThan(62.7 * MM);
    const date = lineStarting(pdf, "24 November 2026");
    expect(date.x).toBeCloseTo(125 * MM, 1);
    // The body starts below the address field.
    expect(lineStarting(pdf, "Thank you for the interview").baseline).toBeGreaterThan(98.4 * MM);
    // Fold marks at 105 and 210 mm and the punch mark at 148.5 mm: lines from the left edge.
    const content = await pageContent(bytes);
    const marks = [...content.matchAll(/^0 ([\d.]+) m\n([\d.]+) \1 l$/gm)].map((m) => [
      (page.height - Number(m[1])) / MM,
      Number(m[2]) / MM,
    ]);
    expect(marks.map(([y]) => Math.round(y! * 10) / 10)).toEqual([105, 148.5, 210]);
    expect(marks.map(([, length]) => Math.round(length!))).toEqual([5, 7, 5]);
  });

  it("moves the recipient down rather than overlap a long sender block", async () => {
    const from = { name: "A", lines: Array.from({ length: 12 }, (_, i) => `Sender line ${i + 1}`) };
    const pdf = await extractPdf(await renderPdf({ ...LETTER, from }));
    const senderEnd = lineStarting(pdf, "Sender line 12").baseline;
    expect(lineStarting(pdf, "Marek Szczepański").baseline).toBeGreaterThan(senderEnd + 10);
  });

  it("without the window layout, the head flows from the top margin: sender, date, recipient", async () => {
    const pdf = await extractPdf(await renderPdf(LETTER, { envelopeWindow: false }));
    const [sender, date, recipient] = ["Alex Morgan", "November 24, 2026", "Marek Szczepański"].map((t) =>
      lineStarting(pdf, t),
    );
    expect(sender!.baseline).toBeLessThan(1.2 * INCH);
    expect(sender!.baseline).toBeLessThan(date!.baseline);
    expect(date!.baseline).toBeLessThan(recipient!.baseline);
    expect(recipient!.baseline).toBeLessThan(3 * INCH);
  });
});

describe("renderPdf: page breaks", () => {
  const long: Document = {
    ...LETTER,
    blocks: Array.from({ length: 30 }, (_, i) => ({
      type: "paragraph" as const,
      text: `Paragraph ${i + 1}. ${"The team reviewed the ingestion design and its late-arriving events in depth. ".repeat(3)}`,
    })),
  };

  it("runs on to more pages, each continuation headed with the recipient, the date and the page number", async () => {
    const pdf = await extractPdf(await renderPdf(long));
    expect(pdf.pages.length).toBeGreaterThan(2);
    pdf.pages.slice(1).forEach((page, i) => {
      expect(page.lines[0]!.text).toBe(`Marek Szczepański, November 24, 2026, page ${i + 2}`);
    });
    for (const page of pdf.pages) {
      for (const line of page.lines) {
        expect(line.baseline).toBeLessThanOrEqual(page.height - 1 * INCH);
        expect(line.right).toBeLessThanOrEqual(page.width - 1 * INCH + 0.01);
      }
    }
    const withoutHeaders = pdf.pages.flatMap((page, i) =>
      (i === 0 ? page.lines : page.lines.slice(1)).map((l) => l.text),
    );
    expect(squeeze(withoutHeaders.join(""))).toContain(
      squeeze(long.blocks.map((b) => (b.type === "paragraph" ? b.text : "")).join("")),
    );
  });

  it("keeps the closing and the signature together on one page", async () => {
    for (let n = 20; n < 30; n++) {
      const pdf = await extractPdf(await renderPdf({ ...long, blocks: long.blocks.slice(0, n) }));
      const last = pdf.pages.at(-1)!.lines.map((l) => l.text);
      expect(last).toContain("Sincerely,");
      expect(last).toContain("Alex Morgan");
    }
  });
});

describe("renderPdf: fonts", () => {
  it("draws characters DejaVu Sans lacks with the first fallback font that has them", async () => {
    const doc = { ...LETTER, signature: ["Alex ℊ ⟂ Morgan"] };
    const bytes = await renderPdf(doc, { fonts: [MATH_FONT] });
    const pdf = await extractPdf(bytes);
    expect(pdf.text).toContain("Alex ℊ ⟂ Morgan");
    // Tags follow the files: the main font, the fallbacks, then the bold face (the subject).
    expect(await fontNames(bytes)).toEqual([
      "AFVWAA+DejaVuSans",
      "AFVWAB+DejaVuMathTeXGyre-Regular",
      "AFVWAC+DejaVuSans-Bold",
    ]);
  });

  it("embeds a fallback font only when it draws something", async () => {
    expect(await fontNames(await renderPdf(LETTER, { fonts: [MATH_FONT] }))).toEqual([
      "AFVWAA+DejaVuSans",
      "AFVWAC+DejaVuSans-Bold",
    ]);
  });

  it("text a font has glyphs for but cannot lay out is an unsupported-character error, not fontkit's TypeError", async () => {
    // fontkit's GPOS reads a null anchor for this mark over this base in DejaVu Serif.
    const doc = { ...LETTER, blocks: [{ type: "paragraph" as const, text: "Thanks \u0249\u0301 again" }] };
    const error = await renderPdf(doc, { font: fontFile("DejaVuSerif.ttf") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewError);
    expect(error).toMatchObject({ code: "unsupported-character" });
    // Named by the word that fails, found while measuring it.
    expect((error as Error).message).toMatch(/^The font cannot lay out "\u0249\u0301"/);
  });

  it("accepts fonts as ArrayBuffers, and a main font in place of DejaVu Sans", async () => {
    const serif = fontFile("DejaVuSerif.ttf");
    const bytes = await renderPdf(LETTER, { font: serif.buffer.slice(0) as ArrayBuffer });
    expect(await fontNames(bytes)).toEqual(["AFVWAA+DejaVuSerif"]);
  });

  it.each([
    {
      name: "a Chinese name with no CJK font",
      doc: { ...LETTER, to: { lines: ["王伟", "Acme"] } },
      char: "王",
      code: "U+738B",
      path: "to.lines[0]",
    },
    {
      name: "a CJK character in a list item",
      doc: {
        ...LETTER,
        blocks: [
          { type: "paragraph", text: "ok" },
          { type: "list", items: ["fine", "伟"] },
        ],
      },
      char: "伟",
      code: "U+4F1F",
      path: "blocks[1].items[1]",
    },
    {
      name: "an emoji DejaVu lacks in the signature",
      doc: { ...LETTER, signature: ["Alex 🦄"] },
      char: "🦄",
      code: "U+1F984",
      path: "signature[0]",
    },
    {
      name: "a Devanagari letter in the salutation",
      doc: { ...LETTER, salutation: "Dear क," },
      char: "क",
      code: "U+0915",
      path: "salutation",
    },
    { name: "a Thai letter in the date", doc: { ...LETTER, date: "ก" }, char: "ก", code: "U+0E01", path: "date" },
  ])("refuses $name with an AfterviewError naming the character", async ({ doc, char, code, path }) => {
    const error = await renderPdf(doc as Document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewError);
    expect(error).toMatchObject({ code: "unsupported-character" });
    expect((error as Error).message).toContain(`"${char}"`);
    expect((error as Error).message).toContain(code);
    expect((error as Error).message).toContain(path);
  });

  it("a fallback font that covers the character lifts the error", async () => {
    await expect(renderPdf({ ...LETTER, signature: ["ℊ"] })).rejects.toMatchObject({ code: "unsupported-character" });
    await expect(renderPdf({ ...LETTER, signature: ["ℊ"] }, { fonts: [MATH_FONT] })).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });
});

describe("renderPdf: determinism", () => {
  it.each([
    ["US letter", LETTER],
    ["British letter", GB_LETTER],
  ])("%s: the same bytes every time", async (_, doc) => {
    const [a, b] = [await renderPdf(doc), await renderPdf(structuredClone(doc))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("no random ids: fixed subset tags, no file identifier", async () => {
    const bytes = await renderPdf(LETTER, { fonts: [MATH_FONT] });
    expect(await fontNames(bytes)).toEqual(["AFVWAA+DejaVuSans", "AFVWAC+DejaVuSans-Bold"]);
    expect(new TextDecoder("latin1").decode(bytes)).not.toMatch(/\/ID\s*\[/);
  });

  const text = fc.string({
    unit: fc.constantFrom(..."abcçdeéfgłŁßşİıαβγжщ ẽễ-/.,;:!?'\"&<>()\\%\n"),
    minLength: 1,
    maxLength: 300,
  });
  test.prop([text, text], { numRuns: 12 })("any text: same bytes twice, and every character drawn", async (a, b) => {
    const doc: Document = {
      ...LETTER,
      salutation: `Dear ${a.replace(/\n/g, " ")},`,
      blocks: [{ type: "paragraph", text: b }],
    };
    const [x, y] = [await renderPdf(doc), await renderPdf(doc)];
    expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
    const pdf = await extractPdf(x);
    expect(squeeze(pdf.text)).toContain(squeeze(b));
  });
});

describe("renderPdf: hostile text", () => {
  it.each([
    ...XSS,
    "%PDF-1.4 endobj trailer << /JS (app.alert(1)) >>",
    "(unbalanced \\) parens",
    "\u202eevil.exe\u202c",
    "tab\there\u0000nul\u0007bell",
  ])("draws %j as text in every field, nothing else", async (payload) => {
    const bytes = await renderPdf(everywhere(LETTER, payload));
    const pdf = await extractPdf(bytes);
    const visible = payload.replace(/[\u202e\u202c\u0000\u0007]/g, "").replace(/\t/g, " ");
    expect(squeeze(pdf.text)).toContain(squeeze(visible));
    expect(new TextDecoder("latin1").decode(bytes)).not.toContain("/JS");
  });

  it("wraps a 500-character word inside the margins", async () => {
    const pdf = await extractPdf(
      await renderPdf({ ...LETTER, blocks: [{ type: "paragraph", text: "W".repeat(500) }] }),
    );
    const page = pdf.pages[0]!;
    expect(page.lines.every((l) => l.right <= page.width - 1 * INCH + 0.01)).toBe(true);
    expect(squeeze(pdf.text)).toContain("W".repeat(500));
  });
});

describe("renderPdf: input checks", () => {
  it.each([
    { name: "no blocks", input: { ...LETTER, blocks: undefined }, path: "blocks" },
    {
      name: "a paragraph without text",
      input: { ...LETTER, blocks: [{ type: "paragraph", text: 3 }] },
      path: "blocks[0].text",
    },
    {
      name: "an address line that is not a string",
      input: { ...LETTER, to: { lines: ["ok", null] } },
      path: "to.lines[1]",
    },
    { name: "an unknown locale", input: { ...LETTER, locale: "it-IT" }, path: "locale" },
  ])("rejects $name, naming $path", async ({ input, path }) => {
    const error = await Promise.resolve()
      .then(() => renderPdf(parseDocument(input)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
  });

  it.each([
    { name: "an unknown paper size", options: { paper: "legal" }, path: "paper" },
    { name: "fonts that are not an array", options: { fonts: "DejaVu" }, path: "fonts" },
    { name: "a fallback that is not bytes", options: { fonts: [42] }, path: "fonts[0]" },
    { name: "a fallback that is not a font", options: { fonts: [new Uint8Array([1, 2, 3, 4])] }, path: "fonts[0]" },
  ])("rejects $name in the options, naming $path", async ({ options, path }) => {
    const error = await renderPdf(LETTER, options as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues[0]!.path).toBe(path);
  });
});
