/*
 * renderPdf and renderDocx against the bare libraries doing the same job, as ratios (target, issue
 * #15: renderPdf ≤ 1.5× bare pdf-lib with the same font and text; figures in docs/performance.md):
 *
 * - renderPdf (validation, glyph coverage check, fallback runs, line breaking, window layout,
 *   fixed metadata) vs bare pdf-lib writing the same letter: the same DejaVu Sans parsed once per
 *   process and embedded as the same subset, the same text at the same sizes on the same page
 *   count, the same document information, `save({ useObjectStreams: true })`; its lines broken by
 *   pdf-lib's own `breakTextIntoLines`. Checked before timing: same page count, same embedded
 *   font program (the same subset: the same glyphs), same document information keys.
 * - renderPdf vs pdf-lib drawing renderPdf's own laid-out lines (no validation, no layout): what
 *   all of afterview's work on top of pdf-lib costs.
 * - renderPdf vs bare pdf-lib parsing the font for every document (pdf-lib's default).
 * - renderEnvelopePdf on its own; renderDocx vs bare `docx` writing the same paragraphs with the
 *   same styles, numbering, page size and title.
 *
 * All tasks are interleaved (see interleaved.ts) in 3 fresh processes. Inputs are fixed (the
 * fixture letter), so every run measures the same work.
 * Run with `pnpm --filter @afterview/renderers bench`; BENCH_ROUNDS / BENCH_RUNS change the length.
 */
import { fileURLToPath } from "node:url";
import { Document as DocxDocument, Packer, Paragraph, TextRun } from "docx";
import { breakTextIntoLines, PDFDict, PDFDocument, type PDFFont, PDFName, PDFRawStream } from "pdf-lib";
import { renderDocx } from "../src/docx/index.js";
import { LETTER_NUMBERING, LETTER_STYLES, STYLE } from "../src/docx/styles.js";
import { defaultBoldFontBytes, defaultFontBytes } from "../src/fonts/default-font.js";
import { loadFonts } from "../src/fonts/load-fonts.js";
import { pdfLibFontkit } from "../src/fonts/pdf-lib-fontkit.js";
import { LETTER } from "../src/internal/fixtures.js";
import { PRODUCER } from "../src/pdf/draw-pdf.js";
import { renderEnvelopePdf, renderPdf } from "../src/pdf/index.js";
import { layoutLetter } from "../src/pdf/letter-layout.js";
import { US_LETTER } from "../src/pdf/measures.js";
import { inProcesses, measure, type Ratio, report, type Task } from "./interleaved.js";

const font = await defaultFontBytes();
// renderPdf sets the subject in DejaVu Sans Bold: the bare baseline embeds the same second face.
const boldFont = await defaultBoldFontBytes();
const { width: W, height: H } = US_LETTER;
const date = new Date(Date.UTC(2026, 10, 24));

/** The same document information renderPdf writes (fixed dates, no clock). */
function setInfo(pdf: PDFDocument): void {
  pdf.setTitle(LETTER.subject!);
  pdf.setAuthor(LETTER.from!.name!);
  pdf.setSubject(LETTER.subject!);
  pdf.setCreator(PRODUCER);
  pdf.setProducer(PRODUCER);
  pdf.setLanguage(LETTER.locale);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
}

/**
 * Bare pdf-lib writing the letter by hand: sender, date (right-aligned), recipient, then subject,
 * salutation, paragraphs (broken by pdf-lib at spaces, hyphens and slashes), closing, room to
 * sign and the signature, at renderPdf's sizes and places.
 */
async function barePdfLib(fontData: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(pdfLibFontkit);
  setInfo(pdf);
  const embedded = await pdf.embedFont(fontData, { subset: true });
  const bold = await pdf.embedFont(boldFont, { subset: true });
  const page = pdf.addPage([W, H]);
  const lines = (text: string, size: number, width: number) =>
    breakTextIntoLines(text, [" ", "-", "/"], width, (t) => embedded.widthOfTextAtSize(t, size));
  const block = (texts: string[], x: number, top: number, size: number, leading: number, width: number) => {
    let y = H - top - size;
    for (const text of texts) {
      const wrapped = lines(text, size, width);
      page.drawText(wrapped.join("\n"), { x, y, size, font: embedded, lineHeight: leading });
      y -= wrapped.length * leading;
    }
    return H - y - size;
  };
  block(LETTER.from!.lines, 72, 36, 10, 12, 270);
  const dateWidth = embedded.widthOfTextAtSize(LETTER.date!, 11);
  page.drawText(LETTER.date!, { x: 540 - dateWidth, y: H - 36 - 11, size: 11, font: embedded });
  block(LETTER.to!.lines, 72, 144, 10, 12, 234);
  let top = 252;
  page.drawText(LETTER.subject!, { x: 72, y: H - top - 11, size: 11, font: bold });
  top += 14.5 + 10;
  for (const text of [LETTER.salutation!, ...LETTER.blocks.map((b) => ("text" in b ? b.text : ""))]) {
    top = block([text], 72, top, 11, 14.5, 468) + 10;
  }
  top = block([LETTER.closing!], 72, top, 11, 14.5, 468) + 45;
  block(LETTER.signature!, 72, top, 11, 14.5, 468);
  return pdf.save({ useObjectStreams: true });
}

