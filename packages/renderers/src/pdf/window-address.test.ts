import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { ADDRESSES, DE_LETTER, ES_LETTER, FR_LETTER, LETTER, WINDOW_CASES } from "../internal/fixtures.js";
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

/**
 * The same check for the letters in German, French and Spanish, each against its own window:
 * - German (DIN 5008 form B, DL window on the left): 50 to 90 mm down, 20 to 100 mm across, as above;
 * - French and Spanish (A4 in three 99 mm panels, a 45 × 100 mm window on the right, 20 mm from the
 *   right and 15 mm from the bottom): in the DL envelope 110 − 15 − 45 = 50 mm down to
 *   50 + 45 − (110 − 99) = 84 mm, and 100 to 200 − (220 − 210) = 190 mm across; in Spain's 115 × 225 mm
 *   "sobre americano" 55 to 84 mm and 105 to 190 mm. The address must show in both: 55 to 84, 105 to 190.
 */
const RIGHT_BAND = { top: 55 * MM, bottom: 84 * MM, left: 105 * MM, right: 190 * MM };
const BERLIN = { lines: ["Torstraße 12"], locality: "Berlin", postalCode: "10119", country: "DE" };
const PARIS = {
  lines: ["8 rue de Rivoli", "Bâtiment B, 3e étage"],
  locality: "Paris",
  postalCode: "75004",
  country: "FR",
};
const LONG = "Directrice adjointe du recrutement international et de la marque employeur";

const LOCALE_CASES: { name: string; doc: Document; band: typeof RIGHT_BAND; shows: string[]; size: number }[] = [
  {
    name: "de-DE, Berlin to Paris: FRANKREICH last, in German, six lines in the address zone",
    doc: {
      ...DE_LETTER,
      to: {
        name: "Claire Dubois",
        title: "Leiterin Personal",
        organization: "Vent du Nord SAS",
        lines: ["x"],
        address: PARIS,
      },
    },
    band: BANDS.a4,
    shows: ["Vent du Nord SAS", "Claire Dubois", "8 rue de Rivoli Bâtiment B, 3e étage", "75004 Paris", "FRANKREICH"],
    size: 10,
  },
  {
    name: "de-CH, Zürich to Berlin: DEUTSCHLAND last",
    doc: {
      ...DE_LETTER,
      locale: "de-CH",
      from: {
        name: "Alex Morgan",
        lines: ["Alex Morgan"],
        address: { lines: ["Bahnhofstrasse 1"], locality: "Zürich", postalCode: "8001", country: "CH" },
      },
    },
    band: BANDS.a4,
    shows: ["Katrin Vogel", "Leiterin Personal", "Nordwind GmbH", "Friedrichstraße 100", "10117 Berlin", "DEUTSCHLAND"],
    size: 10,
  },
  {
    name: "fr-FR, Lyon to Paris: two street lines and a long title: the title goes, the streets join",
    doc: {
      ...FR_LETTER,
      to: { name: "Claire Dubois", title: LONG, organization: "Vent du Nord SAS", lines: ["x"], address: PARIS },
    },
    band: RIGHT_BAND,
    shows: ["Vent du Nord SAS", "Claire Dubois", "8 rue de Rivoli Bâtiment B, 3e étage", "75004 Paris"],
    size: 10,
  },
  {
    name: "fr-FR, Lyon to Berlin: ALLEMAGNE last, in French",
    doc: {
      ...FR_LETTER,
      to: {
        name: "Katrin Vogel",
        title: "Leiterin Personal",
        organization: "Nordwind GmbH",
        lines: ["x"],
        address: BERLIN,
      },
    },
    band: RIGHT_BAND,
    shows: ["Katrin Vogel", "Leiterin Personal", "Nordwind GmbH", "Torstraße 12", "10119 Berlin", "ALLEMAGNE"],
    size: 10,
  },
  {
    name: "fr-CA on A4, Montréal to Lyon: FRANCE last",
    doc: {
      ...FR_LETTER,
      locale: "fr-CA",
      from: {
        name: "Alex Morgan",
        lines: ["Alex Morgan"],
        address: {
          lines: ["1000 rue Sherbrooke Ouest"],
          locality: "Montréal",
          region: "QC",
          postalCode: "H3A 3G4",
          country: "CA",
        },
      },
    },
    band: RIGHT_BAND,
    shows: [
      "Vent du Nord SAS",
      "Claire Dubois",
      "Responsable du recrutement",
      "12 rue de la République",
      "69001 Lyon",
      "FRANCE",
    ],
    size: 10,
  },
  {
    name: "es-ES, a long name and a long title: the title goes, the name takes two lines",
    doc: {
      ...ES_LETTER,
      to: { ...ES_LETTER.to!, name: "María de los Ángeles Fernández de Córdoba y Álvarez de Toledo", title: LONG },
    },
    band: RIGHT_BAND,
    shows: [
      "María de los Ángeles Fernández de Córdoba y Álvarez de Toledo",
      "Viento del Norte S.L.",
      "Paseo de la Castellana 100",
      "28046 Madrid",
    ],
    size: 10,
  },
  {
    name: "es-MX on A4, lines as given: seven lines, the second goes",
    doc: {
      ...ES_LETTER,
      locale: "es-MX",
      to: {
        name: "Lucía Fernández",
        lines: [
          "Lucía Fernández",
          "Dirección de Selección",
          "Viento del Norte S.A. de C.V.",
          "Av. Paseo de la Reforma 500",
          "Piso 12",
          "Col. Juárez, Cuauhtémoc",
          "06600 Ciudad de México, CDMX",
        ],
      },
    },
    band: RIGHT_BAND,
    shows: [
      "Lucía Fernández",
      "Viento del Norte S.A. de C.V.",
      "Av. Paseo de la Reforma 500",
      "Piso 12",
      "Col. Juárez, Cuauhtémoc",
      "06600 Ciudad de México, CDMX",
    ],
    size: 10,
  },
];

describe("renderPdf: letters in German, French and Spanish show their recipient through their own window", () => {
  it.each(LOCALE_CASES)("$name", async ({ doc, band, shows, size }) => {
    const page = await firstPage(doc, "a4");
    const seen = page.lines.filter((line) => touchesBand(line, band));
    // On a DIN 5008 letter the return line shows too, above the address zone.
    const address = seen.filter((line) => !(band === BANDS.a4 && line.bottom < 62.7 * MM));
    expect(squeeze(address.map((l) => l.text).join(""))).toBe(squeeze(shows.join("")));
    expect(address.map((l) => l.size)).toEqual(address.map(() => size));
    for (const line of seen) expect(inBand(line, band), `${line.text} at ${line.top}–${line.bottom}`).toBe(true);
    expect(address.length).toBeLessThanOrEqual(6);
    // Nothing is cut: every line of the page inside the sheet's margins.
    for (const line of page.lines) {
      expect(line.x).toBeGreaterThanOrEqual(20 * MM - EPSILON);
      expect(line.right).toBeLessThanOrEqual(190 * MM + EPSILON);
    }
  });
});
