import type { ReadingLanguage } from "./types.js";

/**
 * The browser build's built-in languages: none besides English. Apps register the ones they need
 * with `registerLanguage` from `@afterview/core/languages`.
 */
export const builtInLanguages: readonly ReadingLanguage[] = [];
