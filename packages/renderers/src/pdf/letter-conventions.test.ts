import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { DE_LETTER, ES_LETTER, FR_LETTER, LETTER } from "../internal/fixtures.js";
import { continuationHeader, letterConvention, letterGeometry, letterHeadText } from "./letter-conventions.js";
import { A4_DIN_5008_B, A4_RIGHT_WINDOW, MM, US_LETTER, US_LETTER_DATE_BELOW } from "./measures.js";
import { type ExtractedPdf, extractPdf, pageContent, squeeze, textRuns } from "./pdf-text.test-support.js";
import { renderPdf } from "./render-pdf.js";

describe("letterConvention and letterGeometry: the layout each locale takes", () => {
  it.each([
    {
      locale: "en-US",
      letter: US_LETTER,
      paper: "letter",
      a4: A4_DIN_5008_B,
      name: "English business letter (block format)",
    },
    {
      locale: "en-GB",
      letter: US_LETTER,
      paper: "a4",
      a4: A4_DIN_5008_B,
      name: "English business letter (block format)",
    },
    { locale: "de-DE", letter: US_LETTER, paper: "a4", a4: A4_DIN_5008_B, name: "DIN 5008, form B" },
    { locale: "de-AT", letter: US_LETTER, paper: "a4", a4: A4_DIN_5008_B, name: "DIN 5008, form B" },
    { locale: "de-CH", letter: US_LETTER, paper: "a4", a4: A4_DIN_5008_B, name: "DIN 5008, form B" },
    {
      locale: "fr-FR",
      letter: US_LETTER_DATE_BELOW,
      paper: "a4",
      a4: A4_RIGHT_WINDOW,
      name: "French letter (NF Z 11-001), right-hand window",
    },
    {
      locale: "fr-CA",
      letter: US_LETTER_DATE_BELOW,
      paper: "letter",
      a4: A4_RIGHT_WINDOW,
      name: "Quebec French letter (OQLF)",
    },
    {
      locale: "es-ES",
      letter: US_LETTER_DATE_BELOW,
      paper: "a4",
      a4: A4_RIGHT_WINDOW,
      name: "Spanish letter, right-hand window",
    },
    {
      locale: "es-MX",
      letter: US_LETTER_DATE_BELOW,
      paper: "letter",
      a4: A4_RIGHT_WINDOW,
      name: "Spanish letter, right-hand window",
    },
  ])("$locale: $name, on $paper by default", ({ locale, paper, letter, a4, name }) => {
    expect(letterConvention(locale).name).toBe(name);
    expect(letterGeometry(undefined, locale)).toBe(paper === "letter" ? letter : a4);
    expect(letterGeometry("a4", locale)).toBe(a4);
    expect(letterGeometry("letter", locale)).toBe(letter);
  });
});

describe("letterHeadText: the place-and-date line and the subject line", () => {
  const from = (locality: string) => ({
    lines: ["Alex Morgan"],
    address: { lines: ["x"], locality, country: "DE" },
  });
  it.each([
    { name: "German with a place", doc: { ...DE_LETTER }, date: "Berlin, 24. November 2026" },
    {
      name: "German without an address in parts",
      doc: { ...DE_LETTER, from: { lines: ["Alex"] } },
      date: "24. November 2026",
    },
    { name: "French", doc: FR_LETTER, date: "Lyon, le 24 novembre 2026" },
    { name: "French without a place", doc: { ...FR_LETTER, from: undefined }, date: "Le 24 novembre 2026" },
    {
      name: "Canadian French",
      doc: { ...FR_LETTER, locale: "fr-CA", from: from("Montréal") },
      date: "Montréal, le 24 novembre 2026",
    },
    { name: "Spanish", doc: ES_LETTER, date: "Madrid, 24 de noviembre de 2026" },
    {
      name: "Mexican Spanish",
      doc: { ...ES_LETTER, locale: "es-MX", from: from("Ciudad de México") },
      date: "Ciudad de México, 24 de noviembre de 2026",
    },
    {
      name: "a date that already has its place",
      doc: { ...FR_LETTER, date: "Lyon, le 24 novembre 2026" },
      date: "Lyon, le 24 novembre 2026",
    },
    { name: "English: as given, no place", doc: { ...LETTER, from: from("Chicago") }, date: "November 24, 2026" },
  ] as { name: string; doc: Document; date: string }[])("$name: $date", ({ doc, date }) => {
    expect(letterHeadText(doc).date).toBe(date);
  });

  it.each([
    { locale: "de-DE", subject: "Ihr Gespräch", printed: "Ihr Gespräch" },
    { locale: "de-AT", subject: "Betreff: Ihr Gespräch", printed: "Ihr Gespräch" },
    { locale: "fr-FR", subject: "Entretien", printed: "Objet\u202f: Entretien" },
    { locale: "fr-FR", subject: "Objet : Entretien", printed: "Objet\u202f: Entretien" },
    { locale: "fr-CA", subject: "Entrevue", printed: "Objet\u00a0: Entrevue" },
    { locale: "es-ES", subject: "Entrevista", printed: "Asunto: Entrevista" },
    { locale: "es-MX", subject: "asunto: Entrevista", printed: "Asunto: Entrevista" },
    { locale: "en-US", subject: "Re: Thank you", printed: "Re: Thank you" },
    { locale: "fr-FR", subject: "Objet :", printed: "Objet :" },
  ] as { locale: Document["locale"]; subject: string; printed: string }[])(
    "$locale: $subject → $printed",
    ({ locale, subject, printed }) => {
      expect(letterHeadText({ ...LETTER, locale, subject }).subject).toBe(printed);
    },
  );

  it("continuation pages are numbered in the letter's language", () => {
    expect(continuationHeader(DE_LETTER, 2)).toBe("Katrin Vogel, 24. November 2026, Seite 2");
    expect(continuationHeader(ES_LETTER, 3)).toBe("Lucía Fernández, 24 de noviembre de 2026, página 3");
    expect(continuationHeader(LETTER, 2)).toBe("Marek Szczepański, November 24, 2026, page 2");
  });
});

