import { describe, expect, test } from "vitest";
import { isBalanced, nesting } from "./balance.js";

describe("isBalanced", () => {
  test.each([
    ["round brackets", "the pipeline (regexes, heuristics)", true],
    ["an open bracket", "the pipeline (regexes", false],
    ["a stray closing bracket", "regexes) and more", false],
    ["crossed pairs", "([)]", false],
    ["straight double quotes", 'the talk "Late data" went well', true],
    ["an odd straight double quote", 'the talk "Late data went well', false],
    ["curly double quotes", "the talk “Late data” went well", true],
    ["curly single quotes around an apostrophe", "‘don’t ship it’, she said", true],
    ["straight single quotes", "the 'late data' talk", true],
    ["apostrophes inside and after words", "O'Brien's team and the users' tool", true],
    ["a curly apostrophe", "Siobhán’s team", true],
    ["nested pairs", "(“a [b] c”)", true],
  ])("%s", (_name, text, balanced) => {
    expect(isBalanced(text)).toBe(balanced);
  });
});

test("nesting: the depth before each character", () => {
  expect(nesting("a (b) c").depth).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
  expect(nesting('x "y" z').depth).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
});
