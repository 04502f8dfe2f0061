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
    ["acme-senior-data-engineer", "acme-senior-data-engineer"],
    // Any script, through any-ascii; Han and Hangul syllables kept apart.
    ["山田 太郎", "shan-tian-tai-lang"],
    ["やまだ たろう", "yamada-tarou"],
    ["王伟", "wang-wei"],
    ["김민준", "gim-min-jun"],
    ["Νικόλαος Παπαδόπουλος", "nikolaos-papadopoylos"],
    ["Małgorzata Żółkiewska-Łęcka", "malgorzata-zolkiewska-lecka"],
    ["Дмитрий Шостакович", "dmitriy-shostakovich"],
    ["דוד כהן", "dvd-khhn"],
    ["أحمد علي", "hmd-ly"],
    ["สมชาย ใจดี", "smchay-aichdi"],
    ["राहुल शर्मा", "rahul-srma"],
    ["Zoe\u0308 (decomposed)", "zoe-decomposed"],
    ["\ue000\u200b", ""],
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
    [1, "thank-you/email", "王伟", "01-thank-you-email-wang-wei"],
    [3, "thank-you/letter", "山田 太郎", "03-thank-you-letter-shan-tian-tai-lang"],
    [4, "thank-you/letter", "\ue000", "04-thank-you-letter"],
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

  it("two people whose names transliterate alike still get two names: the number tells them apart", () => {
    const people = ["Łukasz Nowak", "Lukasz Nowak", "王伟", "Wang Wei"];
    const names = people.map((person, i) => documentBaseName(i + 1, "thank-you/letter", person));
    expect(names).toEqual([
      "01-thank-you-letter-lukasz-nowak",
      "02-thank-you-letter-lukasz-nowak",
      "03-thank-you-letter-wang-wei",
      "04-thank-you-letter-wang-wei",
    ]);
  });

  // Letters of the scripts people's names are written in; any of them, among spaces and marks, names the file.
  const LETTERS = [..."aßŁøΩжЖԱაあアカ山龍한ㄅبבกरকதతગਗകසᎠ"];
  test.prop([fc.array(fc.constantFrom(...LETTERS, " ", "-", "·", "\u0301"), { minLength: 1, maxLength: 12 })])(
    "a name with a letter in any of the common scripts gives the file a name",
    (characters) => {
      fc.pre(characters.some((c) => LETTERS.includes(c)));
      expect(documentBaseName(3, "thank-you/letter", characters.join(""))).toMatch(/^03-thank-you-letter-[a-z0-9]/);
    },
  );
});
