/**
 * `@afterview/core/timeline-languages`: the rules `parseDecisionTimeline` and `createPlan` read German,
 * French and Spanish timelines with ("in zwei bis drei Werktagen", "sous quinzaine", "antes de
 * Navidad"). The Node build has them built in; the browser build carries English only, so an app
 * that reads other languages imports and registers the ones it needs:
 *
 * ```ts
 * import { de, fr, registerTimelineLanguage } from "@afterview/core/timeline-languages";
 * registerTimelineLanguage(de, fr);
 * ```
 *
 * @packageDocumentation
 */

export { de } from "./timeline/languages/de/index.js";
export { es } from "./timeline/languages/es/index.js";
export { fr } from "./timeline/languages/fr/index.js";
export { registerTimelineLanguage } from "./timeline/languages/registry.js";
export type { TimelineLanguage } from "./timeline/languages/types.js";
