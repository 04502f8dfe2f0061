import type { DocumentKind, Locale } from "../../document/types.js";
import type { Tone } from "../../registry/tones.js";
import { clean, firstName, surname } from "../../text/clean.js";
import type { Addressee } from "../types.js";

/** English courtesy titles for a form of address, when the caller gave no `honorific`. */
const FORM_TITLES = { ms: "Ms", mr: "Mr", mx: "Mx" } as const;

/**
 * The courtesy title an English greeting uses: the `honorific` given to `compose`, else the
 * person's `formOfAddress` (its academic title first: `Dr`), else none. `none` asks for no title.
 */
function titleOf(person: Addressee): string | undefined {
  const given = clean(person.honorific);
  if (given) return given;
  const form = person.formOfAddress;
  if (!form) return undefined;
  const academic = clean(form.title);
  if (academic) return academic;
  return form.kind === "none" ? undefined : FORM_TITLES[form.kind];
}

/** Courtesy titles written with a full stop in American English and without one in British English. */
const ABBREVIATED = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sr"]);

/** `Ms` → `Ms.` (en-US) or `Ms` (en-GB); titles that are whole words (`Professor`) stay as given. */
export function courtesyTitle(honorific: string, locale: Locale): string {
  const bare = honorific.replace(/\.+$/u, "");
  if (!ABBREVIATED.has(bare.toLowerCase())) return bare;
  return locale === "en-US" ? `${bare}.` : bare;
}

/**
 * The greeting line.
 * - `formal`: `Dear Ms. Whitfield:` (en-US, letters and emails) or `Dear Ms Whitfield,` (en-GB) when a
 *   courtesy title is given; otherwise the full name, `Dear Dana Whitfield:`. No title is ever guessed.
 * - `warm`: the first name, `Dear Dana,`.
 * - `brief`: `Hi Dana,` for emails and notes, `Dear Dana,` on a posted letter.
 * Without a name: the person's job title (`Dear Engineering Manager,`), else `Dear Hiring Team,`.
 */
export function salutation(person: Addressee, tone: Tone, locale: Locale, kind: DocumentKind): string {
  const name = clean(person.name);
  const colon = tone === "formal" && locale === "en-US" && kind !== "note";
  const mark = colon ? ":" : ",";
  if (!name) return `Dear ${clean(person.title) ?? "Hiring Team"}${mark}`;
  if (tone === "formal") {
    const title = titleOf(person);
    return `Dear ${title ? `${courtesyTitle(title, locale)} ${surname(name)}` : name}${mark}`;
  }
  const greeting = tone === "brief" && kind !== "letter" ? "Hi" : "Dear";
  return `${greeting} ${firstName(name)},`;
}

/**
 * The closing line. en-US: `Sincerely,` (formal), `Warm regards,` (warm), `Best,` (brief).
 * en-GB: `Yours sincerely,` (formal, to a named reader; `Yours faithfully,` when the letter cannot
 * name them), `Kind regards,` (warm), `Best wishes,` (brief).
 */
export function closing(person: Addressee, tone: Tone, locale: Locale): string {
  const named = clean(person.name) !== undefined;
  if (locale === "en-US") return tone === "formal" ? "Sincerely," : tone === "warm" ? "Warm regards," : "Best,";
  if (tone === "formal") return named ? "Yours sincerely," : "Yours faithfully,";
  return tone === "warm" ? "Kind regards," : "Best wishes,";
}
