import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { documentBaseName, slug } from "./file-names.js";

describe("slug", () => {
  it.each([
    ["Marek Szczepański", "marek-szczepanski"],
    ["Zoë O'Brien-Łukasik", "zoe-o-brien-lukasik"],
    ["Jürgen Groß", "jurgen-gross"],
    ["Søren Kierkegaard", "soren-kierkegaard"],
    ["thank-you/letter", "thank-you-letter"],
    ["  --Dana  Whitfield--  ", "dana-whitfield"],
    ["王伟", ""],
    ["acme-senior-data-engineer", "acme-senior-data-engineer"],
  ])("%s → %s", (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  test.prop([fc.string({ maxLength: 200, unit: "grapheme" })])("is a safe file name part, short and stable", (text) => {
    const out = slug(text);
    expect(out).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(slug(out)).toBe(out);
  });
});

describe("documentBaseName", () => {
  it.each([
    [3, "thank-you/letter", "Marek Szczepański", "03-thank-you-letter-marek-szczepanski"],
    [12, "follow-up/call-script", undefined, "12-follow-up-call-script"],
    [1, "thank-you/email", "王伟", "01-thank-you-email"],
  ])("%i %s %s → %s", (index, templateId, recipient, expected) => {
    expect(documentBaseName(index, templateId, recipient)).toBe(expected);
  });

  test.prop([fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 2 }), fc.string()])(
    "different positions never share a name, whoever the recipient",
    (indexes, name) => {
      const names = indexes.map((index) => documentBaseName(index, "thank-you/letter", name));
      expect(new Set(names).size).toBe(indexes.length);
    },
  );
});
