/*
 * Test support: reads a PDF back with pdf.js (Mozilla's parser, the legacy build for Node) and
 * returns its lines of text with their positions, so tests compare what a reader would see.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One line of text as pdf.js extracts it, with its left edge and baseline measured from the page's top-left. */
export interface ExtractedLine {
  text: string;
  x: number;
  /** Baseline, in points from the top of the page. */
  baseline: number;
  /** Right edge of the last glyph. */
  right: number;
  size: number;
  /** Top of the line's glyph boxes (its fonts' ascent above the baseline), from the top of the page. */
  top: number;
  /** Bottom of the line's glyph boxes (its fonts' descent below the baseline), from the top of the page. */
  bottom: number;
}

/** A page of an extracted PDF. */
export interface ExtractedPage {
  width: number;
  height: number;
  lines: ExtractedLine[];
}

/** Everything pdf.js reads from a PDF: pages of lines, the fonts, and the info dictionary. */
export interface ExtractedPdf {
  pages: ExtractedPage[];
  /** All text, one line per line, pages one after another. */
  text: string;
  info: Record<string, unknown>;
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Extracts the text of every page with pdf.js, grouping items on the same baseline into lines. */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  const pages: ExtractedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const styles = content.styles as Record<string, { ascent: number; descent: number }>;
    const items = (content.items as Item[]).filter((item) => "str" in item && item.str !== "");
    const lines: ExtractedLine[] = [];
    for (const item of items) {
      const [size, , , , x, y] = item.transform as [number, number, number, number, number, number];
      const baseline = height - y;
      const font = styles[item.fontName];
      if (!font) throw new Error(`pdf.js gave no metrics for the font of ${JSON.stringify(item.str)}`);
      const top = baseline - font.ascent * size;
      const bottom = baseline - font.descent * size;
      const line = lines.find((l) => Math.abs(l.baseline - baseline) < 0.5);
      if (!line) {
        lines.push({ text: item.str, x, baseline, right: x + item.width, size, top, bottom });
        continue;
      }
      line.top = Math.min(line.top, top);
      line.bottom = Math.max(line.bottom, bottom);
      // A gap between two items on a line (a list marker and its text) reads as a space.
      const [before, after] = x < line.x ? [item.str, line.text] : [line.text, item.str];
      const gap = x < line.x ? line.x - (x + item.width) : x - line.right;
      line.text = gap > 1 ? `${before} ${after}` : before + after;
      line.x = Math.min(line.x, x);
      line.right = Math.max(line.right, x + item.width);
    }
    lines.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
    pages.push({ width, height, lines });
  }
  const { info } = await pdf.getMetadata();
  await task.destroy();
  return {
    pages,
    text: pages.flatMap((p) => p.lines.map((l) => l.text)).join("\n"),
    info: info as Record<string, unknown>,
  };
}

/** A piece of text as drawn, and the font that draws it. */
export interface TextRun {
  text: string;
  /** The font's BaseFont name as pdf.js loaded it (`AFVWAB+DejaVuSans-Bold`). */
  font: string;
}

/**
 * The text runs of one page, in drawing order, each with the name of the font pdf.js draws it in:
 * pdf.js loads a page's fonts into its `commonObjs` while building the operator list.
 */
export async function textRuns(bytes: Uint8Array, pageIndex = 0): Promise<TextRun[]> {
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  const page = await pdf.getPage(pageIndex + 1);
  const content = await page.getTextContent();
  await page.getOperatorList();
  const runs = (content.items as Item[])
    .filter((item) => "str" in item && item.str.trim() !== "")
    .map((item) => ({ text: item.str, font: String((page.commonObjs.get(item.fontName) as { name: string }).name) }));
  await task.destroy();
  return runs;
}

/** Text with all white space removed: wrapping may break a line anywhere a space was. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/** The BaseFont name of every font dictionary in a PDF (read with pdf-lib, as they sit in compressed object streams). */
export async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const { PDFDocument, PDFDict, PDFName } = await import("pdf-lib");
  const pdf = await PDFDocument.load(bytes);
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of("Type"))?.toString() !== "/Font") continue;
    const base = object.get(PDFName.of("BaseFont"));
    if (base) names.add(base.toString().slice(1));
  }
  return [...names].sort();
}

/** The decoded content stream (drawing operators) of one page. */
export async function pageContent(bytes: Uint8Array, pageIndex = 0): Promise<string> {
  const { PDFDocument, PDFRawStream, PDFArray, decodePDFRawStream } = await import("pdf-lib");
  const pdf = await PDFDocument.load(bytes);
  const contents = pdf.getPage(pageIndex).node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
  return streams
    .flatMap((s) =>
      s instanceof PDFRawStream ? [new TextDecoder("latin1").decode(decodePDFRawStream(s).decode())] : [],
    )
    .join("\n");
}
