import { describe, expect, test } from "vitest";
import { asPhrase, asSentence, clean, firstName, phraseList } from "./clean.js";
import { joinAnd } from "./join.js";
import { bodyWords, countWords } from "./words.js";

describe("clean", () => {
  test.each([
    ["folds line breaks and runs of spaces", "  a\n\n b\tc ", "a b c"],
    ["drops a pasted bullet", "- the design system", "the design system"],
    ["drops a pasted number", "1. Shipped it", "Shipped it"],
    ["keeps a number that is part of the text", "40 TB moved", "40 TB moved"],
    ["empty is undefined", "   ", undefined],
  ])("%s", (_name, input, output) => {
    expect(clean(input)).toBe(output);
  });

  test("sentences and phrases", () => {
    expect(asSentence("i never got to explain it")).toBe("I never got to explain it.");
    expect(asSentence("Done!")).toBe("Done!");
    expect(asPhrase("on-call load on the data team.")).toBe("on-call load on the data team");
    expect(phraseList(["a;", " ", "b"])).toEqual(["a", "b"]);
    expect(firstName("Anne-Marie O'Brien")).toBe("Anne-Marie");
  });
});

describe("joinAnd", () => {
  test.each([
    [[], "en-US", undefined],
    [["a"], "en-US", "a"],
    [["a", "b"], "en-GB", "a and b"],
    [["a", "b", "c"], "en-US", "a, b, and c"],
    [["a", "b", "c"], "en-GB", "a, b and c"],
    [["a, x", "b", "c"], "en-GB", "a, x; b; and c"],
  ] as const)("%o in %s", (items, locale, expected) => {
    expect(joinAnd(items, locale)).toBe(expected);
  });
});

describe("word counts", () => {
  test("words are runs of letters and digits, with inner apostrophes, hyphens and points", () => {
    expect(countWords("I can't wait: on-call, 40 TB, 3.5 days — done.")).toBe(9);
    expect(
      bodyWords({
        blocks: [
          { type: "heading", text: "Two words" },
          { type: "list", items: ["one", "two three"] },
        ],
      }),
    ).toBe(5);
  });
});
