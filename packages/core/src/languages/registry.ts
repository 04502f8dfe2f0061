import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { ReadingLanguage } from "./types.js";

/** The languages the app registered (the browser build's only ones besides English), by primary subtag. */
export const registeredLanguages: Map<string, ReadingLanguage> = /* @__PURE__ */ new Map();

/**
 * Makes core read these languages: `parseDecisionTimeline`, `detectTimeMention` and `createPlan`
 * read stated timelines in them, and `reviewDraft` and `reviewDrafts` read drafts in them. The Node
 * build has them all built in; the browser build reads English drafts and nothing else until the app
 * registers a language (`en` for English timelines), so its bundle holds only the rules it needs.
 * Registering a language
 * twice is harmless; a later registration of the same tag replaces the earlier one.
 *
 * @throws {AfterviewValidationError} on an argument that is not a language from `@afterview/core/languages`.
 *
 * @example
 * ```ts
 * import { de, en, fr, registerLanguage } from "@afterview/core/languages";
 * registerLanguage(en, de, fr);
 * ```
 */
export function registerLanguage(...languages: ReadingLanguage[]): void {
  languages.forEach((language, i) => {
    const record = language as Partial<ReadingLanguage> | null;
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.tag !== "string" ||
      typeof record.name !== "string" ||
      typeof record.timeline?.find !== "function" ||
      typeof record.timeline.mention !== "function" ||
      (record.review !== undefined &&
        (typeof record.review?.isFunctionWord !== "function" || typeof record.review.build !== "function"))
    ) {
      throw new AfterviewValidationError([
        {
          path: `languages[${i}]`,
          code: "invalid_type",
          message: 'expected a language, e.g. de from "@afterview/core/languages"',
        },
      ]);
    }
  });
  for (const language of languages) registeredLanguages.set(language.tag.toLowerCase(), language);
}
