/**
 * `@afterview/core/languages`: the languages core reads, for everything it reads in them: employers'
 * timelines (`parseDecisionTimeline`, `detectTimeMention`, `createPlan`: "in zwei bis drei
 * Werktagen", "sous quinzaine", "antes de Navidad") and thank-you drafts (`reviewDraft`,
 * `reviewDrafts`). The Node build has them all built in. The browser build reads English drafts and
 * nothing else until the app registers what it reads, so its bundle holds only those rules: `en`
 * for English timelines (the employer's words read into dates), `de`, `fr`, `es` for the others.
 *
 * ```ts
 * import { de, en, registerLanguage } from "@afterview/core/languages";
 * registerLanguage(en, de);
 * ```
 *
 * @packageDocumentation
 */

export { de } from "./languages/de.js";
export { en } from "./languages/en.js";
export { es } from "./languages/es.js";
export { fr } from "./languages/fr.js";
export { registerLanguage } from "./languages/registry.js";
export type { ReadingLanguage } from "./languages/types.js";
