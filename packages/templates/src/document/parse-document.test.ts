import { AfterviewValidationError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { parseDocument, safeParseDocument } from "./parse-document.js";
import type { Document } from "./types.js";

const LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "en-US",
  date: "November 24, 2026",
  isoDate: "2026-11-24",
  from: { name: "Alex Morgan", lines: ["Alex Morgan", "12 Elm St", "Chicago, IL 60601"] },
  to: { name: "Dana Whitfield", lines: ["Dana Whitfield", "Acme Corp"], country: "US" },
  salutation: "Dear Ms. Whitfield,",
  blocks: [
    { type: "paragraph", text: "Thank you for talking with me today." },
    { type: "list", items: ["one", "two"] },
  ],
  closing: "Sincerely,",
  signature: ["Alex Morgan"],
};
const ADDRESSES = {
  acme: { lines: ["200 Park Ave", "Floor 31"], locality: "New York", region: "NY", postalCode: "10166", country: "US" },
};

describe("parseDocument", () => {
  it("returns a valid document as it is, and JSON read back gives the same", () => {
    expect(parseDocument(LETTER)).toBe(LETTER);
    expect(parseDocument(JSON.parse(JSON.stringify(LETTER)))).toEqual(LETTER);
  });

  it.each([
    [null, ""],
    [{ ...LETTER, kind: "memo" }, "kind"],
    [{ ...LETTER, locale: "fr-BE" }, "locale"],
    [{ ...LETTER, blocks: [{ type: "paragraph" }] }, "blocks[0].text"],
    [{ ...LETTER, blocks: [{ type: "list", items: ["a", 2] }] }, "blocks[0].items[1]"],
    [{ ...LETTER, isoDate: "24/11/2026" }, "isoDate"],
  ])("refuses what is not a document, naming the field (%#)", (value, path) => {
    const result = safeParseDocument(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe("parseDocument: an address in parts is hostile input like the rest", () => {
  const to = (fields: object) => ({ ...LETTER, to: { lines: ["Dana Whitfield"], ...fields } });
  it.each([
    { name: "an address that is not an object", doc: to({ address: "200 Park Ave" }), path: "to.address" },
    {
      name: "street lines that are not a list",
      doc: to({ address: { ...ADDRESSES.acme, lines: "x" } }),
      path: "to.address.lines",
    },
    {
      name: "a locality that is not text",
      doc: to({ address: { ...ADDRESSES.acme, locality: 7 } }),
      path: "to.address.locality",
    },
    {
      name: "an unknown country",
      doc: to({ address: { ...ADDRESSES.acme, country: "XX" } }),
      path: "to.address.country",
    },
    {
      name: "a country name, not a code",
      doc: to({ address: { ...ADDRESSES.acme, country: "USA" } }),
      path: "to.address.country",
    },
    { name: "a title that is not text", doc: to({ title: ["CEO"] }), path: "to.title" },
    {
      name: "a street line 20,001 characters long",
      doc: to({ address: { ...ADDRESSES.acme, lines: ["x".repeat(20_001)] } }),
      path: "to.address.lines[0]",
    },
    {
      name: "an organization too long",
      doc: { ...LETTER, from: { lines: [], organization: "x".repeat(20_001) } },
      path: "from.organization",
    },
  ])("refuses $name, naming $path", ({ doc, path }) => {
    let error: unknown;
    try {
      parseDocument(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
  });

  it("accepts one", () => {
    expect(() => parseDocument(to({ title: "CTO", organization: "Acme", address: ADDRESSES.acme }))).not.toThrow();
  });
});
