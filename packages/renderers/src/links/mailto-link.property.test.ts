/*
 * For any text in the subject, the recipient's name and the body, and any address fast-check can
 * make, a mailto: link parses with URL, holds only its own fields, stays within its length, and
 * decodes back to exactly the subject and body the document gives (or, when too long, says so and
 * hands the text over whole).
 */
import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { pageTitle } from "../html/render-html.js";
import { EMAIL } from "../internal/fixtures.js";
import { renderTextBody } from "../text/render-text.js";
import { mailtoLink } from "./mailto-link.js";
import { MAX_LINK_LENGTH } from "./url-text.js";

/** Text full of what a URL or a mail header treats specially, mixed with any Unicode. */
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "&",
      "=",
      "?",
      "#",
      "%",
      "+",
      "/",
      ",",
      ";",
      ":",
      "@",
      " ",
      "\r",
      "\n",
      "\r\n",
      "\u2028",
      "é",
      "😀",
    ),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
});

describe("mailtoLink, any text", () => {
  test.prop(
    [text, text, fc.array(text, { maxLength: 6 }), fc.option(fc.integer({ min: 256, max: 4000 }), { nil: undefined })],
    { numRuns: 200 },
  )(
    "round-trips subject and body, or hands the text over, within the length",
    (subject, name, paragraphs, maxLength) => {
      const doc: Document = {
        ...EMAIL,
        subject,
        to: { ...EMAIL.to!, name },
        blocks: paragraphs.map((p) => ({ type: "paragraph", text: p })),
      };
      const link = mailtoLink(doc, maxLength === undefined ? {} : { maxLength });
      expect(link.href.length).toBeLessThanOrEqual(maxLength ?? MAX_LINK_LENGTH);
      expect(link.href).toMatch(/^[\x21-\x7e]+$/);
      const url = new URL(link.href);
      expect(decodeURIComponent(url.pathname)).toBe(EMAIL.to!.email);
      expect([...url.searchParams.keys()]).toEqual(["subject", "body"]);

      const body = renderTextBody(doc).replace(/\n$/, "");
      const shownSubject = url.searchParams.get("subject")!;
      if (link.complete) {
        expect(shownSubject).toBe(pageTitle(doc));
        expect(url.searchParams.get("body")).toBe(body.replace(/\n/g, "\r\n"));
      } else if (shownSubject === pageTitle(doc)) {
        expect(link.clipboard).toBe(body);
      } else {
        expect(shownSubject.endsWith("…")).toBe(true);
        expect(pageTitle(doc).startsWith(shownSubject.slice(0, -1))).toBe(true);
        expect(link.clipboard).toBe(`Subject: ${pageTitle(doc)}\n\n${body}`);
      }
    },
  );

  test.prop([fc.emailAddress()], { numRuns: 200 })("any address stays one address and decodes back", (address) => {
    let link: ReturnType<typeof mailtoLink>;
    try {
      link = mailtoLink(EMAIL, { to: address, cc: [address, "me@example.com"] });
    } catch (error) {
      // readMailbox refuses some valid RFC 5322 forms (as renderEml does); nothing else may throw.
      expect(error).toBeInstanceOf(AfterviewValidationError);
      return;
    }
    const url = new URL(link.href);
    expect(decodeURIComponent(url.pathname)).toBe(address);
    expect([...url.searchParams.keys()]).toEqual(["cc", "subject", "body"]);
    expect(url.searchParams.get("cc")).toBe(`${address},me@example.com`);
  });
});
