import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { outline, type Section } from "../internal/outline.js";
import { wrapWords } from "./wrap.js";

/** Options for {@link renderText}. */
export interface TextOptions {
  /**
   * The longest line, in characters (code points); 72 by default, the width plain-text email has
   * kept since the 80-column terminal (room for a few levels of `> ` quoting). From 20 to 1000.
   */
  width?: number;
}

/** The default line width of {@link renderText}: the customary plain-text email width. */
export const DEFAULT_TEXT_WIDTH = 72;

/**
 * Renders a document as plain text, laid out as a person would type it: paragraphs wrapped at
 * `width` and separated by one blank line, lists with `- ` or `1. ` and a hanging indent, the
 * letter's address blocks and signature one entry per line. No markup and no entities: `AT&T`
 * stays `AT&T`. A word longer than the width (a URL) sits on its own line, unbroken.
 * An email's subject comes first as `Subject: …`. The result ends with one newline.
 *
 * Takes the document as `compose` returned it (or `parseDocument`'s copy of stored JSON) and does not check it again. Throws an `AfterviewValidationError` when `width` is out of range.
 *
 * @example
 * ```ts
 * renderText({
 *   templateId: "thank-you/email", kind: "email", locale: "en-US", subject: "Thank you",
 *   salutation: "Dear Dana,", blocks: [{ type: "paragraph", text: "Thank you for your time at AT&T." }],
 *   closing: "Best regards,", signature: ["Alex Morgan"],
 * });
 * //=> "Subject: Thank you\n\nDear Dana,\n\nThank you for your time at AT&T.\n\nBest regards,\nAlex Morgan\n"
 * ```
 */
export function renderText(doc: Document, options: TextOptions = {}): string {
  const width = readWidth(options?.width);
  return textOf(outline(doc, { emailSubject: true }), width);
}

/** The text of an already-checked document without an email's subject line (the text part of an .eml). */
export function renderTextBody(doc: Document, width = DEFAULT_TEXT_WIDTH): string {
  return textOf(outline(doc, { emailSubject: false }), width);
}

function textOf(sections: Section[], width: number): string {
  const parts = sections.map((section) => sectionText(section, width).join("\n"));
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

function sectionText(section: Section, width: number): string[] {
  switch (section.type) {
    case "address":
      return section.lines.flatMap((line) => wrapWords(line, width));
    case "subject":
      return wrapWords(section.text, width, "Subject: ", "  ");
    case "list":
      return section.items.flatMap((item, i) => {
        const marker = section.ordered ? `${i + 1}. ` : "- ";
        return wrapWords(item, width, marker, " ".repeat(marker.length));
      });
    case "closing":
      return [
        ...(section.text ? wrapWords(section.text, width) : []),
        ...section.signature.flatMap((line) => wrapWords(line, width)),
      ];
    default:
      return wrapWords(section.text, width);
  }
}

function readWidth(value: unknown): number {
  if (value === undefined) return DEFAULT_TEXT_WIDTH;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 20 || value > 1000) {
    throw new AfterviewValidationError(
      [{ path: "width", message: "expected a whole number of characters from 20 to 1000", code: "invalid_value" }],
      { subject: "options" },
    );
  }
  return value;
}
