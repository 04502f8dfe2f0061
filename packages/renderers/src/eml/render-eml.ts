import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { type EnvironmentContext, MIMEMessage } from "mimetext/browser";
import { pageTitle, renderHtml } from "../html/render-html.js";
import { base64, base64Lines, utf8 } from "../internal/base64.js";
import { hashHex } from "../internal/hash.js";
import { renderTextBody } from "../text/render-text.js";
import { encodedWordsText } from "./encoded-words.js";
import { foldHeaders } from "./fold-headers.js";
import { FALLBACK_MAIL_DATE, formatMailDate, type MailDateInput, readMailDate } from "./mail-date.js";
import { type CheckedMailbox, type EmlAddress, readMailbox, readMailboxes } from "./mailbox.js";

/** Options for {@link renderEml}. */
export interface EmlOptions {
  /** The sender; by default the document's `from` (its `email` and `name`). Required one way or the other. */
  from?: string | EmlAddress;
  /** The recipients; by default the document's `to`. A draft may have none. */
  to?: string | EmlAddress | readonly (string | EmlAddress)[];
  /** Copy recipients. */
  cc?: string | EmlAddress | readonly (string | EmlAddress)[];
  /**
   * The `Date:` header. By default the document's `isoDate` at 09:00 UTC, or the Unix epoch when it
   * has none: never the clock, so the same input gives the same bytes. Pass the real time to date it.
   */
  date?: MailDateInput;
}

// mimetext's environment, with header encoding that folds long values into several encoded-words.
const ENVIRONMENT: EnvironmentContext = {
  toBase64: encodedWordsText,
  toBase64WebSafe: (value) => base64(utf8(value)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
  eol: "\r\n",
  validateContentType: (value) => (value.length > 0 ? value : false),
};

/**
 * Renders a document as an email draft (RFC 5322 / MIME, built with `mimetext`): a
 * multipart/alternative message with the plain text ({@link renderText}, 72 columns) and the HTML
 * ({@link renderHtml}, standalone) as UTF-8 in base64, names and subject RFC 2047-encoded, and
 * `X-Unsent: 1`, which makes mail clients (Outlook, Thunderbird, Apple Mail) open it as a draft to send.
 * `Content-Language` (RFC 3282) names the document's locale (`de-DE`, `fr-CA`, `en-US`), so a
 * client checks the spelling in the right language and a screen reader reads it in the right voice.
 *
 * Deterministic: the `Date:` comes from `options.date`, else the document's `isoDate` at 09:00 UTC,
 * else the Unix epoch; the Message-ID and the MIME boundary are hashes of the content, replacing
 * mimetext's random ones. No field can add a header: names and the subject are encoded, and an
 * address with anything but `local@domain` in it is refused with an `AfterviewValidationError`.
 * A letter without a subject gets "Letter to {name}".
 *
 * @example
 * ```ts
 * renderEml(doc, { from: { email: "alex@example.com", name: "Alex Morgan" }, date: "2026-11-24T18:00:00-05:00" });
 * //=> "Date: Tue, 24 Nov 2026 18:00:00 -0500\r\nFrom: =?utf-8?B?QWxleCBNb3JnYW4=?= <alex@example.com>\r\n…X-Unsent: 1\r\n…"
 * ```
 */
export function renderEml(doc: Document, options: EmlOptions = {}): string {
  const from = sender(doc, options?.from);
  const to = readMailboxes(options?.to, "to") ?? partyMailbox(doc, "to");
  const cc = readMailboxes(options?.cc, "cc") ?? [];
  const date = formatMailDate(
    readMailDate(
      options?.date ?? (doc.isoDate ? doc.isoDate : FALLBACK_MAIL_DATE),
      options?.date === undefined ? "isoDate" : "date",
    ),
  );
  const subject = pageTitle(doc);
  const text = renderTextBody(doc).replace(/\n/g, "\r\n");
  const html = renderHtml(doc, { standalone: true }).replace(/\n/g, "\r\n");

  const message = new MIMEMessage(ENVIRONMENT);
  const seed = [date, from.addr, from.name ?? "", ...to.map((m) => m.addr), subject, text, html].join("\u0000");
  const id = hashHex(seed);
  // Boundaries are tokens (no quoting needed) that base64 bodies cannot contain ('-' is not in its alphabet).
  message.boundaries = { mixed: `afterview-mixed-${id}`, alt: `afterview-alt-${id}`, related: `afterview-rel-${id}` };
  message.setHeader("Date", date);
  message.setSender(mailboxObject(from));
  if (to.length) message.setTo(to.map(mailboxObject));
  if (cc.length) message.setCc(cc.map(mailboxObject));
  message.setHeader("Message-ID", `<${id}.${hashHex(`${seed}\u0001`)}@${from.addr.split("@")[1]}>`);
  message.setSubject(subject);
  message.setHeader("X-Unsent", "1");
  const language = languageTag(doc.locale);
  if (language) message.setHeader("Content-Language", language);
  message.addMessage({ contentType: "text/plain", encoding: "base64", charset: "utf-8", data: base64Lines(text) });
  message.addMessage({ contentType: "text/html", encoding: "base64", charset: "utf-8", data: base64Lines(html) });
  return `${foldHeaders(message.asRaw())}\r\n`;
}

/** The locale as a canonical BCP 47 tag, or undefined when it is not one (no header is better than a wrong one). */
function languageTag(locale: unknown): string | undefined {
  if (typeof locale !== "string") return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

function mailboxObject(mailbox: CheckedMailbox): { addr: string; name?: string } {
  return mailbox.name ? { addr: mailbox.addr, name: mailbox.name } : { addr: mailbox.addr };
}

function sender(doc: Document, option: EmlOptions["from"]): CheckedMailbox {
  if (option !== undefined) return readMailbox(option, "from");
  const [party] = partyMailbox(doc, "from");
  if (party) return party;
  throw new AfterviewValidationError(
    [
      {
        path: "from.email",
        message: "an email needs a sender: pass options.from or give the document's from an email",
        code: "required",
      },
    ],
    { subject: "email" },
  );
}

function partyMailbox(doc: Document, key: "from" | "to"): CheckedMailbox[] {
  const party = doc[key];
  if (!party?.email) return [];
  return [readMailbox({ email: party.email, name: party.name ?? party.lines[0] }, `${key}`)];
}
