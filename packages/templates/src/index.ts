export type { Block, Document, DocumentKind, DocumentParty, Locale } from "./document/types.js";
