import type { Document } from "@afterview/templates";
import type { XmlElement } from "docx";
import { layoutDocument, type TableLayout } from "docx/layout";
import { describe, expect, it } from "vitest";
import { DE_LETTER, EMAIL, ES_LETTER, FR_LETTER, LETTER, WINDOW_CASES } from "../internal/fixtures.js";
import { INCH, MM } from "../internal/units.js";
import { buildDocx } from "./build-docx.js";
import {
  child,
  descendants,
  documentXml,
  numberAttribute,
  packagePart,
  paragraphStyle,
  paragraphText,
} from "./docx-xml.test-support.js";
import { renderDocx } from "./render-docx.js";
import { STYLE } from "./styles.js";

// The recipient's place, as window-address.test.ts checks it in the PDF: from the band's top, on the margin.
const WINDOWS = {
  letter: { top: 2.5 * INCH, bottom: (19 / 6) * INCH, x: 1 * INCH, width: 3.375 * INCH, body: 3.5 * INCH },
  a4: { top: 62.7 * MM, bottom: 90 * MM, x: 25 * MM, width: 75 * MM, body: 98.4 * MM },
};
// docx/layout gives pixels, 96 to the inch.
const PX = 96 / 72;

/** The head table's cells, row by row, as parsed XML. */
function headCells(body: XmlElement): XmlElement[][] {
  const table = descendants(body, "w:tbl")[0]!;
  return descendants(table, "w:tr").map((row) => descendants(row, "w:tc"));
}

describe("renderDocx: the head of a window-envelope letter, at the PDF's places", () => {
  it.each(WINDOW_CASES)(
    "$name: the recipient's lines, in a cell at the window",
    async ({ doc, paper, shows, size }) => {
      const xml = await documentXml(await renderDocx(doc, { paper }));
      const rows = headCells(xml);
      const recipient = rows.at(-2)![0]!;
      const paragraphs = descendants(recipient, "w:p");
      expect(paragraphs.map(paragraphText)).toEqual(shows);
      const style = size === 10 ? STYLE.recipient : STYLE.recipientCompact;
      expect(paragraphs.map(paragraphStyle)).toEqual(shows.map(() => style));

      // Across: the page's left margin plus the table's indent; the cell as wide as the window band.
      const window = WINDOWS[paper];
      const margin = numberAttribute(descendants(xml, "w:pgMar")[0], "w:left");
      const indent = numberAttribute(descendants(xml, "w:tblInd")[0], "w:w");
      const width = numberAttribute(child(child(recipient, "w:tcPr"), "w:tcW"), "w:w");
      expect((margin + indent) / 20).toBeCloseTo(window.x, 0);
      expect(width / 20).toBeCloseTo(window.width, 0);
    },
  );

  it.each(WINDOW_CASES)(
    "$name: laid out as Word does, the recipient's row fills the band and no more",
    ({ doc, paper }) => {
      const { file } = buildDocx(doc, { paper });
      const layout = layoutDocument(file);
      expect(layout.stoppedAt).toBeUndefined();
      const page = layout.pages[0]!;
      const table = page.body.find((block): block is TableLayout => block.type === "table")!;
      const row = table.rows.at(-2)!;
      const window = WINDOWS[paper];
      // Half a point: twips round lengths to a twentieth of a point.
      expect(row.y / PX).toBeCloseTo(window.top, 0);
      expect((row.y + row.height) / PX).toBeCloseTo(window.bottom, 0);
      // The body starts where the PDF's does.
      const body = page.body.find((block) => block.type === "paragraph" && block.lines.length > 0);
      expect(body?.type === "paragraph" && body.lines[0]!.y / PX).toBeCloseTo(window.body, 0);
    },
  );

  it("A4: the return line just above the address zone, the date at 125 mm, from 50 mm down", async () => {
    const gb = WINDOW_CASES.find((c) => c.name.startsWith("GB to the US on A4, lines as given"))!;
    const xml = await documentXml(await renderDocx(gb.doc, { paper: "a4" }));
    const [, [returnCell, , dateCell]] = headCells(xml) as [XmlElement[], XmlElement[]];
    expect(descendants(returnCell!, "w:p").map(paragraphText)).toEqual(["Alex Morgan, 14 Mill Lane, Leeds, LS1 4AB"]);
    expect(descendants(returnCell!, "w:p").map(paragraphStyle)).toEqual([STYLE.returnLine]);
    expect(descendants(dateCell!, "w:p").map(paragraphText)).toEqual([gb.doc.date]);
    const layout = layoutDocument(buildDocx(gb.doc, { paper: "a4" }).file);
    const table = layout.pages[0]!.body.find((block): block is TableLayout => block.type === "table")!;
    expect(table.rows[1]!.y / PX / MM).toBeCloseTo(50, 0);
  });

  it("A4: a return line that fits in Calibri is kept, one that does not is left out", async () => {
    const gb = WINDOW_CASES.find((c) => c.name.startsWith("GB to the US on A4, lines as given"))!;
    // 0.6 em a character (DejaVu Sans's width) made this two lines, and the .docx left it out.
    const lines = ["Alex Morgan", "14 Acacia Avenue", "Headingley", "Leeds", "LS6 2AB"];
    const doc = { ...gb.doc, from: { ...gb.doc.from!, lines } };
    const xml = await documentXml(await renderDocx(doc, { paper: "a4" }));
    const [, [returnCell]] = headCells(xml) as [XmlElement[], XmlElement[]];
    expect(descendants(returnCell!, "w:p").map(paragraphText)).toEqual([lines.join(", ")]);
    // One that Calibri cannot fit on a line still goes: the sender's block says it.
    const longer = {
      ...doc,
      from: { ...doc.from, lines: [...lines.slice(0, 2), "Far Headingley Village", ...lines.slice(2)] },
    };
    const [, [none]] = headCells(await documentXml(await renderDocx(longer, { paper: "a4" }))) as [
      XmlElement[],
      XmlElement[],
    ];
    expect(descendants(none!, "w:p").map(paragraphText).filter(Boolean)).toEqual([]);
  });

  it.each([
    { name: "an email", doc: EMAIL, options: {} },
    { name: "a letter without the window layout", doc: LETTER, options: { envelopeWindow: false } },
  ])("$name: no head table, the head flows", async ({ doc, options }) => {
    const xml = await documentXml(await renderDocx(doc as Document, options));
    expect(descendants(xml, "w:tbl")).toHaveLength(0);
  });
});

