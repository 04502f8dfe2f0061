import type { UnsupportedCharacterError } from "@afterview/renderers";
import { oneLine } from "../errors/describe-error.js";
import type { PdfRefusal } from "./render-pdf-file.js";
import { missingCodePoint } from "./render-pdf-file.js";
import { RightToLeftTextError } from "./right-to-left.js";

/** What the advice in a skip line depends on. */
export interface SkipContext {
  /** False when fontconfig is not installed, so no font on the machine was looked for. */
  fontconfig: boolean;
  /** Whether the kit has .docx files (the way to print right-to-left text). */
  docx: boolean;
}

/** Fonts that cover a script, to name in the advice: free, and packaged by most systems. */
const FONT_HINTS: readonly [RegExp, string][] = [
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u, "Noto Sans CJK"],
  [/\p{Script=Devanagari}/u, "Noto Sans Devanagari"],
  [/\p{Script=Bengali}/u, "Noto Sans Bengali"],
  [/\p{Script=Tamil}/u, "Noto Sans Tamil"],
  [/\p{Script=Telugu}/u, "Noto Sans Telugu"],
  [/\p{Script=Gujarati}/u, "Noto Sans Gujarati"],
  [/\p{Script=Gurmukhi}/u, "Noto Sans Gurmukhi"],
  [/\p{Script=Kannada}/u, "Noto Sans Kannada"],
  [/\p{Script=Malayalam}/u, "Noto Sans Malayalam"],
  [/\p{Script=Thai}/u, "Noto Sans Thai"],
  [/\p{Script=Khmer}/u, "Noto Sans Khmer"],
  [/\p{Script=Myanmar}/u, "Noto Sans Myanmar"],
  [/\p{Script=Ethiopic}/u, "Noto Sans Ethiopic"],
  [/\p{Script=Sinhala}/u, "Noto Sans Sinhala"],
];

/**
 * The reason and the fix for a PDF left out of the kit, for the line `skipped <file>: <reason>`.
 * It names the character, its code point and its field, and says what to do: pass a font with
 * `--font` (naming one that has the character, for the common scripts), or, for right-to-left
 * text, use the .docx.
 *
 * @example
 * ```ts
 * skipReason(new UnsupportedCharacterError("山", "to.lines[0]"), { fontconfig: true, docx: true });
 * //=> 'no font here has "山" (U+5C71, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)'
 * ```
 */
export function skipReason(refusal: PdfRefusal, context: SkipContext): string {
  if (refusal instanceof RightToLeftTextError) {
    const fix = context.docx ? "use the .docx, which Word lays out" : "add docx to --formats and use the .docx";
    return `${quote(refusal.character, refusal.codePoint, refusal.path)} is right-to-left text, which the PDF cannot lay out yet (it would print it in the wrong order); ${fix}`;
  }
  const codePoint = missingCodePoint(refusal);
  if (codePoint === undefined) {
    // The renderer's advice names its own option; the command's is --font.
    const reason = oneLine(refusal.message).replace(/;\s*pass another font in options\.fonts\.?$/, "");
    return `${reason}; pass --font FILE with another font for this text`;
  }
  const { character, path } = refusal as UnsupportedCharacterError;
  const hint = FONT_HINTS.find(([script]) => script.test(character))?.[1];
  const fix = `pass --font FILE, a .ttf or .otf that has it${hint ? ` (e.g. ${hint})` : ""}`;
  const what = quote(character, codePoint, path);
  return context.fontconfig
    ? `no font here has ${what}; ${fix}`
    : `no font has ${what}, and fontconfig (fc-match) is not installed to find one; ${fix}`;
}

/** `"山" (U+5C71, in to.lines[0])`. */
function quote(character: string, codePoint: number, path: string): string {
  return `"${character}" (U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}, in ${path})`;
}
