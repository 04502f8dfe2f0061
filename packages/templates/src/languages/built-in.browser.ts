import type { LanguagePack } from "./types.js";

/** The browser build carries English alone; apps register the other packs they use (`registerLanguage`). */
export const BUILT_IN: readonly LanguagePack[] = [];
