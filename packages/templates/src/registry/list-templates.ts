import { AfterviewValidationError } from "@afterview/core";
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
  if (typeof filter !== "object" || filter === null || Array.isArray(filter)) {
    throw new AfterviewValidationError(
      [{ path: "filter", code: "invalid_type", message: 'expected an object such as { family: "offer" }' }],
      { subject: "template filter" },
    );
  }
  for (const key of ["family", "kind", "channel", "locale", "tone"] as const) {
    if (filter[key] !== undefined && typeof filter[key] !== "string") {
      throw new AfterviewValidationError(
        [{ path: `filter.${key}`, code: "invalid_type", message: "expected a string" }],
        { subject: "template filter" },
      );
    }
  }
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