describe("renderDocx: the head of a German, French and Spanish letter, at the PDF's places", () => {
  /** The cell holding a paragraph that starts with `text`, and its row and column. */
  function cellWith(rows: XmlElement[][], text: string) {
    for (const [r, cells] of rows.entries()) {
      for (const [c, cell] of cells.entries()) {
        if (descendants(cell, "w:p").some((p) => paragraphText(p).startsWith(text))) return { r, c, cell };
      }
    }
    throw new Error(`no cell with ${text}`);
  }
  /** Where a cell's column starts, in points from the page's left edge. */
  function cellX(xml: XmlElement, cells: XmlElement[], index: number): number {
    const margin = numberAttribute(descendants(xml, "w:pgMar")[0], "w:left");
    const indent = numberAttribute(descendants(xml, "w:tblInd")[0], "w:w");
    const before = cells.slice(0, index).map((cell) => numberAttribute(child(child(cell, "w:tcPr"), "w:tcW"), "w:w"));
    return (margin + indent + before.reduce((a, b) => a + b, 0)) / 20;
  }

  it.each([
    {
      name: "de-DE: DIN 5008 form B, the place and date at 125 mm",
      doc: DE_LETTER,
      recipient: ["Katrin Vogel", "Leiterin Personal", "Nordwind GmbH", "Friedrichstraße 100", "10117 Berlin"],
      window: { x: 25 * MM, top: 62.7 * MM, bottom: 90 * MM, body: 98.4 * MM },
      date: { text: "Berlin, 24. November 2026", x: 125 * MM, top: 50 * MM },
      subject: DE_LETTER.subject!,
    },
    {
      name: "fr-FR: the recipient on the right, 'Lyon, le …' below it across the page",
      doc: FR_LETTER,
      recipient: [
        "Vent du Nord SAS",
        "Claire Dubois",
        "Responsable du recrutement",
        "12 rue de la République",
        "69001 Lyon",
      ],
      window: { x: 110 * MM, top: 55 * MM, bottom: 84 * MM, body: 108 * MM },
      date: { text: "Lyon, le 24 novembre 2026", x: 20 * MM, top: 92 * MM },
      subject: `Objet\u202f: ${FR_LETTER.subject}`,
    },
    {
      name: "es-ES: the same places, 'Madrid, …'",
      doc: ES_LETTER,
      recipient: [
        "Lucía Fernández",
        "Dirección de Selección",
        "Viento del Norte S.L.",
        "Paseo de la Castellana 100",
        "28046 Madrid",
      ],
      window: { x: 110 * MM, top: 55 * MM, bottom: 84 * MM, body: 108 * MM },
      date: { text: "Madrid, 24 de noviembre de 2026", x: 20 * MM, top: 92 * MM },
      subject: `Asunto: ${ES_LETTER.subject}`,
    },
  ])("$name", async ({ doc, recipient, window, date, subject }) => {
    const bytes = await renderDocx(doc);
    const xml = await documentXml(bytes);
    const rows = headCells(xml);
    const to = cellWith(rows, recipient[0]!);
    expect(descendants(to.cell, "w:p").map(paragraphText)).toEqual(recipient);
    expect(cellX(xml, rows[to.r]!, to.c)).toBeCloseTo(window.x, 0);
    const when = cellWith(rows, date.text);
    expect(descendants(when.cell, "w:p").map(paragraphText)).toEqual([date.text]);
    expect(descendants(when.cell, "w:p").map(paragraphStyle)).toEqual([STYLE.windowDate]);
    expect(cellX(xml, rows[when.r]!, when.c)).toBeCloseTo(date.x, 0);
    const subjects = descendants(xml, "w:p").filter((p) => paragraphStyle(p) === STYLE.subject);
    expect(subjects.map(paragraphText)).toEqual([subject]);

    // Laid out as Word does: the recipient's row fills the band, the date's row starts at its place, the body where the PDF's does.
    const layout = layoutDocument(buildDocx(doc).file);
    expect(layout.stoppedAt).toBeUndefined();
    const page = layout.pages[0]!;
    const table = page.body.find((block): block is TableLayout => block.type === "table")!;
    const row = table.rows[to.r]!;
    expect(row.y / PX).toBeCloseTo(window.top, 0);
    expect((row.y + row.height) / PX).toBeCloseTo(window.bottom, 0);
    expect(table.rows[when.r]!.y / PX).toBeCloseTo(date.top, 0);
    const body = page.body.find((block) => block.type === "paragraph" && block.lines.length > 0);
    expect(body?.type === "paragraph" && body.lines[0]!.y / PX).toBeCloseTo(window.body, 0);
  });

  it("fr-FR: the date's paragraph is right-aligned, so it ends on the right margin as in the PDF", async () => {
    const styles = await packagePart(await renderDocx(FR_LETTER), "word/styles.xml");
    const style = descendants(styles, "w:style").find((s) => s.attributes?.["w:styleId"] === STYLE.windowDate)!;
    expect(child(child(style, "w:pPr"), "w:jc")?.attributes?.["w:val"]).toBe("right");
  });
});
