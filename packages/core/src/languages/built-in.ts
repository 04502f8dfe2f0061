import { englishTimeline } from "../timeline/languages/en/index.js";
import type { TimelineRules } from "../timeline/languages/types.js";
import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { ReadingLanguage } from "./types.js";

/**
 * The languages the Node build reads without registration besides English, timelines and drafts
 * alike. The browser build swaps this module for `built-in.browser.ts` (none), so an English-only
 * app carries no other language's rules.
 */
export const builtInLanguages: readonly ReadingLanguage[] = [de, fr, es];

/**
 * The rules English timelines are read with, built in to the Node build. The browser build has
 * none until the app registers `en`: they and chrono-node are most of a browser bundle that plans.
 */
export const builtInEnglishTimeline: TimelineRules | undefined = englishTimeline;
