import type { Document } from "@afterview/templates";
import { oneLine } from "../internal/clean-text.js";
import { escapeHtml } from "../internal/escape-html.js";
import { outline, type Section } from "../internal/outline.js";
import {
  ADDRESS_STYLE,
  HEADING_STYLE,
  ITEM_STYLE,
  LIST_STYLE,
  PARAGRAPH_STYLE,
  TITLE_STYLE,
  WRAPPER_STYLE,
} from "./styles.js";

/** Options for {@link renderHtml}. */
export interface HtmlOptions {
  /**
   * `true` for a whole page (`<!doctype html>`, `<html lang>`, `<meta charset="utf-8">`, a
   * `<title>`); `false` (the default) for a fragment to paste into an email or a web page.
   */
  standalone?: boolean;
}

/**
 * Renders a document as HTML with inline, email-safe styles. Every text is escaped (`&`, `<`, `>`,
 * `"`, `'`), so no field can add an element or an attribute. The structure is accessible: the
 * wrapper carries `lang`, addresses are `<address>`, a script's title is `<h1>` and its headings
 * `<h2>`, paragraphs `<p>`, lists `<ul>`/`<ol>`. An email's subject is not shown in the body (it
 * is the page's `<title>` when standalone).
 *
 * Takes the document as `compose` returned it (or `parseDocument`'s copy of stored JSON) and does not check it again.
 *
 * @example
 * ```ts
 * renderHtml({
 *   templateId: "thank-you/email", kind: "email", locale: "en-GB",
 *   blocks: [{ type: "paragraph", text: "Thanks <b>" }],
 * });
 * //=> '<div lang="en-GB" style="…">\n<p style="margin:0 0 16px">Thanks &lt;b&gt;</p>\n</div>\n'
 * ```
 */
export function renderHtml(doc: Document, options: HtmlOptions = {}): string {
  const body = sectionsHtml(outline(doc, { emailSubject: false }));
  const fragment = `<div lang="${escapeHtml(doc.locale)}" style="${WRAPPER_STYLE}">\n${body}</div>\n`;
  if (options?.standalone !== true) return fragment;
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pageTitle(doc))}</title>`,
    "</head>",
    '<body style="margin:0;padding:24px;background:#ffffff">',
    fragment.trimEnd(),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The page title: the subject, or what the document is and to whom. */
export function pageTitle(doc: Document): string {
  const subject = doc.subject === undefined ? "" : oneLine(doc.subject);
  if (subject) return subject;
  const what = { letter: "Letter", email: "Email", note: "Note", script: "Script" }[doc.kind];
  const to = doc.to?.name === undefined ? "" : oneLine(doc.to.name);
  return to ? `${what} to ${to}` : what;
}

function sectionsHtml(sections: Section[]): string {
  return sections.map((section) => `${sectionHtml(section)}\n`).join("");
}

function lines(values: string[]): string {
  return values.map(escapeHtml).join("<br>\n");
}

function sectionHtml(section: Section): string {
  const p = (text: string) => `<p style="${PARAGRAPH_STYLE}">${text}</p>`;
  switch (section.type) {
    case "address":
      return `<address style="${ADDRESS_STYLE}">${lines(section.lines)}</address>`;
    case "title":
      return `<h1 style="${TITLE_STYLE}">${escapeHtml(section.text)}</h1>`;
    case "heading":
      return `<h2 style="${HEADING_STYLE}">${escapeHtml(section.text)}</h2>`;
    case "subject":
      return p(`<strong>Subject:</strong> ${escapeHtml(section.text)}`);
    case "list": {
      const tag = section.ordered ? "ol" : "ul";
      const items = section.items.map((item) => `<li style="${ITEM_STYLE}">${escapeHtml(item)}</li>`).join("\n");
      return `<${tag} style="${LIST_STYLE}">\n${items}\n</${tag}>`;
    }
    case "closing":
      return p(lines(section.text ? [section.text, ...section.signature] : section.signature));
    default:
      return p(escapeHtml(section.text));
  }
}
