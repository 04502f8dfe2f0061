import { AfterviewValidationError } from "@afterview/core";
import type { Locale } from "../document/types.js";
import { BUILT_IN } from "./built-in.js";
import { en } from "./en/index.js";
import { LANGUAGES, type Language, type LanguagePack } from "./types.js";

/*
 * The language packs compose can write in. English is always here; the Node build adds German,
 * French and Spanish (built-in.ts), while the browser build has English alone (built-in.browser.ts)
 * so that an English-only bundle does not carry 135 templates it never uses. Apps register others.
 */
const packs = new Map<Language, LanguagePack>([["en", en]]);
for (const pack of BUILT_IN) packs.set(pack.language, pack);

/**
 * Adds a language pack, so `compose` and `composePlan` can write in its locales. Only needed in
 * browser builds, which carry English alone; Node has every language built in.
 *
 * @example
 * ```ts
 * import { registerLanguage } from "@afterview/templates";
 * import { de } from "@afterview/templates/languages";
 * registerLanguage(de);
 * ```
 */
export function registerLanguage(pack: LanguagePack): void {
  const record = pack as Partial<LanguagePack> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    !LANGUAGES.includes(record.language as Language) ||
    typeof record.sources !== "object" ||
    typeof record.words !== "object" ||
    typeof record.adapt !== "function"
  ) {
    throw new AfterviewValidationError(
      [
        {
          path: "pack",
          code: "invalid_value",
          message: `expected a language pack such as de from "@afterview/templates/languages", got ${record === null ? "null" : typeof record}`,
        },
      ],
      { subject: "language pack" },
    );
  }
  packs.set(record.language as Language, pack);
}

/** The primary language of a locale: `de-AT` → `de`. */
export function languageOf(locale: Locale): Language {
  return locale.slice(0, 2) as Language;
}

/** The pack that writes `locale`; a typed error naming the registration line when it is not loaded. */
export function packFor(locale: Locale, path = "locale"): LanguagePack {
  const language = languageOf(locale);
  const pack = packs.get(language);
  if (pack) return pack;
  throw new AfterviewValidationError(
    [
      {
        path,
        code: "language-not-registered",
        message: `${locale} needs the ${language} language pack: import { ${language} } from "@afterview/templates/languages" and call registerLanguage(${language})`,
      },
    ],
    { subject: "compose context" },
  );
}

/** Whether a locale's pack is loaded (the Node build has them all). */
export function hasLanguage(locale: Locale): boolean {
  return packs.has(languageOf(locale));
}
