import type { Document } from "@afterview/templates";
import {
  HeightRule,
  type Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { recipientSteps, senderLines } from "../internal/address-block.js";
import { fitAddress } from "../internal/address-fit.js";
import { ADDRESS_STYLES, RETURN_LINE } from "../internal/address-styles.js";
import { twips } from "../internal/units.js";
import type { LetterGeometry } from "../pdf/measures.js";
import { STYLE, SUBJECT_SPACE_BEFORE } from "./styles.js";

/** A paragraph of one named style holding one line of text. */
export type StyledParagraph = (style: string, text: string) => Paragraph;

/**
 * The head of a window-envelope letter as a borderless table whose rows reach down the page to
 * the PDF's places, so that Word prints the recipient where the envelope's window shows it:
 * - on Letter, the sender and the date (right-aligned) from the top margin, then the recipient
 *   from 2½ in, on the left margin, 3⅜ in wide;
 * - on A4 (DIN 5008 form B), the sender from the top margin, then from 50 mm the return line
 *   (set on the address zone) and the date at 125 mm, then the recipient from 62.7 mm, 75 mm wide.
 * The recipient's row is as tall as the window band; a last, empty row reaches down to where the
 * PDF's body starts. Rows may grow, so a long sender's block pushes the rest down rather than run
 * into it. The recipient's lines are the PDF's, shortened in the same order when too many for the
 * window.
 */
export function windowHead(doc: Document, geometry: LetterGeometry, styled: StyledParagraph): Table {
  const { margin, window } = geometry;
  const box = window.recipient;
  const textRight = geometry.width - margin.right;
  const columns = [box.width, window.date.x - (box.x + box.width), textRight - window.date.x].map(twips);
  const recipient = fitAddress(recipientSteps(doc), {
    height: box.bottom - box.top,
    maxLines: box.maxLines,
    styles: ADDRESS_STYLES,
    wrap: (text, size) => Array.from({ length: wordLines(text, size, box.width) }, () => text),
  });
  const sender = senderLines(doc).map((line) => styled(STYLE.sender, line));
  const date = doc.date ? [styled(STYLE.windowDate, doc.date)] : [];
  const recipientStyle = recipient.size === "compact" ? STYLE.recipientCompact : STYLE.recipient;
  const recipientLines = recipient.entries.map((line) => styled(recipientStyle, line));

  const dateTop = Math.max(window.date.top, margin.top);
  const rows: TableRow[] = [];
  if (dateTop > margin.top) {
    // A4: the letterhead's row, then the date's, which also holds the return line just above the address zone.
    const text = senderLines(doc).join(", ");
    // One line only, as DIN 5008 has it and the PDF prints it; else the sender's block says it.
    const oneLine = box.returnLine && text !== "" && wordLines(text, RETURN_LINE.size, box.returnLine.width) === 1;
    const returnLine = oneLine ? [styled(STYLE.returnLine, text)] : [];
    rows.push(row(dateTop - margin.top, columns, [sender, [], []], styled));
    rows.push(row(box.top - dateTop, columns, [returnLine, [], date], styled, VerticalAlignTable.BOTTOM));
  } else {
    rows.push(row(box.top - margin.top, columns, [sender, [], date], styled));
  }
  // The recipient's row is the window band's height: a block Word finds taller makes it grow, which shows.
  rows.push(row(box.bottom - box.top, columns, [recipientLines, [], []], styled));
  // Down to where the PDF's body starts, less the space Word puts above the subject.
  const below = window.bodyTop - box.bottom - (doc.subject ? SUBJECT_SPACE_BEFORE : 0);
  rows.push(row(Math.max(0, below), columns, [[], [], []], styled, VerticalAlignTable.TOP, HeightRule.EXACT));
  return new Table({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    indent: { size: twips(box.x - margin.left), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/** A table row `height` points tall (at least, or exactly), one cell per column holding `cells[i]` (or an empty paragraph). */
function row(
  height: number,
  widths: number[],
  cells: Paragraph[][],
  styled: StyledParagraph,
  firstCellAlign: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable] = VerticalAlignTable.TOP,
  rule: (typeof HeightRule)[keyof typeof HeightRule] = HeightRule.ATLEAST,
): TableRow {
  return new TableRow({
    height: { value: twips(height), rule },
    cantSplit: true,
    children: cells.map(
      (children, index) =>
        new TableCell({
          width: { size: widths[index]!, type: WidthType.DXA },
          verticalAlign: index === 0 ? firstCellAlign : VerticalAlignTable.TOP,
          // Word needs a paragraph in every cell.
          children: children.length > 0 ? children : [styled(STYLE.sender, "")],
        }),
    ),
  });
}

/**
 * How many lines Word will wrap a recipient's line to. Word measures the text itself, in Calibri,
 * which this package does not carry; a character is taken here to be 0.6 em wide (1 em for East
 * Asian wide ones), more than Calibri's letters average in mixed-case text, so a line counted as one fits.
 */
function wordLines(text: string, size: number, width: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.6;
  return Math.max(1, Math.ceil((ems * size) / width));
}

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
