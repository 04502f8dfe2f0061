import { de } from "./de/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";
import type { TimelineLanguage } from "./types.js";

/**
 * The languages the Node build reads without registration. The browser build swaps this module for
 * `built-in.browser.ts` (none), so an English-only app carries no other language's rules.
 */
export const builtInTimelineLanguages: readonly TimelineLanguage[] = [de, fr, es];
