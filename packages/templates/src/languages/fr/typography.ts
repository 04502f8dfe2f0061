import type { Locale } from "../../document/types.js";
import { changeLiteralText } from "../literal-text.js";

/** U+00A0 NO-BREAK SPACE: before a colon in France and Canada, inside guillemets in Canada. */
export const NBSP = "\u00a0";
/** U+202F NARROW NO-BREAK SPACE: before `;`, `?` and `!`, and inside guillemets, in France. */
export const NNBSP = "\u202f";

/** Any space a writer may have typed before a mark: plain, no-break or narrow no-break. */
const SPACES = "[ \\u00a0\\u202f]*";

/** `;`, `?`, `!` (or a run of them, `?!`) after a word, a closing mark, or the start of the run. */
const HIGH_MARKS = new RegExp(`(^|[^\\s\\u00a0\\u202f])${SPACES}([;?!]+)`, "gu");
/** A colon after a word or the start of the run, not one inside `14:30` or `https://`. */
const COLON = new RegExp(`(^|[^\\s\\u00a0\\u202f])${SPACES}:(?![\\d/])`, "gu");
const OPEN_QUOTE = new RegExp(`«${SPACES}`, "gu");
const CLOSE_QUOTE = new RegExp(`${SPACES}»`, "gu");

/**
 * French spacing around punctuation, for one run of prose.
 * - fr-FR: U+202F before `;`, `?` and `!`, U+00A0 before `:` (the Imprimerie nationale's full-width
 *   space before the colon, a thin one before the others), U+202F inside « guillemets ».
 * - fr-CA, after the Office québécois de la langue française: no space before `;`, `?` and `!`,
 *   U+00A0 before `:` and inside « guillemets ».
 * Whatever space was typed before a mark (none, a plain space, either no-break space) is replaced.
 *
 * @example
 * ```ts
 * frenchSpacing("Avez-vous des nouvelles ? Merci : à bientôt !", "fr-CA");
 * //=> "Avez-vous des nouvelles? Merci\u00a0: à bientôt!"
 * ```
 */
export function frenchSpacing(prose: string, locale: Locale): string {
  const canada = locale === "fr-CA";
  const high = canada ? "" : NNBSP;
  const quote = canada ? NBSP : NNBSP;
  return prose
    .replace(HIGH_MARKS, (_all, before: string, marks: string) => `${before}${high}${marks}`)
    .replace(COLON, (_all, before: string) => `${before}${NBSP}:`)
    .replace(OPEN_QUOTE, `«${quote}`)
    .replace(CLOSE_QUOTE, `${quote}»`);
}

/** Words of France's template prose and their Quebec forms (the Office's `courriel` for `e-mail`). */
const CANADIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bl'e-mail\b/gu, "le courriel"],
  [/\bL'e-mail\b/gu, "Le courriel"],
  [/\be-mails\b/gu, "courriels"],
  [/\be-mail\b/gu, "courriel"],
  [/\bE-mail\b/gu, "Courriel"],
];

/** One run of template prose for the locale: Quebec words in Canada, then the spacing. */
function adaptProse(prose: string, locale: Locale): string {
  const words = locale === "fr-CA" ? CANADIAN.reduce((text, [from, to]) => text.replace(from, to), prose) : prose;
  return frenchSpacing(words, locale);
}

/**
 * Adapts a template's literal text for fr-FR or fr-CA (spacing before `:;?!` and inside guillemets,
 * `courriel` in Canada), leaving every `{{tag}}` as it is, so only our prose changes and never the
 * values filled in.
 *
 * @example
 * ```ts
 * adapt("Des nouvelles du poste « {{role}} » ?", "fr-FR");
 * //=> "Des nouvelles du poste «\u202f{{role}}\u202f»\u202f?"
 * ```
 */
export function adapt(source: string, locale: Locale): string {
  return changeLiteralText(source, (prose) => adaptProse(prose, locale));
}
