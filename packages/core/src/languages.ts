/**
 * `@afterview/core/languages`: German, French and Spanish, for everything core reads in them:
 * employers' timelines (`parseDecisionTimeline`, `detectTimeMention`, `createPlan`: "in zwei bis drei
 * Werktagen", "sous quinzaine", "antes de Navidad") and thank-you drafts (`reviewDraft`,
 * `reviewDrafts`). English is always built in. The Node build has the three languages built in too;
 * the browser build carries English only, so an app that reads other languages imports and
 * registers the ones it needs:
 *
 * ```ts
 * import { de, fr, registerLanguage } from "@afterview/core/languages";
 * registerLanguage(de, fr);
 * ```
 *
 * @packageDocumentation
 */

export { de } from "./languages/de.js";
export { es } from "./languages/es.js";
export { fr } from "./languages/fr.js";
export { registerLanguage } from "./languages/registry.js";
export type { ReadingLanguage } from "./languages/types.js";
