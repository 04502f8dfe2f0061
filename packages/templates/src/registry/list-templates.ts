import { CATALOG } from "./catalog.js";
import { TEMPLATE_IDS, type TemplateFilter, type TemplateInfo } from "./types.js";

/**
 * The templates the package ships, with what each is for and what it produces: id, purpose,
 * document kind, channel, body word range, required context fields, locales, tones and default
 * tone. Each returned object is a fresh copy.
 *
 * @param filter - Keep only templates matching every given field.
 * @example
 * ```ts
 * listTemplates({ family: "thank-you" }).map((template) => [template.id, template.channel]);
 * //=> [["thank-you/letter", "postal"], ["thank-you/email", "email"], ["thank-you/note", "handwritten"]]
 * listTemplates({ channel: "voicemail" })[0]?.words;
 * //=> { min: 20, max: 80 }
 * ```
 */
export function listTemplates(filter: TemplateFilter = {}): TemplateInfo[] {
  return TEMPLATE_IDS.map((id) => CATALOG[id])
    .filter(
      (info) =>
        (filter.family === undefined || info.id.startsWith(`${filter.family}/`)) &&
        (filter.kind === undefined || info.kind === filter.kind) &&
        (filter.channel === undefined || info.channel === filter.channel) &&
        (filter.locale === undefined || info.locales.includes(filter.locale)) &&
        (filter.tone === undefined || info.tones.includes(filter.tone)),
    )
    .map((info) => ({
      ...info,
      words: { ...info.words },
      requires: [...info.requires],
      locales: [...info.locales],
      tones: [...info.tones],
    }));
}