function lineWith(pdf: ExtractedPdf, text: string, page = 0) {
  const line = pdf.pages[page]!.lines.find((l) => l.text.startsWith(text));
  if (!line) throw new Error(`no line starting ${JSON.stringify(text)} in\n${pdf.text}`);
  return line;
}

/** Fold and punch marks: short lines drawn from the left edge, as distances from the top in mm, and their lengths. */
async function marks(bytes: Uint8Array, height: number): Promise<number[][]> {
  const content = await pageContent(bytes);
  return [...content.matchAll(/^0 ([\d.]+) m\n([\d.]+) \1 l$/gm)].map((m) => [
    Math.round(((height - Number(m[1])) / MM) * 10) / 10,
    Math.round(Number(m[2]) / MM),
  ]);
}

// pdf.js reports positions to a few thousandths of a point.
const EPSILON = 0.01;

/**
 * The three layouts read back with pdf.js, positions in millimetres from the sheet's top-left corner.
 * Windows worked out by hand (see `internal/envelope-window.ts`):
 * - DIN 5008 form B, DL window on the left: 50 to 90 mm down, 20 to 100 mm across; the address zone from 62.7 mm.
 * - France and Spain, A4 in three 99 mm panels, window 45 × 100 mm 20 mm from the right and 15 mm from
 *   the bottom: in the DL envelope (110 × 220) 110 − 15 − 45 = 50 mm down to 50 + 45 − (110 − 99) = 84 mm,
 *   100 to 200 − 10 = 190 mm across; in Spain's 115 × 225 one 55 to 84 mm, 105 to 190 mm. Both: 55 to 84, 105 to 190.
 */
