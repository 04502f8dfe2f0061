// The PDF renderers' parts that import pdf-lib and fontkit, loaded on the first render (see load-engine.ts).
export { loadFonts } from "../fonts/load-fonts.js";
export { drawPdf } from "./draw-pdf.js";
