import type { PostalAddress } from "@afterview/core";
/**
 * The Document IR: the single seam between words and formats. Templates fill it with plain text;
 * each renderer (text, Markdown, HTML, .eml, PDF, .docx) lays it out and escapes it for its own
 * format. Nothing in a Document is escaped or marked up.
 */

/** A block of body text. */
export type Block =
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[]; ordered?: boolean }
  | { type: "heading"; text: string };

/** What a document can be, which decides its layout: a posted letter, an email, a short handwritten note, or a script to read aloud. */
export const DOCUMENT_KINDS = ["letter", "email", "note", "script"] as const;
/** What a document is. See {@link DOCUMENT_KINDS}. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The locales templates are written in: American and British English; German in Germany, Austria
 * and Switzerland; French in France and Canada; Spanish in Spain and Mexico. Each has its own
 * dates, spelling, typography and letter conventions.
 */
export const LOCALES = ["en-US", "en-GB", "de-DE", "de-AT", "de-CH", "fr-FR", "fr-CA", "es-ES", "es-MX"] as const;
/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/**
 * A sender or recipient. `lines` is the whole address block as it is printed on a letter or an
 * envelope, name first (e.g. `["Dana Whitfield", "Engineering Manager", "Acme Corp", "200 Park Ave",
 * "New York, NY 10166"]`); it may be just the name when no address is known.
 */
export interface DocumentParty {
  /** The person's name as it should be addressed. */
  name?: string;
  /** Email address, for email documents. */
  email?: string;
  /** Phone number, for scripts. */
  phone?: string;
  /** The printed address block, one line per entry, name first. */
  lines: string[];
  /** ISO 3166-1 alpha-2 country of the address, when known (envelopes and window layouts use it). */
  country?: string;
  /** On a letter: the addressee's job title, so a renderer short of room can leave it out first. */
  title?: string;
  /** On a letter: the company the addressee works for. */
  organization?: string;
  /**
   * On a letter: the postal address in parts, so a renderer can set it out in the country's own
   * format for an envelope window; `lines` holds the same block already formatted, for plain text.
   */
  address?: PostalAddress;
}

/** One composed letter, email, note or script, in plain text. */
export interface Document {
  /** The template it came from, e.g. `thank-you/letter`. */
  templateId: string;
  /** The kind of document. */
  kind: DocumentKind;
  /** Its language and conventions. */
  locale: Locale;
  /** Subject line (emails; also a title for scripts). */
  subject?: string;
  /** The date as printed on a letter, in the locale's style (`November 24, 2026`, `24 November 2026`). */
  date?: string;
  /** The same date as `YYYY-MM-DD`, for formats that carry a machine date. */
  isoDate?: string;
  /** The sender. */
  from?: DocumentParty;
  /** The recipient. */
  to?: DocumentParty;
  /** The greeting line, e.g. `Dear Ms Whitfield,`. */
  salutation?: string;
  /** The body. */
  blocks: Block[];
  /** The closing line, e.g. `Kind regards,`. */
  closing?: string;
  /** The signature: the sender's name, and any lines under it. */
  signature?: string[];
}
