import { AfterviewValidationError } from "@afterview/core";
import { DOCUMENT_KINDS, LOCALES } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { KNOWN_KINDS, KNOWN_LOCALES, readDocument } from "./document-input.js";
import { ADDRESSES, LETTER } from "./fixtures.js";

describe("document-input", () => {
  it("accepts the same kinds and locales as the templates package", () => {
    expect([...KNOWN_KINDS]).toEqual([...DOCUMENT_KINDS]);
    expect([...KNOWN_LOCALES]).toEqual([...LOCALES]);
  });
});

describe("readDocument: an address in parts is hostile input like the rest", () => {
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
      readDocument(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
  });

  it("accepts one", () => {
    expect(() => readDocument(to({ title: "CTO", organization: "Acme", address: ADDRESSES.acme }))).not.toThrow();
  });
});
