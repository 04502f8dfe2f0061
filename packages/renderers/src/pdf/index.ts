export type { FontOptions } from "../fonts/load-fonts.js";
export type { FontData } from "../fonts/parse-font.js";
export type { PaperSize } from "./measures.js";
export { type EnvelopeSize, type RenderEnvelopePdfOptions, renderEnvelopePdf } from "./render-envelope-pdf.js";
export { type RenderPdfOptions, renderPdf } from "./render-pdf.js";
