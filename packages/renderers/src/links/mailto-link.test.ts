import { AfterviewValidationError, createPlan } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { compose } from "@afterview/templates";
import { SAMPLE_INPUT as input, NOW } from "@afterview/testing/samples";
import { describe, expect, it } from "vitest";
import { oneLine } from "../internal/clean-text.js";
import { EMAIL, HEADER_INJECTION, LETTER, NOTE, WORLD_NAMES } from "../internal/fixtures.js";
import { renderText } from "../text/render-text.js";
import { type MailtoLink, mailtoLink } from "./mailto-link.js";
import { MAX_LINK_LENGTH } from "./url-text.js";

/** What a mail app reads from a link: the addresses, and each field's name and decoded value. */
function read(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe("mailto:");
  return {
    to: url.pathname ? decodeURIComponent(url.pathname).split(",") : [],
    keys: [...url.searchParams.keys()],
    field: (name: string) => url.searchParams.get(name),
  };
}

/** renderText's body of an email: everything after its `Subject:` paragraph, without the last newline. */
const emailBody = (doc: Document) => renderText(doc).split("\n\n").slice(1).join("\n\n").replace(/\n$/, "");

const complete = (link: MailtoLink) => {
  expect(link.complete).toBe(true);
  return link.href;
};

describe("mailtoLink", () => {
  const plan = createPlan(input, { now: NOW });
  const email = compose("thank-you/email", { input, plan });

  it("carries the composed thank-you email whole: recipient, subject, renderText's body", () => {
    const href = complete(mailtoLink(email));
    expect(href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const link = read(href);
    expect(link.to).toEqual([email.to!.email]);
    expect(link.keys).toEqual(["subject", "body"]);
    expect(link.field("subject")).toBe(email.subject);
    expect(link.field("body")).toBe(emailBody(email).replace(/\n/g, "\r\n"));
  });

  it("writes line breaks as %0D%0A and spaces as %20 (RFC 6068 §5)", () => {
    const href = complete(mailtoLink(EMAIL));
    expect(href).toContain("Dear%20Dana%2C%0D%0A%0D%0AThank%20you");
    expect(href).not.toMatch(/[ +]|%0A(?<!%0D%0A)/);
  });

  it("gives a letter's body whole and its default subject", () => {
    const link = read(complete(mailtoLink(LETTER, { to: "marek@acme.example" })));
    expect(link.to).toEqual(["marek@acme.example"]);
    expect(link.field("subject")).toBe(LETTER.subject);
    expect(link.field("body")).toBe(renderText(LETTER).replace(/\n$/, "").replace(/\n/g, "\r\n"));
    const untitled = read(complete(mailtoLink({ ...LETTER, subject: undefined })));
    expect(untitled.field("subject")).toBe("Letter to Marek Szczepański");
  });

  it("has no recipient when the document has no address and none is given", () => {
    const href = complete(mailtoLink(NOTE));
    expect(href).toMatch(/^mailto:\?subject=/);
    expect(read(href).to).toEqual([]);
  });

  it("takes several recipients and copies, comma-separated", () => {
    const href = complete(
      mailtoLink(EMAIL, {
        to: ["dana@acme.example", { email: "priya@acme.example", name: "Priya" }],
        cc: "me@example.com",
      }),
    );
    const link = read(href);
    expect(link.to).toEqual(["dana@acme.example", "priya@acme.example"]);
    expect(link.keys).toEqual(["cc", "subject", "body"]);
    expect(link.field("cc")).toBe("me@example.com");
  });

  describe.each([
    ["Thanks&bcc=evil@evil.example"],
    ["Thanks?cc=evil@evil.example&body=replaced"],
    ["100% sure #1 + more"],
    ["%0D%0ABcc: evil@evil.example"],
    ["Thanks\r\nBcc: evil@evil.example&to=evil@evil.example"],
    ["a lone \uD83D surrogate and a \uDE00 low one"],
    ...HEADER_INJECTION.map((p) => [p]),
    ...WORLD_NAMES.map((p) => [p]),
  ])("with %j in the subject, names and body", (payload) => {
    const doc: Document = {
      ...EMAIL,
      subject: payload,
      to: { ...EMAIL.to!, name: payload },
      blocks: [{ type: "paragraph", text: payload }, ...EMAIL.blocks],
      signature: [payload],
    };

    it("adds no field and no recipient, and decodes back to the same text", () => {
      const link = read(complete(mailtoLink(doc)));
      expect(link.to).toEqual([EMAIL.to!.email]);
      expect(link.keys).toEqual(["subject", "body"]);
      expect(link.field("subject")).toBe(oneLine(payload));
      expect(link.field("body")).toBe(emailBody(doc).replace(/\n/g, "\r\n"));
    });
  });

  describe.each([
    ["a&b=c@example.com"],
    ["what?bcc=x@example.com"],
    ["hash#tag@example.com"],
    ["per%cent/slash@example.com"],
    ["zoë@exämple.de"],
    ["o'brien+tag@example.com"],
  ])("to %s", (address) => {
    it("encodes the address so it stays one address in the path", () => {
      const href = complete(mailtoLink(EMAIL, { to: address, cc: address }));
      const path = href.slice("mailto:".length, href.indexOf("?"));
      expect(path).not.toMatch(/[?#&=/,;[\]]|%(?![0-9A-F]{2})/);
      const link = read(href);
      expect(link.to).toEqual([address]);
      expect(link.keys).toEqual(["cc", "subject", "body"]);
      expect(link.field("cc")).toBe(address);
    });
  });

  it.each([
    ["dana@acme.example\r\nBcc: someone@else.example"],
    ["dana@acme.example,evil@evil.example"],
    ["<dana@acme.example>"],
    ["not an address"],
  ])("refuses the address %j", (address) => {
    expect(() => mailtoLink(EMAIL, { to: address })).toThrow(AfterviewValidationError);
    expect(() => mailtoLink(EMAIL, { cc: [address] })).toThrow(/cc\[0\]/);
  });

  describe("too long for a link", () => {
    const long: Document = {
      ...EMAIL,
      blocks: Array.from({ length: 30 }, (_, i) => ({
        type: "paragraph" as const,
        text: `Paragraph ${i + 1}: thank you again for the conversation about the warehouse migration & on-call.`,
      })),
    };

    it("gives the recipients, the subject and a note to paste, and the body for the clipboard", () => {
      const link = mailtoLink(long);
      expect(link.complete).toBe(false);
      expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      const read1 = read(link.href);
      expect(read1.to).toEqual([EMAIL.to!.email]);
      expect(read1.keys).toEqual(["subject", "body"]);
      expect(read1.field("subject")).toBe(EMAIL.subject);
      expect(read1.field("body")).toBe("Paste the message here: it was too long for a link.");
      if (!link.complete) expect(link.clipboard).toBe(emailBody(long));
    });

    it("keeps to a smaller maxLength, and a custom note on one line", () => {
      const link = mailtoLink(EMAIL, { maxLength: 256, pasteNote: "Paste\r\nthe letter" });
      expect(link.complete).toBe(false);
      expect(link.href.length).toBeLessThanOrEqual(256);
      expect(read(link.href).field("body")).toBe("Paste the letter");
    });

    it("takes a longer link when maxLength allows it", () => {
      const link = mailtoLink(long, { maxLength: 10_000 });
      expect(read(complete(link)).field("body")).toBe(emailBody(long).replace(/\n/g, "\r\n"));
    });

    it("shortens a subject that alone is too long, and puts it whole on the clipboard", () => {
      const subject = `Thank you ${"& more ".repeat(400)}`;
      const link = mailtoLink({ ...EMAIL, subject });
      expect(link.href.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      expect(link.complete).toBe(false);
      const shown = read(link.href).field("subject")!;
      expect(shown.endsWith("…")).toBe(true);
      expect(oneLine(subject).startsWith(shown.slice(0, -1))).toBe(true);
      if (!link.complete) expect(link.clipboard).toBe(`Subject: ${oneLine(subject)}\n\n${emailBody(EMAIL)}`);
    });

    it("refuses recipients that alone are longer than maxLength", () => {
      const many = Array.from({ length: 40 }, (_, i) => `recipient-number-${i}@example.com`);
      expect(() => mailtoLink(EMAIL, { cc: many, maxLength: 512 })).toThrow(
        /cc: the recipients alone make the link longer than maxLength \(512 characters\)/,
      );
    });
  });

  it.each([
    [{ maxLength: 100 }],
    [{ maxLength: 1.5 }],
    [{ maxLength: "2000" }],
    [{ pasteNote: "" }],
    [{ pasteNote: "x".repeat(201) }],
    [{ to: 42 }],
    ["options"],
    [null],
  ])("refuses the options %j", (options) => {
    expect(() => mailtoLink(EMAIL, options as never)).toThrow(AfterviewValidationError);
  });
});
