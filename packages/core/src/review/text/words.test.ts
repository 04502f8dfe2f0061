import { describe, expect, it } from "vitest";
import { foldKey, lowerKey, withoutPossessive } from "./fold.js";
import { wordsOf } from "./words.js";

describe("wordsOf", () => {
  it("finds words with their offsets and keys", () => {
    const text = "Dear Ms. Whitfield’s team, don’t ___ forget José!";
    const words = wordsOf(text);
    expect(words.map((word) => word.text)).toEqual(["Dear", "Ms", "Whitfield’s", "team", "don’t", "forget", "José"]);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
    const possessive = words[2]!;
    expect(text.slice(possessive.start, possessive.bareEnd)).toBe("Whitfield");
    expect(words.map((word) => word.fold)).toEqual(["dear", "ms", "whitfield", "team", "don't", "forget", "jose"]);
    expect(words[6]!.lower).toBe("josé");
  });

  it("splits hyphenated names and keeps apostrophes inside names", () => {
    expect(wordsOf("García-López O'Brien").map((word) => word.bare)).toEqual(["García", "López", "O'Brien"]);
  });

  it("finds no words in punctuation and underscores", () => {
    expect(wordsOf(" — ___ ... !? ")).toEqual([]);
  });
});

describe("keys", () => {
  it.each([
    ["José", "jose"],
    ["Søren", "soren"],
    ["Łukasz", "lukasz"],
    ["Straße", "strasse"],
    ["Zoë", "zoe"],
    ["Ægir", "aegir"],
  ])("folds %s to %s", (word, expected) => {
    expect(foldKey(word)).toBe(expected);
  });

  it("keeps accents in the lower-case key", () => {
    expect(lowerKey("José’s")).toBe("josé's");
  });

  it.each([
    ["Dana's", "Dana"],
    ["Dana’s", "Dana"],
    ["James'", "James"],
    ["Dana", "Dana"],
    ["it's", "it"],
  ])("strips the possessive of %s", (word, expected) => {
    expect(withoutPossessive(word)).toBe(expected);
  });
});
