import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { type CheckedMailbox, type EmlAddress, readMailbox, readMailboxes } from "../eml/mailbox.js";
import { pageTitle } from "../html/render-html.js";
import { oneLine } from "../internal/clean-text.js";
import { readOptions } from "../internal/options-input.js";
import { renderTextBody } from "../text/render-text.js";
import { encodeAddress, encodeQueryValue, fitText, MAX_LINK_LENGTH, readMaxLength } from "./url-text.js";

/** Options for {@link mailtoLink}. */
export interface MailtoOptions {
  /** The recipients; by default the document's `to` (its `email`). A link may have none. Names are not part of a `mailto:` address and are dropped. */
  to?: string | EmlAddress | readonly (string | EmlAddress)[];
  /** Copy recipients. */
  cc?: string | EmlAddress | readonly (string | EmlAddress)[];
  /**
   * The longest link to give, in characters: a whole number from 256 to 100000; {@link MAX_LINK_LENGTH}
   * (2000) by default. Raise it only for a mail app known to take more.
   */
  maxLength?: number;
  /**
   * The body of a link too long to carry the message: one line asking the person to paste it. By
   * default "Paste the message here: it was too long for a link."
   */
  pasteNote?: string;
}

/**
 * What {@link mailtoLink} gives: always a link within the length asked for. When `complete` is
 * `true` it carries the whole message. When `false` it carries the recipients, the subject and a
 * one-line note asking to paste the message, and `clipboard` holds the text to paste (for the app
 * to put on the clipboard or show). A union rather than one shape with an optional field, so an app
 * cannot read `clipboard` without first handling the case where the link is not the whole message.
 */
export type MailtoLink = { complete: true; href: string } | { complete: false; href: string; clipboard: string };

const DEFAULT_PASTE_NOTE = "Paste the message here: it was too long for a link.";

/**
 * A `mailto:` link (RFC 6068) that opens the person's mail app with a document ready to send: the
 * recipients, the subject ({@link renderEml}'s, so a letter without one gets "Letter to {name}") and
 * the body as {@link renderText} lays it out (72 columns, without the `Subject:` line, which has its
 * own field), with CRLF line breaks (`%0D%0A`) as RFC 6068 §5 requires.
 *
 * **Encoding** (RFC 6068 §2): the subject and body are percent-encoded as UTF-8, everything but
 * letters, digits and `-_.!~*'()` (so `&`, `=`, `?`, `#`, `%` and `+` are encoded and a space is
 * `%20`); an address keeps `@` and encodes `%`, `/ ? # [ ]`, `& ; = ,`, `+` and non-ASCII. A subject
 * holding `&bcc=…` or a line break can therefore never add a field or a header. Addresses are read
 * as {@link renderEml} reads them (`local@domain`, else an `AfterviewValidationError` naming `to` or
 * `cc`).
 *
 * **Length.** RFC 6068 sets no limit, but the programs that carry a link do. Internet Explorer,
 * and Windows when it hands a link to the mail app, stop at 2,083 characters (Microsoft KB 208427,
 * INTERNET_MAX_URL_LENGTH); Outlook with Internet Explorer, Firefox or Chrome took 2,046 in a 2013
 * test; Outlook on the web's compose links stop at about 2,048; Chrome has been reported failing
 * near 2,000. So a link is at most 2,000 characters ({@link MAX_LINK_LENGTH}) unless `maxLength`
 * says otherwise. A message that does not fit gives `complete: false`: the link keeps the
 * recipients and subject (the subject shortened with `…` only if it alone is too long, and then
 * `clipboard` starts with a `Subject: …` line and a blank one), its body is
 * `pasteNote`, and `clipboard` holds the body with `\n` line breaks. Gmail in a browser, which
 * wraps the link in one of its own, took about 1,600 characters in the same test: pass
 * `maxLength: 1600` for it.
 *
 * Throws an `AfterviewValidationError` when an address or an option is malformed, or when the
 * recipients alone make the link longer than `maxLength`.
 *
 * @example
 * ```ts
 * mailtoLink({
 *   templateId: "thank-you/email", kind: "email", locale: "en-US", subject: "Thanks & next steps",
 *   to: { name: "Dana Whitfield", email: "dana@acme.example", lines: ["Dana Whitfield"] },
 *   salutation: "Dear Dana,", blocks: [{ type: "paragraph", text: "Thank you for today." }],
 *   closing: "Best regards,", signature: ["Alex Morgan"],
 * });
 * //=> { complete: true, href: "mailto:dana@acme.example?subject=Thanks%20%26%20next%20steps&body=Dear%20Dana%2C%0D%0A%0D%0AThank%20you%20for%20today.%0D%0A%0D%0ABest%20regards%2C%0D%0AAlex%20Morgan" }
 * ```
 */
export function mailtoLink(doc: Document, options?: MailtoOptions): MailtoLink {
  const opts = readOptions<MailtoOptions>(options);
  const maxLength = readMaxLength(opts.maxLength);
  const pasteNote = readPasteNote(opts.pasteNote);
  const to = readMailboxes(opts.to, "to") ?? documentRecipient(doc);
  const cc = readMailboxes(opts.cc, "cc") ?? [];
  const subject = pageTitle(doc);
  const body = renderTextBody(doc).replace(/\n$/, "");

  const path = to.map((m) => encodeAddress(m.addr)).join(",");
  const fields = cc.length ? `cc=${cc.map((m) => encodeAddress(m.addr)).join(",")}&` : "";
  const link = (subjectText: string, bodyText: string) =>
    `mailto:${path}?${fields}subject=${encodeQueryValue(subjectText)}${
      bodyText ? `&body=${encodeQueryValue(bodyText.replace(/\n/g, "\r\n"))}` : ""
    }`;
  const fits = (href: string) => href.length <= maxLength;

  const whole = link(subject, body);
  if (fits(whole)) return { complete: true, href: whole };
  if (fits(link(subject, pasteNote))) return { complete: false, href: link(subject, pasteNote), clipboard: body };
  const shortened = fitText(subject, (s) => fits(link(s, pasteNote)));
  if (!shortened) {
    throw new AfterviewValidationError(
      [
        {
          path: cc.length ? "cc" : "to",
          message: `the recipients alone make the link longer than maxLength (${maxLength} characters)`,
          code: "too_big",
        },
      ],
      { subject: "options" },
    );
  }
  return { complete: false, href: link(shortened, pasteNote), clipboard: `Subject: ${subject}\n\n${body}` };
}

function documentRecipient(doc: Document): CheckedMailbox[] {
  const party = doc.to;
  return party?.email ? [readMailbox({ email: party.email }, "to")] : [];
}

function readPasteNote(value: unknown): string {
  if (value === undefined) return DEFAULT_PASTE_NOTE;
  const line = typeof value === "string" ? oneLine(value) : "";
  if (line && line.length <= 200) return line;
  throw invalid("pasteNote", "expected a line of text of up to 200 characters");
}

function invalid(path: string, message: string): AfterviewValidationError {
  return new AfterviewValidationError([{ path, message, code: "invalid_value" }], { subject: "options" });
}
