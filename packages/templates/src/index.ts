export type { Block, Document, DocumentKind, DocumentParty, Locale } from "./document/types.js";
export { DOCUMENT_KINDS, LOCALES } from "./document/types.js";
