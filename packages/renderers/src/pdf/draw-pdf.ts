import type { Font } from "fontkit";
import { grayscale, PDFDocument, type PDFFont } from "pdf-lib";
import { layoutError } from "../fonts/font-stack.js";
import type { LoadedFonts } from "../fonts/load-fonts.js";
import { pdfLibFontkit } from "../fonts/pdf-lib-fontkit.js";
import type { LaidOutPage } from "./page-flow.js";

/** The document information dictionary, fixed so that the same input gives the same bytes. */
export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  /** BCP 47 language of the text (`en-US`). */
  language: string;
  /** Creation and modification date: derived from the document, never the clock. */
  date: Date;
}

/** The PDF's Producer and Creator. */
export const PRODUCER = "afterview (pdf-lib 1.17.1, fontkit 2)";

/**
 * Draws laid-out pages into a PDF: each line split into runs of the first font of its weight's
 * stack that has each character, fonts embedded as subsets only when used, under fixed subset tags
 * (`AFVWAA+…`) in place of pdf-lib's random suffixes. Object streams on, metadata dates from the
 * document: the same pages give the same bytes.
 */
export async function drawPdf(
  pages: LaidOutPage[],
  size: { width: number; height: number },
  fonts: LoadedFonts,
  metadata: PdfMetadata,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(pdfLibFontkit);
  pdf.setTitle(metadata.title);
  if (metadata.author) pdf.setAuthor(metadata.author);
  if (metadata.subject) pdf.setSubject(metadata.subject);
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setLanguage(metadata.language);
  pdf.setCreationDate(metadata.date);
  pdf.setModificationDate(metadata.date);

  // Each font file once, in a fixed order (main, fallbacks, bold face), whichever weight draws from it.
  const files = [...new Set([...fonts.bytes, ...fonts.bold.bytes])];
  const embedded = new Map<Uint8Array, Promise<PDFFont>>();
  const embed = (bytes: Uint8Array, font: Font): Promise<PDFFont> => {
    let pdfFont = embedded.get(bytes);
    if (!pdfFont) {
      pdfFont = pdf.embedFont(bytes, { subset: true, customName: subsetName(files.indexOf(bytes), font) });
      embedded.set(bytes, pdfFont);
    }
    return pdfFont;
  };

  for (const items of pages) {
    const page = pdf.addPage([size.width, size.height]);
    for (const item of items) {
      if (item.type === "mark") {
        const y = size.height - item.y;
        page.drawLine({ start: { x: 0, y }, end: { x: item.length, y }, thickness: 0.4, color: grayscale(0.4) });
        continue;
      }
      const { stack, bytes } = item.bold ? fonts.bold : fonts;
      stack.assertCovered(item.text, "the page layout");
      let x = item.x;
      const runs = stack.runs(item.text);
      for (const [index, run] of runs.entries()) {
        const font = await embed(bytes[run.font]!, stack.fonts[run.font]!);
        try {
          page.drawText(run.text, { x, y: size.height - item.baseline, size: item.size, font });
        } catch (error) {
          throw layoutError(run.text, error);
        }
        // Only a following run needs to know where this one ends (measuring a line costs a shaping pass).
        if (index < runs.length - 1) x += stack.width(run.text, item.size);
      }
    }
  }
  return pdf.save({ useObjectStreams: true });
}

/** A fixed six-letter subset tag per font file (PDF 32000-1 §9.6.4), then the font's PostScript name. */
function subsetName(index: number, font: Font): string {
  const letters = String.fromCharCode(65 + (Math.floor(index / 26) % 26), 65 + (index % 26));
  const name = (font.postscriptName ?? `Font${index}`).replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, "");
  return `AFVW${letters}+${name}`;
}
