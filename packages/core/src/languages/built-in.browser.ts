import type { TimelineLanguage } from "./types.js";

/**
 * The browser build's built-in timeline languages: none besides English. Apps register the ones they
 * need with `registerTimelineLanguage` from `@afterview/core/timeline-languages`.
 */
export const builtInTimelineLanguages: readonly TimelineLanguage[] = [];
