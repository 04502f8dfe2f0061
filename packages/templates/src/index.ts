export { compose } from "./compose/compose.js";
export type { ComposePlanOptions } from "./compose/compose-plan.js";
export { composePlan } from "./compose/compose-plan.js";
export type { ComposeContext } from "./compose/context.js";
export type { ComposeLever, ComposeNegotiation } from "./compose/negotiation.js";
export { parseDocument, safeParseDocument } from "./document/parse-document.js";
export type { Block, Document, DocumentKind, DocumentParty, Locale } from "./document/types.js";
export { DOCUMENT_KINDS, LOCALES } from "./document/types.js";
export { registerLanguage } from "./languages/registry.js";
export type { Addressee, Language, LanguagePack, LanguageWords, LeverWords } from "./languages/types.js";
export { LANGUAGES } from "./languages/types.js";
export type { CalendarDate } from "./locale/dates.js";
export { listTemplates } from "./registry/list-templates.js";
export type { Tone } from "./registry/tones.js";
export { TONES } from "./registry/tones.js";
export type {
  RequiredField,
  TemplateChannel,
  TemplateFilter,
  TemplateId,
  TemplateInfo,
  WordRange,
} from "./registry/types.js";
export { TEMPLATE_CHANNELS, TEMPLATE_IDS } from "./registry/types.js";
export { bodyWords, countWords } from "./text/words.js";
