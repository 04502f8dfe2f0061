import type { Block, Document } from "@afterview/templates";
import { recipientSteps, senderLines } from "../internal/address-block.js";
import { fitAddress } from "../internal/address-fit.js";
import { ADDRESS_STYLES, RETURN_LINE } from "../internal/address-styles.js";
import { BODY, HEADING, HEADING_GAP, LIST_INDENT, LIST_ITEM_GAP, PARAGRAPH_GAP, SUBJECT } from "./body-spacing.js";
import { continuationHeader, type LetterHeadText, letterHeadText } from "./letter-conventions.js";
import { wrapText } from "./line-break.js";
import type { Box, LetterGeometry } from "./measures.js";
import { type LaidOutPage, type MeasureText, PageFlow, type TextStyle } from "./page-flow.js";

/** Address blocks: 10 pt on 12 pt (the recipient's regular size, see `ADDRESS_STYLES`). */
export const ADDRESS: TextStyle = ADDRESS_STYLES.regular;
/** Room left for a handwritten signature between the closing and the typed name (about ⅝ in). */
const SIGNATURE_SPACE = 45;

/** What the layout needs besides the document. */
export interface LetterLayoutOptions {
  geometry: LetterGeometry;
  /** Lay the first page out for a window envelope (sender, date, recipient in fixed places). */
  window: boolean;
  /** The default font's ascent as a fraction of its size. */
  ascent: number;
  /**
   * The default font's descent (below the baseline, positive) as a fraction of its size. Without
   * it, an address line is taken to fill its whole leading when fitting the window.
   */
  descent?: number;
  /** Text width at a size, in points, in the bold face when `bold` (`pieces`: see `Measure` in line-break.ts). */
  measure: MeasureText;
}

/**
 * Lays a letter out on pages: sender, date and recipient (at fixed places for a window envelope,
 * or one after the other), subject, salutation, the body with wrapped paragraphs, lists and
 * headings, then the closing, room to sign and the signature. Paragraphs never leave a single
 * line alone at the foot or head of a page; a heading stays with what follows, and the closing
 * stays with the signature.
 *
 * The document's text must already be printable (see `printableText`).
 */
export function layoutLetter(doc: Document, options: LetterLayoutOptions): LaidOutPage[] {
  const { geometry } = options;
  const flow = new PageFlow(geometry, options.ascent, (page) => continuationHeader(doc, page), options.measure);
  const left = geometry.margin.left;
  const width = geometry.width - geometry.margin.left - geometry.margin.right;
  const wrap = (text: string, style: TextStyle, w = width) => wrapText(text, w, flow.measureAt(style.size, style.bold));

  const sender = senderLines(doc);
  const recipient = recipientSteps(doc)[0]?.lines ?? [];
  // The place-and-date line and the subject as the letter's language sets them out.
  const text = letterHeadText(doc);
  if (options.window && (recipient.length > 0 || sender.length > 0)) {
    layoutWindowHead(doc, text, flow, options);
  } else {
    const head: [string[], TextStyle][] = [
      [sender, ADDRESS],
      [text.date ? [text.date] : [], BODY],
      [recipient, ADDRESS],
    ];
    for (const [lines, style] of head) {
      if (lines.length === 0) continue;
      for (const line of lines.flatMap((text) => wrap(text, style))) flow.line(line, left, style);
      flow.gap(BODY.leading);
    }
  }

  if (text.subject) paragraph(flow, wrap(text.subject, SUBJECT), left, SUBJECT);
  if (doc.salutation) paragraph(flow, wrap(doc.salutation, BODY), left);
  for (const block of doc.blocks) layoutBlock(block, flow, left, width);
  layoutSignOff(doc, flow, left, width);
  return flow.pages;
}

