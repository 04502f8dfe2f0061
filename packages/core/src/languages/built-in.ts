import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { ReadingLanguage } from "./types.js";

/**
 * The languages the Node build reads without registration, timelines and drafts alike. The browser
 * build swaps this module for `built-in.browser.ts` (none), so an English-only app carries no other
 * language's rules.
 */
export const builtInLanguages: readonly ReadingLanguage[] = [de, fr, es];
