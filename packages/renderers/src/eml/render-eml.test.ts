import { AfterviewValidationError } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import PostalMime from "postal-mime";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { oneLine } from "../internal/clean-text.js";
import { EMAIL, everywhere, HEADER_INJECTION, LETTER, WORLD_NAMES, XSS } from "../internal/fixtures.js";
import { renderText } from "../text/render-text.js";
import { renderEml } from "./render-eml.js";

const parse = (eml: string) => PostalMime.parse(eml);

/** The header names of the top-level message, in order (unfolded). */
function headerNames(eml: string): string[] {
  const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
  return head
    .split("\r\n")
    .filter((line) => !/^[ \t]/.test(line))
    .map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
}

// Content-Language (added for #18) comes on every draft, English ones too.
const EXPECTED_HEADERS = [
  "date",
  "from",
  "to",
  "message-id",
  "subject",
  "mime-version",
  "x-unsent",
  "content-language",
  "content-type",
];

describe("renderEml", () => {
  const eml = renderEml(EMAIL);

  it("is a multipart/alternative draft whose parts are the text and the HTML renderings", async () => {
    const mail = await parse(eml);
    expect(mail.subject).toBe("Thank you — Senior Data Engineer interview");
    expect(mail.from).toEqual({ address: "alex.morgan@example.com", name: "Alex Morgan" });
    expect(mail.to).toEqual([{ address: "dana.whitfield@acme.example", name: "Dana Whitfield" }]);
    expect(mail.text?.replace(/\r\n/g, "\n")).toBe(renderText(EMAIL).replace(/^Subject: .*\n(?: {2}.*\n)*\n/, ""));
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain("Our talk about the warehouse migration stayed with me.");
    expect(mail.headers.find((h) => h.key === "x-unsent")?.value).toBe("1");
    expect(headerNames(eml)).toEqual(EXPECTED_HEADERS);
    expect(eml).toMatch(/\r\nContent-Type: multipart\/alternative; boundary=afterview-alt-[0-9a-f]{16}\r\n/);
  });

  it("dates the draft from the document by default, at 09:00 UTC", async () => {
    expect(eml.startsWith("Date: Tue, 24 Nov 2026 09:00:00 +0000\r\n")).toBe(true);
    expect((await parse(eml)).date).toBe("2026-11-24T09:00:00.000Z");
  });

  it.each([
    ["an offset", "2026-11-24T18:05:09-05:00", "Tue, 24 Nov 2026 18:05:09 -0500"],
    ["a zone", "2026-07-01T08:00:00+01:00[Europe/London]", "Wed, 01 Jul 2026 08:00:00 +0100"],
    ["UTC", "2026-11-24T23:00:00Z", "Tue, 24 Nov 2026 23:00:00 +0000"],
    ["a plain date", "2027-01-04", "Mon, 04 Jan 2027 09:00:00 +0000"],
    [
      "a half-hour zone",
      Temporal.ZonedDateTime.from("2026-11-24T09:00[Asia/Kolkata]"),
      "Tue, 24 Nov 2026 09:00:00 +0530",
    ],
    ["an Instant", Temporal.Instant.from("2026-11-24T09:00:00Z"), "Tue, 24 Nov 2026 09:00:00 +0000"],
  ])("takes the caller's date: %s", (_name, date, header) => {
    expect(renderEml(EMAIL, { date })).toContain(`\r\nDate: ${header}\r\n`.slice(2));
  });

  it("falls back to the Unix epoch when neither the caller nor the document gives a date", () => {
    const { isoDate: _, ...doc } = EMAIL;
    expect(renderEml(doc).startsWith("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n")).toBe(true);
  });

  it("takes the caller's sender, recipients and copies", async () => {
    const mail = await parse(
      renderEml(EMAIL, {
        from: "alex@example.org",
        to: [{ email: "a@x.example", name: "Ana" }, "b@x.example"],
        cc: { email: "c@x.example", name: "Çağla" },
      }),
    );
    expect(mail.from).toEqual({ address: "alex@example.org", name: "" });
    expect(mail.to?.map((m) => m.address)).toEqual(["a@x.example", "b@x.example"]);
    expect(mail.cc).toEqual([{ address: "c@x.example", name: "Çağla" }]);
  });

  it("gives a letter without a subject one", async () => {
    const { subject: _, ...doc } = LETTER;
    expect((await parse(renderEml(doc))).subject).toBe("Letter to Marek Szczepański");
  });

  it.each(WORLD_NAMES.map((n) => [n]))("encodes %s in names and subjects and decodes it back", async (name) => {
    const doc = {
      ...EMAIL,
      salutation: `Dear ${name},`,
      subject: `${name}: ${name} ${name}`,
      from: { ...EMAIL.from!, name },
      to: { ...EMAIL.to!, name },
    };
    const out = renderEml(doc);
    expect(/^[\x20-\x7e\r\n]*$/.test(out)).toBe(true);
    const mail = await parse(out);
    expect(mail.subject).toBe(`${name}: ${name} ${name}`);
    expect(mail.from?.name).toBe(name);
    expect(mail.to?.[0]?.name).toBe(name);
    expect(mail.text).toContain(name);
  });

  it("folds long subjects into encoded-words of at most 75 characters on lines of at most 78", async () => {
    const subject = `${"Żółć ".repeat(40)}😀 end`;
    const out = renderEml({ ...EMAIL, subject });
    for (const line of out.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    for (const word of out.match(/=\?utf-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    expect((await parse(out)).subject).toBe(oneLine(subject));
  });

  it("folds To: and From: with long names and addresses to lines of at most 78, read back whole", async () => {
    const to = [
      { email: "dana.whitfield-longname@acme-corporation.example", name: "Dana Whitfield-Montgomery" },
      { email: "marek.szczepanski@acme-corporation.example", name: "Marek Szczepański" },
    ];
    const from = {
      email: "alexandra.morgan-featherstonehaugh@example.com",
      name: "Alexandra Morgan-Featherstonehaugh",
    };
    const out = renderEml(EMAIL, { to, from });
    for (const line of out.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const mail = await parse(out);
    expect(mail.to?.map((m) => [m.name, m.address])).toEqual(to.map((m) => [m.name, m.email]));
    expect([mail.from?.name, mail.from?.address]).toEqual([from.name, from.email]);
  });

  describe("header injection", () => {
    it.each(HEADER_INJECTION.map((p) => [p]))("%j in every name and the subject adds no header", async (payload) => {
      const doc = everywhere(EMAIL, payload);
      const out = renderEml({
        ...doc,
        from: { ...doc.from!, email: "alex@example.com" },
        to: { ...doc.to!, email: "dana@acme.example" },
      });
      expect(headerNames(out)).toEqual(EXPECTED_HEADERS);
      const mail = await parse(out);
      expect(mail.bcc ?? []).toEqual([]);
      expect(mail.cc ?? []).toEqual([]);
      expect(mail.to?.map((m) => m.address)).toEqual(["dana@acme.example"]);
      expect(mail.subject).toBe(oneLine(payload));
      expect(mail.from?.name).toBe(oneLine(payload));
    });

    it.each([
      ["CR/LF and a Bcc", "alex@example.com\r\nBcc: evil@evil.example"],
      ["a second address", "alex@example.com, evil@evil.example"],
      ["angle brackets", "Alex <alex@example.com>"],
      ["no domain", "alex"],
      ["a quote", 'a"b@example.com'],
    ])("refuses an address with %s", (_name, address) => {
      for (const options of [
        { from: address },
        { to: address },
        { to: [address] },
        { from: { email: address, name: "x" } },
      ]) {
        expect(() => renderEml(EMAIL, options)).toThrow(AfterviewValidationError);
      }
      expect(() => renderEml({ ...EMAIL, to: { ...EMAIL.to!, email: address } })).toThrow(AfterviewValidationError);
    });

    it("strips white space and controls from an address that is otherwise plain", async () => {
      const mail = await parse(renderEml(EMAIL, { to: " dana@acme.example\t" }));
      expect(mail.to?.[0]?.address).toBe("dana@acme.example");
    });

    test.prop([fc.string({ maxLength: 120 }), fc.string({ maxLength: 120 })])(
      "no name or subject can add a header or change the recipients",
      async (name, subject) => {
        const out = renderEml({ ...EMAIL, subject, from: { ...EMAIL.from!, name }, to: { ...EMAIL.to!, name } });
        expect(headerNames(out)).toEqual(EXPECTED_HEADERS);
        const mail = await parse(out);
        expect(mail.to?.map((m) => m.address)).toEqual(["dana.whitfield@acme.example"]);
        expect(mail.bcc ?? []).toEqual([]);
      },
    );
  });

  it.each(XSS.map((p) => [p]))("escapes %j in the HTML part", async (payload) => {
    const mail = await parse(renderEml(everywhere(EMAIL, payload)));
    expect(mail.html).not.toMatch(/<(script|img|svg|iframe|a |style)/i);
    expect(mail.text).toContain(oneLine(payload).split(" ")[0]);
  });

  it("is byte-for-byte deterministic, with boundary and Message-ID derived from the content", () => {
    expect(renderEml(structuredClone(EMAIL))).toBe(eml);
    const other = renderEml({ ...EMAIL, subject: "Another" });
    const id = (s: string) => /Message-ID: (<[^>]+>)/.exec(s)?.[1];
    expect(id(other)).not.toBe(id(eml));
    expect(id(eml)).toMatch(/^<[0-9a-f]{16}\.[0-9a-f]{16}@example\.com>$/);
  });

  it("needs a sender", () => {
    const { from: _, ...doc } = EMAIL;
    try {
      renderEml(doc);
      expect.unreachable();
    } catch (error) {
      expect((error as AfterviewValidationError).issues[0]?.path).toBe("from.email");
    }
  });

  it.each([["not a date"], ["2026-11-24T09:00:00"], ["2026-02-30"]])("refuses the date %j", (date) => {
    expect(() => renderEml(EMAIL, { date })).toThrow(AfterviewValidationError);
  });

  it.each(["en-US", "en-GB", "de-DE", "de-AT", "de-CH", "fr-FR", "fr-CA", "es-ES", "es-MX"] as const)(
    "names the language of a %s draft in Content-Language (RFC 3282), as postal-mime reads it",
    async (locale) => {
      const mail = await parse(renderEml({ ...EMAIL, locale }));
      expect(mail.headers.filter((h) => h.key === "content-language").map((h) => h.value)).toEqual([locale]);
    },
  );

  it("writes no Content-Language for a locale that is not a language tag, and no header from it", async () => {
    const hostile = { ...EMAIL, locale: "en-US\r\nBcc: evil@evil.example" } as unknown as typeof EMAIL;
    const out = renderEml(hostile);
    expect(headerNames(out)).not.toContain("content-language");
    expect(headerNames(out)).not.toContain("bcc");
    expect((await parse(out)).bcc).toBeUndefined();
  });
});
