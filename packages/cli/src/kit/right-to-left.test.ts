import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { assertLeftToRight, envelopeFields, letterFields, RightToLeftTextError } from "./right-to-left.js";

const thrown = (fields: [string, string][]) => {
  try {
    assertLeftToRight(fields);
    return undefined;
  } catch (error) {
    return error;
  }
};

describe("assertLeftToRight", () => {
  it.each([
    ["Hebrew", "דוד כהן", "ד", 0x5d3],
    ["Arabic", "Dear أحمد,", "أ", 0x623],
    ["Arabic-Indic digits", "١٢", "١", 0x661],
    ["Syriac", "ܫܠܡܐ", "ܫ", 0x72b],
    ["Thaana", "ދިވެހި", "ދ", 0x78b],
    ["Hebrew presentation forms", "שּ", "ש", 0x5e9],
    ["Arabic presentation forms", "ﻻ", "ﻻ", 0xfefb],
    ["Adlam", "𞤀𞤣𞤤𞤢𞤥", "𞤀", 0x1e900],
  ])("%s: refused with the first right-to-left character and the field", (_, text, character, codePoint) => {
    const error = thrown([
      ["to.lines[0]", "Dana Whitfield"],
      ["salutation", text],
    ]);
    expect(error).toBeInstanceOf(RightToLeftTextError);
    expect(error).toMatchObject({ character, codePoint, path: "salutation" });
  });

  it.each([
    ["Latin, Greek, Cyrillic", "Zoë Νικόλαος Дмитрий"],
    ["CJK", "山田 太郎 김민준"],
    ["Thai and Devanagari", "สมชาย राहुल"],
    ["a byte-order mark", "\ufeffDana"],
  ])("%s: fine", (_, text) => {
    expect(thrown([["to.name", text]])).toBeUndefined();
  });
});

const LETTER: Document = {
  templateId: "thank-you/letter",
  kind: "letter",
  locale: "en-US",
  date: "November 24, 2026",
  from: { name: "Alex Morgan", lines: ["Alex Morgan", "Chicago"] },
  to: { name: "דוד כהן", lines: ["דוד כהן", "Tel Aviv"] },
  salutation: "Dear David,",
  blocks: [
    { type: "paragraph", text: "Thank you." },
    { type: "list", items: ["one", "two"] },
  ],
  closing: "Kind regards,",
  signature: ["Alex Morgan"],
};

describe("the fields a PDF prints, named as the renderer names them", () => {
  it("letter: sender, date, recipient, subject, salutation, body, closing, signature", () => {
    expect(letterFields(LETTER).map(([path]) => path)).toEqual([
      "from.name",
      "from.lines[0]",
      "from.lines[1]",
      "date",
      "to.name",
      "to.lines[0]",
      "to.lines[1]",
      "salutation",
      "blocks[0].text",
      "blocks[1].items[0]",
      "blocks[1].items[1]",
      "closing",
      "signature[0]",
    ]);
  });

  it("envelope: the two parties", () => {
    expect(envelopeFields(LETTER)).toEqual([
      ["from.name", "Alex Morgan"],
      ["from.lines[0]", "Alex Morgan"],
      ["from.lines[1]", "Chicago"],
      ["to.name", "דוד כהן"],
      ["to.lines[0]", "דוד כהן"],
      ["to.lines[1]", "Tel Aviv"],
    ]);
  });

  it("a party is read whole, name first, but for its email address", () => {
    const to = {
      lines: ["Ms Dana Whitfield"],
      email: "דנה@example.co.il",
      name: "Dana Whitfield",
      address: { lines: ["200 Park Ave"], locality: "New York" },
    };
    expect(envelopeFields({ ...LETTER, from: undefined, to } as Document)).toEqual([
      ["to.name", "Dana Whitfield"],
      ["to.lines[0]", "Ms Dana Whitfield"],
      ["to.address.lines[0]", "200 Park Ave"],
      ["to.address.locality", "New York"],
    ]);
  });
});
