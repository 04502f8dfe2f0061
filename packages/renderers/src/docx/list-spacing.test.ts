import type { Document } from "@afterview/templates";
import { layoutDocument } from "docx/layout";
import { describe, expect, it } from "vitest";
import { LETTER } from "../internal/fixtures.js";
import { extractPdf } from "../pdf/pdf-text.test-support.js";
import { renderPdf } from "../pdf/render-pdf.js";
import { buildDocx } from "./build-docx.js";
import {
  child,
  descendants,
  documentXml,
  packagePart,
  paragraphStyle,
  paragraphText,
  styleSpacing,
} from "./docx-xml.test-support.js";
import { renderDocx } from "./render-docx.js";
import { STYLE } from "./styles.js";

// Every block one line long, so a paragraph's gap shows as the distance between two lines.
const LISTS: Document = {
  ...LETTER,
  blocks: [
    { type: "paragraph", text: "Before the lists." },
    { type: "list", items: ["Streaming ingestion", "Late-arriving events", "Backfills"] },
    { type: "paragraph", text: "Between the lists." },
    { type: "list", ordered: true, items: ["Send the notes", "Call on Friday"] },
    { type: "list", items: ["A list right after a list"] },
    { type: "heading", text: "A heading" },
    { type: "paragraph", text: "After the lists." },
  ],
};
/** The lines from the first block on, in order: their texts in both formats. */
const BODY_LINES = LISTS.blocks.flatMap((block) => (block.type === "list" ? block.items : [block.text]));
const BODY_SIZED = BODY_LINES.filter((text) => text !== "A heading");

/** The PDF's baselines of the body's lines, by text, in points from the top. */
async function pdfBaselines(): Promise<Map<string, number>> {
  const page = (await extractPdf(await renderPdf(LISTS))).pages[0]!;
  return new Map(
    page.lines.flatMap((line) => {
      // A list item's line starts with its marker.
      const text = BODY_LINES.find((t) => line.text === t || line.text.endsWith(` ${t}`));
      return text ? [[text, line.baseline] as const] : [];
    }),
  );
}

/** The space (in points) Word puts between each body paragraph and the next: the one's `after` and the other's `before`. */
async function docxGaps(): Promise<number[]> {
  const bytes = await renderDocx(LISTS);
  const [body, styles] = [await documentXml(bytes), await packagePart(bytes, "word/styles.xml")];
  const paragraphs = descendants(body, "w:p").filter((p) => BODY_LINES.includes(paragraphText(p)));
  expect(paragraphs.map(paragraphText)).toEqual(BODY_LINES);
  const spacing = paragraphs.map((p) => styleSpacing(styles, paragraphStyle(p)!));
  return spacing.slice(1).map((next, i) => (Number(spacing[i]!["w:after"] ?? 0) + Number(next["w:before"] ?? 0)) / 20);
}

describe("renderDocx: lists spaced as in the PDF", () => {
  it("3 pt between items, 10 pt after a list's last item, nothing added above a heading: the PDF's gaps", async () => {
    const baselines = await pdfBaselines();
    const gaps = await docxGaps();
    // In the PDF, the gap is what the baselines are apart beyond the line's leading (14.5 pt for body-size lines).
    const pairs = BODY_LINES.slice(1).map((text, i) => [BODY_LINES[i]!, text] as const);
    pairs.forEach(([before, after], i) => {
      if (before === "A heading" || after === "A heading") return;
      const pdfGap = baselines.get(after)! - baselines.get(before)! - 14.5;
      expect(gaps[i], `${before} → ${after}`).toBeCloseTo(pdfGap, 2);
    });
    expect(gaps).toEqual([10, 3, 3, 10, 10, 3, 10, 10, 4]);
  });

  it("the last item of each list has a style of its own (no paragraph is formatted by hand)", async () => {
    const paragraphs = descendants(await documentXml(await renderDocx(LISTS)), "w:p");
    const styleOf = (text: string) => paragraphStyle(paragraphs.find((p) => paragraphText(p) === text)!);
    expect(["Streaming ingestion", "Late-arriving events", "Backfills"].map(styleOf)).toEqual([
      STYLE.listBullet,
      STYLE.listBullet,
      STYLE.listBulletLast,
    ]);
    expect(["Send the notes", "Call on Friday"].map(styleOf)).toEqual([STYLE.listNumber, STYLE.listNumberLast]);
    expect(styleOf("A list right after a list")).toBe(STYLE.listBulletLast);
    // Still items of their lists: the last item keeps its numbering.
    const numbered = paragraphs.filter((p) => child(child(p, "w:pPr"), "w:numPr"));
    expect(numbered.map(paragraphText)).toEqual(
      BODY_LINES.filter((t) => !/^(Before|Between|After|A heading$)/.test(t)),
    );
  });

  it("lines at least the PDF's 14.5 pt apart (16 pt for a heading), never clipped", async () => {
    const styles = await packagePart(await renderDocx(LISTS), "word/styles.xml");
    for (const id of [STYLE.body, STYLE.listBullet, STYLE.listNumberLast]) {
      expect(styleSpacing(styles, id)).toMatchObject({ "w:line": "290", "w:lineRule": "atLeast" });
    }
    expect(styleSpacing(styles, STYLE.heading)).toMatchObject({ "w:line": "320", "w:lineRule": "atLeast" });
  });

  it("laid out as Word does (docx/layout), the body's lines are as far apart as the PDF's", async () => {
    const baselines = await pdfBaselines();
    const page = layoutDocument(buildDocx(LISTS).file).pages[0]!;
    // docx/layout gives pixels, 96 to the inch; a line's top, which moves with its baseline for lines of one size.
    // An item's line starts with its marker and a tab.
    const tops = new Map(
      page.body.flatMap((block) =>
        block.type === "paragraph"
          ? block.lines.map((line) => [line.text.replace(/^[^\t]*\t/, ""), (line.y * 72) / 96] as const)
          : [],
      ),
    );
    const pairs = BODY_SIZED.slice(1).map((text, i) => [BODY_SIZED[i]!, text] as const);
    for (const [before, after] of pairs) {
      if (after === "After the lists.") continue; // the heading between them is another size
      expect(tops.get(after)! - tops.get(before)!, `${before} → ${after}`).toBeCloseTo(
        baselines.get(after)! - baselines.get(before)!,
        1,
      );
    }
  });
});
