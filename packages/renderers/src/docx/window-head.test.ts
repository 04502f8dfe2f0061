import type { Document } from "@afterview/templates";
import type { XmlElement } from "docx";
import { layoutDocument, type TableLayout } from "docx/layout";
import { describe, expect, it } from "vitest";
import { EMAIL, LETTER, WINDOW_CASES } from "../internal/fixtures.js";
import { INCH, MM } from "../internal/units.js";
import { buildDocx } from "./build-docx.js";
import {
  child,
  descendants,
  documentXml,
  numberAttribute,
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

  it.each([
    { name: "an email", doc: EMAIL, options: {} },
    { name: "a letter without the window layout", doc: LETTER, options: { envelopeWindow: false } },
  ])("$name: no head table, the head flows", async ({ doc, options }) => {
    const xml = await documentXml(await renderDocx(doc as Document, options));
    expect(descendants(xml, "w:tbl")).toHaveLength(0);
  });
});
