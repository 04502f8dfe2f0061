import anyAscii from "any-ascii";

/** Scripts whose characters are each a syllable: their transliterations are kept apart (`wang-wei`, not `wangwei`). */
const SYLLABLES = /[\p{Script=Han}\p{Script=Hangul}]/gu;

/**
 * A file-name-safe slug of text in any script: transliterated to ASCII with any-ascii
 * (`Szczepański` → `szczepanski`, `Νικόλαος` → `nikolaos`, `やまだ` → `yamada`, `王伟` → `wang-wei`),
 * lower case, runs of anything else turned into one dash, at most 40 characters. Han characters
 * are read as Mandarin whatever the language (`山田` → `shan-tian`, not `yamada`): any-ascii knows
 * characters, not languages. Empty when nothing transliterates (symbols only); callers supply a fallback.
 *
 * @example
 * ```ts
 * slug("Marek Szczepański"); //=> "marek-szczepanski"
 * slug("김민준"); //=> "gim-min-jun"
 * ```
 */
export function slug(text: string): string {
  return anyAscii(text.normalize("NFC").replace(SYLLABLES, (character) => ` ${character} `))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/**
 * The base name of the n-th document of a kit (1-based), without extension:
 * `03-thank-you-letter-marek-szczepanski`. The number keeps files in plan order and makes the names
 * unique within the kit, even for two people whose names transliterate alike (`Łukasz`, `Lukasz`).
 *
 * @example
 * ```ts
 * documentBaseName(3, "thank-you/letter", "山田 太郎"); //=> "03-thank-you-letter-shan-tian-tai-lang"
 * ```
 */
export function documentBaseName(index: number, templateId: string, recipient: string | undefined): string {
  const parts = [String(index).padStart(2, "0"), slug(templateId.replace("/", " "))];
  const who = recipient === undefined ? "" : slug(recipient);
  if (who) parts.push(who);
  return parts.join("-");
}
