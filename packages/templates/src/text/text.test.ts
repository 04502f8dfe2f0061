import { countWords as coreCountWords } from "@afterview/core";
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import type { Block } from "../document/types.js";
import { joinAnd } from "../languages/en/list.js";
import { asPhrase, asSentence, clean, firstName, phraseList } from "./clean.js";
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
    expect(asSentence("Done!")).toBe("Done!");
    expect(asPhrase("on-call load on the data team.")).toBe("on-call load on the data team");
    expect(phraseList(["a;", " ", "b"])).toEqual(["a", "b"]);
    expect(firstName("Anne-Marie O'Brien")).toBe("Anne-Marie");
  });
});

describe("asSentence: the candidate's words as a sentence of their own", () => {
  test.each([
    ["a lower-case first word gets its capital", "i never got to explain it", "I never got to explain it."],
    ["so does one after an opening quote", '"ship it," she said', '"Ship it," she said.'],
    ["a word with a capital inside is left as written", "iPhone sales doubled", "iPhone sales doubled."],
    ["a number first stays", "12 licences were unused", "12 licences were unused."],
    ["nothing else changes case", "ran the A/B test with O'Brien", "Ran the A/B test with O'Brien."],
    ["its own closing mark is kept", "Did it work? It did!", "Did it work? It did!"],
    ["a closing bracket after the mark", "It worked (twice.)", "It worked (twice.)"],
    ["a bracket at the end gets a full stop after it", "It worked (twice)", "It worked (twice)."],
    [
      "a semicolon at the end becomes the full stop",
      "The audit I ran found 12 unused licences;",
      "The audit I ran found 12 unused licences.",
    ],
    ["so do a comma, a colon and a dash left open", "It replays a day —:", "It replays a day."],
    ["a dash that closes a pair stays", "It replays a day — in an hour —", "It replays a day — in an hour —."],
    ["a doubled full stop is one", "It worked..", "It worked."],
    ["a full stop after another mark goes", "It worked!.", "It worked!"],
    ["an ellipsis stays", "And then...", "And then..."],
    ["empty is undefined", " ; ", undefined],
  ])("%s", (_name, input, output) => {
    expect(asSentence(input)).toBe(output);
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
          { type: "list", items: ["one", "on-call rota"] },
        ],
      }),
    ).toBe(5);
  });

  test("one counter: templates count as core's review does", () => {
    expect(countWords).toBe(coreCountWords);
  });

  const block: fc.Arbitrary<Block> = fc.oneof(
    fc.record({ type: fc.constant("paragraph" as const), text: fc.string({ unit: "grapheme" }) }),
    fc.record({ type: fc.constant("heading" as const), text: fc.string({ unit: "grapheme" }) }),
    fc.record({ type: fc.constant("list" as const), items: fc.array(fc.string({ unit: "grapheme" })) }),
  );

  fcTest.prop([fc.array(block, { maxLength: 8 })], { numRuns: 200 })(
    "a body's words are the words of its paragraphs, headings and list items",
    (blocks) => {
      const texts = blocks.flatMap((b) => (b.type === "list" ? b.items : [b.text]));
      expect(bodyWords({ blocks })).toBe(countWords(texts.join("\n")));
    },
  );
});
