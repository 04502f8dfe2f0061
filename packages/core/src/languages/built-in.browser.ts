import type { TimelineRules } from "../timeline/languages/types.js";
import type { ReadingLanguage } from "./types.js";

/**
 * The browser build's built-in languages: none besides English drafts. Apps register the ones they
 * need with `registerLanguage` from `@afterview/core/languages`.
 */
export const builtInLanguages: readonly ReadingLanguage[] = [];

/** None: an app that reads English timelines in the browser registers `en` from `@afterview/core/languages`. */
export const builtInEnglishTimeline: TimelineRules | undefined = undefined;
