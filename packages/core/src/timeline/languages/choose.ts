import { AfterviewValidationError } from "../../errors/afterview-error.js";
import { availableLanguage, LANGUAGE_NAMES, notRegistered, primaryLanguage } from "../../languages/available.js";
import { builtInEnglishTimeline, builtInLanguages } from "../../languages/built-in.js";
import { registeredLanguages } from "../../languages/registry.js";
import type { ReadingLanguage } from "../../languages/types.js";
import type { TimelineRules } from "./types.js";

/**
 * The timeline rules a BCP 47 tag asks for: `undefined` for English and for languages core has no
 * rules for (they are read as English); a registered or built-in language's otherwise.
 *
 * @param path The field the tag came from, for errors (`options.language`, `language`).
 * @param builtIn The build's built-in languages (the browser build has none).
 * @throws {AfterviewValidationError} on `path` when the tag is not a string or not a well-formed
 *   BCP 47 tag (`invalid-language`), or names German, French or Spanish in a build where the app has
 *   not registered it (`language-not-registered`, with the lines to add).
 */
export function timelineLanguage(
  tag: unknown,
  path: string,
  builtIn: readonly ReadingLanguage[] = builtInLanguages,
): TimelineRules | undefined {
  if (tag === undefined) return undefined;
  const primary = typeof tag === "string" ? primaryLanguage(tag) : undefined;
  if (primary === undefined) {
    throw new AfterviewValidationError([
      {
        path,
        code: "invalid-language",
        message: `must be a BCP 47 language tag such as "de-DE" or "fr", not ${JSON.stringify(tag)}`,
      },
    ]);
  }
  const found = availableLanguage(primary, builtIn);
  if (found) return found.timeline;
  if (LANGUAGE_NAMES[primary] === undefined) return undefined;
  throw new AfterviewValidationError([notRegistered(path, tag as string, primary, "timelines")]);
}

/** Like {@link timelineLanguage}, but `undefined` (English) instead of an error when the language is not available. */
export function availableTimelineLanguage(
  tag: string,
  builtIn: readonly ReadingLanguage[] = builtInLanguages,
): TimelineRules | undefined {
  const primary = primaryLanguage(tag);
  return primary === undefined ? undefined : availableLanguage(primary, builtIn)?.timeline;
}

/**
 * The rules English timelines are read with: the registered `en`'s, else the build's own (the Node
 * build's; the browser build has none until the app registers `en`).
 *
 * @param path The field whose words were to be read (`text`, `statedTimeline`, `event.text`).
 * @throws {AfterviewValidationError} on `path` (`language-not-registered`, with the lines to add)
 *   in a build without English timeline rules.
 */
export function englishRules(path: string, builtIn: TimelineRules | undefined = builtInEnglishTimeline): TimelineRules {
  const rules = registeredLanguages.get("en")?.timeline ?? builtIn;
  if (rules) return rules;
  throw new AfterviewValidationError([notRegistered(path, "en", "en", "timelines")]);
}
