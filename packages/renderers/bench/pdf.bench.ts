/*
 * renderPdf and renderDocx against the bare libraries doing the same job, as ratios:
 * - renderPdf (validation, glyph coverage check, fallback runs, line breaking, window layout,
 *   fixed metadata) vs bare pdf-lib embedding the same DejaVu Sans subset and drawing the same
 *   text with its own `maxWidth` wrapping; once with the font parsed once per process (as
 *   renderPdf does) and once parsing it for every document (what bare pdf-lib does by default);
 * - renderEnvelopePdf on its own; renderDocx vs bare `docx` writing the same paragraphs.
 * Inputs are fixed (the fixture letter), so every run measures the same work.
 * Run with `pnpm --filter @afterview/renderers bench`.
 */
import { Document as DocxDocument, Packer, Paragraph } from "docx";
import { PDFDocument } from "pdf-lib";
import { Bench } from "tinybench";
import { renderDocx } from "../src/docx/index.js";
import { defaultFontBytes } from "../src/fonts/default-font.js";
import { pdfLibFontkit } from "../src/fonts/pdf-lib-fontkit.js";
import { LETTER } from "../src/internal/fixtures.js";
import { renderEnvelopePdf, renderPdf } from "../src/pdf/index.js";

const font = await defaultFontBytes();
const lines = [
  ...LETTER.from!.lines,
  LETTER.date!,
  ...LETTER.to!.lines,
  LETTER.subject!,
  LETTER.salutation!,
  ...LETTER.blocks.flatMap((b) => (b.type === "list" ? b.items : [b.text])),
  LETTER.closing!,
  ...LETTER.signature!,
];

/** Bare pdf-lib: the same text, the same font as a subset, pdf-lib's own wrapping. */
async function barePdfLib(fontData: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(pdfLibFontkit);
  const embedded = await pdf.embedFont(fontData, { subset: true });
  const page = pdf.addPage([612, 792]);
  let y = 740;
  for (const text of lines) {
    page.drawText(text, { x: 72, y, size: 11, font: embedded, maxWidth: 468, lineHeight: 14.5 });
    y -= 14.5 * Math.ceil(embedded.widthOfTextAtSize(text, 11) / 468) + 6;
  }
  return pdf.save();
}

async function bareDocx(): Promise<Uint8Array> {
  const file = new DocxDocument({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

const bench = new Bench({ name: "afterview pdf and docx", time: 3_000, warmupTime: 500 });
bench
  .add("renderPdf (letter)", async () => {
    await renderPdf(LETTER);
  })
  .add("bare pdf-lib, same text and font (font parsed once)", async () => {
    await barePdfLib(font);
  })
  .add("bare pdf-lib, same text and font (font parsed per document)", async () => {
    // A fresh copy of the bytes is a font the cache has not seen: fontkit parses it again.
    await barePdfLib(font.slice());
  })
  .add("renderEnvelopePdf (#10)", async () => {
    await renderEnvelopePdf(LETTER);
  })
  .add("renderDocx (letter)", async () => {
    await renderDocx(LETTER);
  })
  .add("bare docx, same paragraphs", async () => {
    await bareDocx();
  });

await bench.run();

// Medians, not means: the machines these run on are shared, and a median shrugs off the odd stall.
const median = (name: string) => {
  const r = bench.tasks.find((t) => t.name === name)!.result;
  return "latency" in r ? r.latency.p50 : Number.NaN;
};
console.table(
  bench.tasks.map((task) => {
    const r = task.result;
    if (!("latency" in r)) return { task: task.name, state: r.state };
    return {
      task: task.name,
      "median ms": Number(r.latency.p50.toFixed(2)),
      "p99 ms": Number(r.latency.p99.toFixed(2)),
      "mean ms": Number(r.latency.mean.toFixed(2)),
      samples: r.latency.samplesCount,
    };
  }),
);
const ratio = (a: string, b: string) => (median(a) / median(b)).toFixed(2);
console.log("ratios of medians (target: renderPdf ≤ 1.3× bare pdf-lib)");
console.log(
  `renderPdf / bare pdf-lib (font parsed once):          ${ratio("renderPdf (letter)", "bare pdf-lib, same text and font (font parsed once)")}×`,
);
console.log(
  `renderPdf / bare pdf-lib (font parsed per document):  ${ratio("renderPdf (letter)", "bare pdf-lib, same text and font (font parsed per document)")}×`,
);
console.log(
  `renderDocx / bare docx:                               ${ratio("renderDocx (letter)", "bare docx, same paragraphs")}×`,
);
const pdf = await renderPdf(LETTER);
const docx = await renderDocx(LETTER);
console.log(
  `sizes: letter PDF ${pdf.length} B, envelope PDF ${(await renderEnvelopePdf(LETTER)).length} B, letter .docx ${docx.length} B`,
);
