import { loadEngine, PDF_ENGINES } from "../internal/optional-engine.js";

/** The module that draws PDFs, loaded on the first render once pdf-lib and fontkit are known to be installed. */
export function loadPdfEngine(feature: string): Promise<typeof import("./engine.js")> {
  return loadEngine(feature, PDF_ENGINES, () => import("./engine.js"));
}