describe("renderPdf: letters in German, French and Spanish", () => {
  it("de-DE: DIN 5008 form B: return line, address zone, place and date in the information block, bold subject without Betreff", async () => {
    const bytes = await renderPdf({ ...DE_LETTER, subject: `Betreff: ${DE_LETTER.subject}` });
    const pdf = await extractPdf(bytes);
    const page = pdf.pages[0]!;
    expect([page.width / MM, page.height / MM].map(Math.round)).toEqual([210, 297]);

    const returnLine = lineWith(pdf, "Alex Morgan, Torstraße 12, 10119 Berlin");
    expect(returnLine.size).toBe(8);
    expect(returnLine.top).toBeGreaterThanOrEqual(50 * MM - EPSILON);
    expect(returnLine.bottom).toBeLessThanOrEqual(62.7 * MM + EPSILON);
    const recipient = ["Katrin Vogel", "Leiterin Personal", "Nordwind GmbH", "Friedrichstraße 100", "10117 Berlin"].map(
      (text) => lineWith(pdf, text),
    );
    for (const line of recipient) {
      expect(line.x).toBeCloseTo(25 * MM, 1);
      expect(line.top).toBeGreaterThanOrEqual(62.7 * MM - EPSILON);
      expect(line.bottom).toBeLessThanOrEqual(90 * MM + EPSILON);
      expect(line.right).toBeLessThanOrEqual(100 * MM + EPSILON);
    }

    const date = lineWith(pdf, "Berlin, 24. November 2026");
    expect(date.text).toBe("Berlin, 24. November 2026");
    expect(date.x).toBeCloseTo(125 * MM, 1);
    expect(date.top).toBeGreaterThanOrEqual(50 * MM - EPSILON);

    const subject = lineWith(pdf, "Ihr Vorstellungsgespräch");
    expect(pdf.text).not.toContain("Betreff");
    expect(subject.top).toBeGreaterThan(90 * MM);
    const runs = await textRuns(bytes);
    expect(runs.find((r) => r.text.startsWith("Ihr Vorstellungsgespräch"))?.font).toMatch(/Bold/);
    expect(runs.find((r) => r.text.startsWith("Guten Tag"))?.font).not.toMatch(/Bold/);
    expect(subject.baseline).toBeLessThan(lineWith(pdf, "Guten Tag Katrin Vogel,").baseline);

    expect(await marks(bytes, page.height)).toEqual([
      [105, 5],
      [148.5, 7],
      [210, 5],
    ]);
  });

  it.each([
    {
      name: "fr-FR: sender top left, recipient in the right-hand window, 'Lyon, le …' right-aligned below it, 'Objet : …'",
      doc: FR_LETTER,
      recipient: [
        "Vent du Nord SAS",
        "Claire Dubois",
        "Responsable du recrutement",
        "12 rue de la République",
        "69001 Lyon",
      ],
      date: "Lyon, le 24 novembre 2026",
      subject: `Objet\u202f: ${FR_LETTER.subject}`,
    },
    {
      name: "es-ES: the same places, 'Madrid, 24 de noviembre de 2026', 'Asunto: …'",
      doc: ES_LETTER,
      recipient: [
        "Lucía Fernández",
        "Dirección de Selección",
        "Viento del Norte S.L.",
        "Paseo de la Castellana 100",
        "28046 Madrid",
      ],
      date: "Madrid, 24 de noviembre de 2026",
      subject: `Asunto: ${ES_LETTER.subject}`,
    },
  ])("$name", async ({ doc, recipient, date, subject }) => {
    const bytes = await renderPdf(doc);
    const pdf = await extractPdf(bytes);
    const page = pdf.pages[0]!;
    expect([page.width / MM, page.height / MM].map(Math.round)).toEqual([210, 297]);

    // The sender top left, on the 20 mm margin, above the window and left of it.
    for (const text of ["Alex Morgan", doc.from!.address!.lines[0]!]) {
      const line = lineWith(pdf, text);
      expect(line.x).toBeCloseTo(20 * MM, 1);
      expect(line.bottom).toBeLessThan(55 * MM);
      expect(line.right).toBeLessThan(105 * MM);
    }
    // The recipient 110 mm across, in the band both right-hand windows show.
    const lines = recipient.map((text) => lineWith(pdf, text));
    expect(lines.map((l) => l.text)).toEqual(recipient);
    expect(lines[0]!.top).toBeCloseTo(55 * MM, 0);
    for (const line of lines) {
      expect(line.x).toBeCloseTo(110 * MM, 1);
      expect(line.top).toBeGreaterThanOrEqual(55 * MM - EPSILON);
      expect(line.bottom).toBeLessThanOrEqual(84 * MM + EPSILON);
      expect(line.right).toBeLessThanOrEqual(190 * MM + EPSILON);
      expect(line.size).toBe(10);
    }
    // Nothing else shows in the window.
    const band = page.lines.filter((l) => l.bottom > 55 * MM && l.top < 84 * MM && l.right > 105 * MM);
    expect(band.map((l) => l.text)).toEqual(recipient);
    // No return line: the sender's block says who sends it.
    expect(page.lines.filter((l) => l.size === 8)).toEqual([]);

    // The place and date below the window, right-aligned to the 190 mm margin, in the document's words.
    const dateLine = lineWith(pdf, date);
    expect(dateLine.text).toBe(date);
    expect(dateLine.right).toBeCloseTo(190 * MM, 0);
    expect(dateLine.top).toBeGreaterThan(84 * MM);
    expect(dateLine.top).toBeCloseTo(92 * MM, 0);

    // The subject on the left margin, labelled, in bold, before the salutation; the body below.
    const subjectLine = lineWith(pdf, subject.slice(0, 5));
    // pdf.js reads the narrow no-break space back as a plain one; the label and its colon share a line.
    expect(subjectLine.text.replace(/\s/g, " ")).toBe(subject.slice(0, subjectLine.text.length).replace(/\s/g, " "));
    expect(squeeze(pdf.text)).toContain(squeeze(subject));
    expect(subjectLine.x).toBeCloseTo(20 * MM, 1);
    expect(subjectLine.top).toBeGreaterThan(dateLine.bottom);
    expect(subjectLine.baseline).toBeLessThan(lineWith(pdf, doc.salutation!).baseline);
    const runs = await textRuns(bytes);
    expect(runs.find((r) => r.text.startsWith(subject.slice(0, 5)))?.font).toMatch(/Bold/);
    expect(runs.find((r) => r.text.startsWith(doc.salutation!))?.font).not.toMatch(/Bold/);
    for (const line of page.lines) expect(line.right).toBeLessThanOrEqual(190 * MM + EPSILON);

    // Folded in three equal panels, as the window band assumes; the punch mark at the middle.
    expect(await marks(bytes, page.height)).toEqual([
      [99, 5],
      [148.5, 7],
      [198, 5],
    ]);
  });

  it("fr-FR: a sender's block long enough to reach the window's height stays beside it, and the body starts below both", async () => {
    const from = { name: "Alex Morgan", lines: Array.from({ length: 20 }, (_, i) => `Ligne ${i + 1}`) };
    const pdf = await extractPdf(await renderPdf({ ...FR_LETTER, from }));
    expect(lineWith(pdf, "Vent du Nord SAS").top).toBeCloseTo(55 * MM, 0);
    expect(lineWith(pdf, "Objet").top).toBeGreaterThan(lineWith(pdf, "Ligne 20").bottom);
  });

  it("de-DE: a continuation page is headed 'Seite 2'", async () => {
    const long: Document = {
      ...DE_LETTER,
      blocks: Array.from({ length: 30 }, (_, i) => ({
        type: "paragraph" as const,
        text: `Absatz ${i + 1}. ${"Wir haben lange über die Plattform gesprochen. ".repeat(4)}`,
      })),
    };
    const pdf = await extractPdf(await renderPdf(long));
    expect(pdf.pages[1]!.lines[0]!.text).toBe("Katrin Vogel, 24. November 2026, Seite 2");
  });

  it.each([
    ["fr-CA", "letter", "Montréal, le 24 novembre 2026"],
    ["es-MX", "letter", "Ciudad de México, 24 de noviembre de 2026"],
  ] as const)(
    "%s defaults to US Letter: the #10 window layout, the place-and-date line right-aligned below the window",
    async (locale, _paper, date) => {
      const locality = date.split(",")[0]!;
      const base = locale === "fr-CA" ? FR_LETTER : ES_LETTER;
      const doc = {
        ...base,
        locale,
        from: { ...base.from!, address: { ...base.from!.address!, locality } },
      } as Document;
      const pdf = await extractPdf(await renderPdf(doc));
      const page = pdf.pages[0]!;
      expect([page.width, page.height]).toEqual([612, 792]);
      const line = lineWith(pdf, date);
      expect(line.text).toBe(date);
      expect(line.right).toBeCloseTo(7.5 * 72, 0);
      // Below the #10 window band (2½ to 3⅙ in), whose recipient starts on the 1 in margin.
      expect(line.top).toBeGreaterThan((19 / 6) * 72);
      expect(lineWith(pdf, base.to!.organization!).x).toBeCloseTo(72, 1);
      expect(lineWith(pdf, base.to!.organization!).top).toBeGreaterThanOrEqual(2.5 * 72 - EPSILON);
    },
  );
});

describe("renderEnvelopePdf: the envelope follows the letter's default paper", () => {
  it.each([
    ["en-US", 9.5 * 72],
    ["en-GB", 220 * MM],
    ["de-DE", 220 * MM],
    ["fr-FR", 220 * MM],
    ["fr-CA", 9.5 * 72],
    ["es-ES", 220 * MM],
    ["es-MX", 9.5 * 72],
  ] as const)("%s", async (locale, width) => {
    const { renderEnvelopePdf } = await import("./render-envelope-pdf.js");
    const pdf = await extractPdf(await renderEnvelopePdf({ ...FR_LETTER, locale }));
    expect(pdf.pages[0]!.width).toBeCloseTo(width, 1);
  });
});