function layoutWindowHead(doc: Document, text: LetterHeadText, flow: PageFlow, options: LetterLayoutOptions): void {
  const { window } = options.geometry;
  const placeBlock = (lines: string[], box: Box, style: TextStyle): number => {
    let y = box.top;
    for (const line of lines.flatMap((text) => wrapText(text, box.width, flow.measureAt(style.size)))) {
      flow.placeAt(line, box.x, y, style.size);
      y += style.leading;
    }
    return y;
  };
  const sender = senderLines(doc);
  const senderEnd = placeBlock(sender, window.sender, ADDRESS);
  let dateEnd = window.date.top;
  if (text.date) {
    const lines = wrapText(text.date, window.date.width, flow.measureAt(BODY.size));
    lines.forEach((line, index) => {
      const x =
        window.date.align === "right"
          ? window.date.x + window.date.width - flow.measure(line, BODY.size)
          : window.date.x;
      flow.placeAt(line, x, window.date.top + index * BODY.leading, BODY.size);
    });
    dateEnd = window.date.top + lines.length * BODY.leading;
  }

  const { recipient: box } = window;
  const recipient = fitAddress(recipientSteps(doc), {
    height: box.bottom - box.top,
    maxLines: box.maxLines,
    styles: ADDRESS_STYLES,
    wrap: (text, size) => wrapText(text, box.width, flow.measureAt(size)),
    extent: options.descent === undefined ? undefined : options.ascent + options.descent,
  });
  // In the window; a block too tall for it keeps its last lines (locality, country) there; a
  // sender's block so long it reaches the window pushes it down rather than overlap (when the two
  // share a column: a sender beside the window, as in France, never reaches it).
  const shareColumn = window.sender.x < box.x + box.width && box.x < window.sender.x + window.sender.width;
  const top = Math.max(
    recipient.fits ? box.top : box.bottom - recipient.height,
    shareColumn ? senderEnd + ADDRESS.leading : 0,
  );
  if (box.returnLine && sender.length > 0) {
    const text = sender.join(", ");
    const returnTop = top - RETURN_LINE.leading - RETURN_LINE.gap;
    // One line only, within the few millimetres above the address the standard gives it; else the sender block says it.
    const fits = wrapText(text, box.returnLine.width, flow.measureAt(RETURN_LINE.size)).length === 1;
    if (fits && returnTop >= senderEnd) flow.placeAt(text, box.returnLine.x, returnTop, RETURN_LINE.size);
  }
  recipient.lines.forEach((line, index) => {
    flow.placeAt(line, box.x, top + index * recipient.style.leading, recipient.style.size);
  });
  const recipientEnd = top + recipient.height;
  for (const mark of window.marks) flow.page.push({ type: "mark", y: mark.y, length: mark.length });
  flow.moveTo(
    Math.max(window.bodyTop, senderEnd + BODY.leading, recipientEnd + BODY.leading * 2, dateEnd + BODY.leading * 2),
  );
}

function layoutBlock(block: Block, flow: PageFlow, left: number, width: number): void {
  const wrap = (text: string, style: TextStyle, w: number) => wrapText(text, w, flow.measureAt(style.size, style.bold));
  if (block.type === "paragraph") {
    paragraph(flow, wrap(block.text, BODY, width), left);
    return;
  }
  if (block.type === "heading") {
    const lines = wrap(block.text, HEADING, width);
    // Keep the heading with at least two lines of what follows.
    if (
      flow.linesLeft(HEADING) < lines.length ||
      flow.room < lines.length * HEADING.leading + 2 * BODY.leading + HEADING_GAP
    ) {
      flow.newPage();
    }
    for (const line of lines) flow.line(line, left, HEADING);
    flow.y += HEADING_GAP;
    return;
  }
  block.items.forEach((item, index) => {
    const marker = block.ordered ? `${index + 1}.` : "\u2022";
    placeLines(flow, wrap(item, BODY, width - LIST_INDENT), left + LIST_INDENT, BODY, () =>
      flow.placeAt(marker, left, flow.y, BODY.size),
    );
    flow.y += LIST_ITEM_GAP;
  });
  flow.gap(PARAGRAPH_GAP - LIST_ITEM_GAP);
}

function paragraph(flow: PageFlow, lines: string[], left: number, style: TextStyle = BODY): void {
  placeLines(flow, lines, left, style);
  flow.gap(PARAGRAPH_GAP);
}

/**
 * Places a paragraph's lines, breaking pages so that no single line is left alone: when only one
 * line would fit at the foot of the page (an orphan), the paragraph starts on the next page; when
 * only its last line would carry over (a widow), one more line goes over with it.
 */
function placeLines(flow: PageFlow, lines: string[], x: number, style: TextStyle, beforeFirst?: () => void): void {
  const fit = flow.linesLeft(style);
  let breakBefore = -1;
  if (lines.length > fit) {
    if (fit < 2 && lines.length >= 2) flow.newPage();
    else if (lines.length - fit === 1 && fit >= 3) breakBefore = fit - 1;
  }
  lines.forEach((line, index) => {
    if (index === breakBefore || flow.linesLeft(style) < 1) flow.newPage();
    if (index === 0) beforeFirst?.();
    flow.line(line, x, style);
  });
}

function layoutSignOff(doc: Document, flow: PageFlow, left: number, width: number): void {
  const wrap = (text: string) => wrapText(text, width, flow.measureAt(BODY.size));
  const closing = doc.closing ? wrap(doc.closing) : [];
  const signature = (doc.signature ?? []).flatMap(wrap);
  if (closing.length === 0 && signature.length === 0) return;
  const height = (closing.length + signature.length) * BODY.leading + (closing.length > 0 ? SIGNATURE_SPACE : 0);
  // The closing and the signature stay together on one page (if they fit on a page at all).
  const pageHeight = flow.geometry.height - flow.geometry.margin.top - flow.geometry.margin.bottom - 40;
  if (height > flow.room && height <= pageHeight) flow.newPage();
  for (const line of closing) flow.line(line, left, BODY);
  if (closing.length > 0) flow.y += SIGNATURE_SPACE;
  for (const line of signature) flow.line(line, left, BODY);
}