/** What renderPdf lays out for the letter, computed once (outside the timing). */
const fonts = await loadFonts({});
const laidOut = layoutLetter(LETTER, {
  geometry: US_LETTER,
  window: true,
  ascent: fonts.stack.fonts[0]!.ascent / fonts.stack.fonts[0]!.unitsPerEm,
  measure: (text, size) => fonts.stack.width(text, size),
});

/** pdf-lib drawing renderPdf's own lines: the pdf-lib part of renderPdf, with nothing of afterview's around it. */
async function pdfLibDrawingOurLines(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(pdfLibFontkit);
  setInfo(pdf);
  let embedded: PDFFont | undefined;
  for (const items of laidOut) {
    const page = pdf.addPage([W, H]);
    for (const item of items) {
      if (item.type !== "text") continue;
      embedded ??= await pdf.embedFont(font, { subset: true });
      page.drawText(item.text, { x: item.x, y: H - item.baseline, size: item.size, font: embedded });
    }
  }
  return pdf.save({ useObjectStreams: true });
}

/** Bare docx: the same paragraphs, styles, numbering, page size and title as renderDocx. */
async function bareDocx(): Promise<Uint8Array> {
  const p = (style: string, text: string) => new Paragraph({ style, children: [new TextRun(text)] });
  const file = new DocxDocument({
    title: LETTER.subject!,
    creator: LETTER.from!.name!,
    styles: LETTER_STYLES,
    numbering: LETTER_NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 1440, right: 1440, bottom: 1440, left: 1440 },
          },
        },
        children: [
          ...LETTER.from!.lines.map((t) => p(STYLE.sender, t)),
          p(STYLE.date, LETTER.date!),
          ...LETTER.to!.lines.map((t) => p(STYLE.recipient, t)),
          p(STYLE.subject, LETTER.subject!),
          p(STYLE.salutation, LETTER.salutation!),
          ...LETTER.blocks.map((b) => p(STYLE.body, "text" in b ? b.text : "")),
          p(STYLE.closing, LETTER.closing!),
          ...LETTER.signature!.map((t) => p(STYLE.signature, t)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** What has to match for two PDFs to be the same job: page count, embedded font programs (the same subset, so the same glyphs) and the document information's keys. */
async function describePdf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fontPrograms: number[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream && object.dict.has(PDFName.of("Length1"))) {
      fontPrograms.push(object.contents.length);
    }
  }
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  const keys = info
    .keys()
    .map((key) => key.asString())
    .sort();
  return { pages: pdf.getPageCount(), fontPrograms, keys };
}

/** Refuses to time a baseline that does not do the same job. */
async function checkSameJob(): Promise<void> {
  const ours = await describePdf(await renderPdf(LETTER));
  for (const [name, bytes] of [
    ["bare pdf-lib", await barePdfLib(font)],
    ["pdf-lib drawing our lines", await pdfLibDrawingOurLines()],
  ] as const) {
    const theirs = await describePdf(bytes);
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      throw new Error(`${name} does not do the same job as renderPdf: ${JSON.stringify({ ours, theirs })}`);
    }
  }
}

const tasks: Task[] = [
  { name: "renderPdf", run: () => renderPdf(LETTER) },
  { name: "bare pdf-lib (font parsed once)", run: () => barePdfLib(font) },
  // A fresh copy of the bytes is a font the cache has not seen: fontkit parses it again.
  { name: "bare pdf-lib (font parsed per document)", run: () => barePdfLib(font.slice()) },
  { name: "pdf-lib drawing renderPdf's lines", run: () => pdfLibDrawingOurLines() },
  { name: "renderEnvelopePdf", run: () => renderEnvelopePdf(LETTER) },
  { name: "renderDocx", run: () => renderDocx(LETTER) },
  { name: "bare docx (same paragraphs and styles)", run: () => bareDocx() },
];

const ratios: Ratio[] = [
  {
    label: "renderPdf / bare pdf-lib (font parsed once)",
    numerator: "renderPdf",
    denominator: "bare pdf-lib (font parsed once)",
    target: 1.5,
  },
  {
    label: "renderPdf / pdf-lib drawing renderPdf's lines",
    numerator: "renderPdf",
    denominator: "pdf-lib drawing renderPdf's lines",
  },
  {
    label: "renderPdf / bare pdf-lib (font parsed per document)",
    numerator: "renderPdf",
    denominator: "bare pdf-lib (font parsed per document)",
  },
  { label: "renderDocx / bare docx", numerator: "renderDocx", denominator: "bare docx (same paragraphs and styles)" },
];

const rounds = Number(process.env.BENCH_ROUNDS ?? 120);
const results = await inProcesses(fileURLToPath(import.meta.url), Number(process.env.BENCH_RUNS ?? 3), async (seed) => {
  await checkSameJob();
  return measure(tasks, ratios, { rounds, batch: 3, warmup: 30, seed });
});
if (results) {
  report("afterview pdf and docx vs the bare libraries", results, ratios);
  const [pdf, envelope, docx, bare] = await Promise.all([
    renderPdf(LETTER),
    renderEnvelopePdf(LETTER),
    renderDocx(LETTER),
    barePdfLib(font),
  ]);
  console.log(
    `sizes: letter PDF ${pdf.length} B (bare pdf-lib ${bare.length} B), envelope PDF ${envelope.length} B, letter .docx ${docx.length} B (bare ${(await bareDocx()).length} B)`,
  );
}
