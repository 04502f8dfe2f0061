import { AfterviewValidationError } from "../../errors/afterview-error.js";
import type { TimelineLanguage } from "./types.js";

/** The languages the app registered (the browser build's only ones besides English). */
export const registeredTimelineLanguages: Map<string, TimelineLanguage> = /* @__PURE__ */ new Map();

/**
 * Makes `parseDecisionTimeline` and `createPlan` read stated timelines in these languages. The
 * Node build has German, French and Spanish built in; the browser build carries only English until
 * the app registers a language, so its bundle holds only the parsers it needs. Registering a language
 * twice is harmless; a later registration of the same tag replaces the earlier one.
 *
 * @throws {AfterviewValidationError} on an argument that is not a timeline language.
 *
 * @example
 * ```ts
 * import { de, fr, registerTimelineLanguage } from "@afterview/core/timeline-languages";
 * registerTimelineLanguage(de, fr);
 * ```
 */
export function registerTimelineLanguage(...languages: TimelineLanguage[]): void {
  languages.forEach((language, i) => {
    const record = language as Partial<TimelineLanguage> | null;
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.tag !== "string" ||
      typeof record.find !== "function" ||
      typeof record.mention !== "function"
    ) {
      throw new AfterviewValidationError([
        {
          path: `languages[${i}]`,
          code: "invalid_type",
          message: 'expected a timeline language, e.g. de from "@afterview/core/timeline-languages"',
        },
      ]);
    }
  });
  for (const language of languages) registeredTimelineLanguages.set(language.tag.toLowerCase(), language);
}
