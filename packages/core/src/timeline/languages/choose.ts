import { AfterviewValidationError } from "../../errors/afterview-error.js";
import { builtInTimelineLanguages } from "./built-in.js";
import { registeredTimelineLanguages } from "./registry.js";
import type { TimelineLanguage } from "./types.js";

/** The languages other than English that core has rules for, by primary subtag. */
export const TIMELINE_LANGUAGES: Readonly<Record<string, string>> = { de: "German", fr: "French", es: "Spanish" };

/** The primary language subtag of a well-formed BCP 47 tag (`"de-AT"` → `"de"`); `undefined` when malformed. */
export function primaryLanguage(tag: string): string | undefined {
  if (tag.trim() !== tag || tag === "") return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical?.split("-")[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The timeline language a BCP 47 tag asks for: `undefined` for English and for languages core has
 * no rules for (they are read as English); a registered or built-in language otherwise.
 *
 * @param path The field the tag came from, for errors (`options.language`, `language`).
 * @param builtIn The build's built-in languages (the browser build has none).
 * @throws {AfterviewValidationError} on `path` when the tag is not a string or not a well-formed
 *   BCP 47 tag (`invalid-language`), or names German, French or Spanish in a build where the app has
 *   not registered it (`timeline-language-not-registered`, with the line to add).
 */
export function timelineLanguage(
  tag: unknown,
  path: string,
  builtIn: readonly TimelineLanguage[] = builtInTimelineLanguages,
): TimelineLanguage | undefined {
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
  const found = registeredTimelineLanguages.get(primary) ?? builtIn.find((l) => l.tag === primary);
  if (found) return found;
  const name = TIMELINE_LANGUAGES[primary];
  if (name === undefined) return undefined;
  throw new AfterviewValidationError([
    {
      path,
      code: "timeline-language-not-registered",
      message:
        `asks for ${name} ("${tag}"), whose timeline rules this build does not carry until the app registers them:\n` +
        `  import { ${primary}, registerTimelineLanguage } from "@afterview/core/timeline-languages";\n` +
        `  registerTimelineLanguage(${primary});`,
    },
  ]);
}

/** Like {@link timelineLanguage}, but `undefined` (English) instead of an error when the language is not available. */
export function availableTimelineLanguage(
  tag: string,
  builtIn: readonly TimelineLanguage[] = builtInTimelineLanguages,
): TimelineLanguage | undefined {
  const primary = primaryLanguage(tag);
  if (primary === undefined) return undefined;
  return registeredTimelineLanguages.get(primary) ?? builtIn.find((l) => l.tag === primary);
}
