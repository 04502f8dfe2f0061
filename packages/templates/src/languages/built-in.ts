import { de } from "./de/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";
import type { LanguagePack } from "./types.js";

/** The packs the Node build carries besides English (the browser build swaps in built-in.browser.ts). */
export const BUILT_IN: readonly LanguagePack[] = [de, es, fr];
