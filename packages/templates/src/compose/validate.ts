import { AfterviewValidationError } from "@afterview/core";
import { LOCALES, type Locale } from "../document/types.js";
import { TONES, type Tone } from "../registry/tones.js";
import { TEMPLATE_IDS, type TemplateId } from "../registry/types.js";

/*
 * Checks of compose's own arguments only. The interview, plan, recipient, offer and advice are typed
 * values from core (parsed at the edge by `parseInterviewInput`, `parsePlan`, …) and are not checked
 * again here. A template id, locale, tone or courtesy title is cheap to check and often typed by hand.
 */

const MAX_HONORIFIC = 20;

function fail(path: string, message: string, code = "invalid_value"): never {
  throw new AfterviewValidationError([{ path, message, code }], { subject: "compose context" });
}

/** Throws unless `templateId` names a shipped template (a plan may name one a newer core knows). */
export function checkTemplateId(templateId: unknown, path = "templateId"): asserts templateId is TemplateId {
  if (TEMPLATE_IDS.includes(templateId as TemplateId)) return;
  fail(
    path,
    typeof templateId === "string"
      ? `unknown template ${JSON.stringify(templateId.slice(0, 100))}; see listTemplates()`
      : `expected a template id such as "thank-you/email", got ${templateId === null ? "null" : typeof templateId}; see listTemplates()`,
    "unknown-template",
  );
}

/** The options every document takes, as `compose` and `composePlan` are given them. */
export interface DocumentOptions {
  locale?: Locale | undefined;
  tone?: Tone | undefined;
  honorific?: string | undefined;
}

/** Throws when a locale, tone or courtesy title is given and is not one afterview can write. */
export function checkOptions(options: DocumentOptions, honorificPath = "honorific"): void {
  const { locale, tone, honorific } = options;
  if (locale !== undefined && !LOCALES.includes(locale)) fail("locale", `must be one of ${LOCALES.join(", ")}`);
  if (tone !== undefined && !TONES.includes(tone)) fail("tone", `must be one of ${TONES.join(", ")}`);
  if (
    honorific !== undefined &&
    (typeof honorific !== "string" || honorific.trim() === "" || honorific.length > MAX_HONORIFIC)
  ) {
    fail(honorificPath, `must be a courtesy title such as "Ms" or "Dr", 1 to ${MAX_HONORIFIC} characters`);
  }
}
