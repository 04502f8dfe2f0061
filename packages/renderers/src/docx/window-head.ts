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
import { letterHeadText } from "../pdf/letter-conventions.js";
import type { LetterGeometry } from "../pdf/measures.js";
import { CALIBRI_ASCII_WIDTHS } from "./generated/calibri-widths.js";
import { STYLE, SUBJECT_SPACE_BEFORE } from "./styles.js";

/** A paragraph of one named style holding one line of text. */
export type StyledParagraph = (style: string, text: string) => Paragraph;

/**
 * The head of a window-envelope letter as a borderless table whose rows reach down the page to
 * the PDF's places, so that Word prints the recipient where the envelope's window shows it:
 * - on Letter, the sender and the date (right-aligned) from the top margin, then the recipient
 *   from 2½ in, on the left margin, 3⅜ in wide;
 * - on A4 (DIN 5008 form B), the sender from the top margin, then from 50 mm the return line
 *   (set on the address zone) and the date at 125 mm, then the recipient from 62.7 mm, 75 mm wide;
 * - on A4 in French and Spanish, the sender from the top margin on the left, the recipient from
 *   55 mm on the right (110 mm from the left, 80 mm wide), then from 92 mm the place and date
 *   across the page, right-aligned.
 * The grid is worked out from the page's geometry: a column edge wherever a block starts or the
 * window ends, a row edge wherever a block starts or the window ends, each block in the cell at
 * its place (the date spanning to the right margin). The recipient's row is as tall as the window
 * band; the last row reaches down to where the PDF's body starts. Rows may grow, so a long
 * sender's block pushes the rest down rather than run into it. The recipient's lines are the
 * PDF's, shortened in the same order when too many for the window.
 */
export function windowHead(doc: Document, geometry: LetterGeometry, styled: StyledParagraph): Table {
  const { margin, window } = geometry;
  const box = window.recipient;
  const textRight = geometry.width - margin.right;
  const recipient = fitAddress(recipientSteps(doc), {
    height: box.bottom - box.top,
    maxLines: box.maxLines,
    styles: ADDRESS_STYLES,
    wrap: (text, size) => Array.from({ length: wordLines(text, size, box.width) }, () => text),
  });
  const text = letterHeadText(doc);
  const recipientStyle = recipient.size === "compact" ? STYLE.recipientCompact : STYLE.recipient;
  const dateTop = Math.max(window.date.top, margin.top);
  const returnText = senderLines(doc).join(", ");
  // One line only, as DIN 5008 has it and the PDF prints it; else the sender's block says it.
  const returnLine =
    box.returnLine && returnText !== "" && calibriWidth(returnText, RETURN_LINE.size) <= box.returnLine.width
      ? [styled(STYLE.returnLine, returnText)]
      : [];

  const columnEdges = edges([window.sender.x, box.x, box.x + box.width, window.date.x, textRight], textRight);
  const rowEdges = edges([margin.top, dateTop, box.top, box.bottom], Number.POSITIVE_INFINITY);
  const blocks: HeadBlock[] = [
    { x: window.sender.x, top: margin.top, paragraphs: senderLines(doc).map((line) => styled(STYLE.sender, line)) },
    {
      x: window.date.x,
      top: dateTop,
      toRight: true,
      paragraphs: text.date ? [styled(STYLE.windowDate, text.date)] : [],
    },
    { x: box.x, top: box.top, paragraphs: recipient.entries.map((line) => styled(recipientStyle, line)) },
  ];
  if (box.returnLine) {
    // In the row just above the address zone, at its foot (DIN 5008).
    const above = rowEdges[rowEdges.indexOf(box.top) - 1] ?? margin.top;
    blocks.push({ x: box.returnLine.x, top: above, bottom: true, paragraphs: returnLine });
  }
  const columns = columnEdges.slice(1).map((edge, i) => twips(edge - columnEdges[i]!));
  // Down to where the PDF's body starts, less the space Word puts above the subject.
  const bodyTop = window.bodyTop - (doc.subject ? SUBJECT_SPACE_BEFORE : 0);
  const rows = rowEdges.map((top, r) => {
    const last = r === rowEdges.length - 1;
    const height = last ? Math.max(0, bodyTop - top) : rowEdges[r + 1]! - top;
    const here = blocks.filter((block) => near(block.top, top));
    const cells: HeadCell[] = [];
    for (let c = 0; c < columns.length; ) {
      const inCell = here.filter((block) => near(block.x, columnEdges[c]!));
      const span = inCell.some((block) => block.toRight) ? columns.length - c : 1;
      cells.push({
        width: columns.slice(c, c + span).reduce((a, b) => a + b, 0),
        span,
        paragraphs: inCell.flatMap((block) => block.paragraphs),
        align: inCell.some((block) => block.bottom) ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
      });
      c += span;
    }
    // The last row is a spacer of exact height; only one that holds text (the date, in France) may grow.
    const empty = cells.every((cell) => cell.paragraphs.length === 0);
    return row(twips(height), cells, styled, last && empty ? HeightRule.EXACT : HeightRule.ATLEAST);
  });
  return new Table({
    rows,
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    indent: { size: twips(columnEdges[0]! - margin.left), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

/** A block of the head: where it starts, and its paragraphs. */
interface HeadBlock {
  x: number;
  top: number;
  paragraphs: Paragraph[];
  /** Its cell spans every column to the right margin. */
  toRight?: boolean;
  /** Set at the foot of its cell. */
  bottom?: boolean;
}

/** One cell of a head row: its width in twips, the columns it spans, what it holds. */
interface HeadCell {
  width: number;
  span: number;
  paragraphs: Paragraph[];
  align: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable];
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6;

/** The distinct values up to `limit`, in order (a hair apart counts as the same edge). */
function edges(values: number[], limit: number): number[] {
  const sorted = values.filter((v) => v <= limit + 1e-6).sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || !near(v, sorted[i - 1]!));
}

/** A table row `height` twips tall (at least, or exactly), with its cells (an empty paragraph in an empty one). */
function row(
  height: number,
  cells: HeadCell[],
  styled: StyledParagraph,
  rule: (typeof HeightRule)[keyof typeof HeightRule],
): TableRow {
  return new TableRow({
    height: { value: height, rule },
    cantSplit: true,
    children: cells.map(
      (cell) =>
        new TableCell({
          width: { size: cell.width, type: WidthType.DXA },
          ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
          verticalAlign: cell.align,
          // Word needs a paragraph in every cell.
          children: cell.paragraphs.length > 0 ? cell.paragraphs : [styled(STYLE.sender, "")],
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

/**
 * How wide Word sets `text` on one line in Calibri at `size` points, a little over: ASCII from
 * Calibri's own widths, an accented Latin letter as its base letter, anything else as 0.6 em (a
 * wide character as 1 em), and 3% to spare for what Word does beyond the advance widths. The
 * 0.6 em of {@link wordLines}, right for the PDF's DejaVu Sans, is a sixth too wide for Calibri: a
 * return line that fits in the PDF was left out of the .docx.
 */
function calibriWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) {
    const base = char.normalize("NFD").codePointAt(0)!;
    const ascii = base >= 0x20 && base <= 0x7e ? CALIBRI_ASCII_WIDTHS[base - 0x20] : undefined;
    ems += ascii !== undefined ? ascii / 1000 : WIDE.test(char) ? 1 : 0.6;
  }
  return ems * size * 1.03;
}
