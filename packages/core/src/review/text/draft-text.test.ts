import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readDraft } from "./draft-text.js";
import { lineIndexAt, lineStarts, positionOf } from "./lines.js";
import { findSalutation } from "./salutation.js";

describe("readDraft", () => {
  it("keeps a title with its name in one sentence", () => {
    const text = readDraft("Thank you, Ms. Whitfield, for your time. I am keen! Dr. J. Smith agreed.");
    const sentences = text.sentences.map((sentence) => text.source.slice(sentence.start, sentence.end).trim());
    expect(sentences).toEqual(["Thank you, Ms. Whitfield, for your time.", "I am keen!", "Dr. J. Smith agreed."]);
  });

  it("ends a sentence at a paragraph break", () => {
    const text = readDraft("Dear Dana,\n\nThank you");
    const [dear, , thank] = text.words;
    expect(thank!.sentence).toBeGreaterThan(dear!.sentence);
    expect(text.words.map((word) => word.line)).toEqual([0, 0, 2, 2]);
  });

  it("reads an empty draft", () => {
    const text = readDraft("");
    expect(text.words).toEqual([]);
    expect(text.sentences).toHaveLength(1);
  });
});

describe("positions", () => {
  it.each([
    ["a\nb", 2, 2, 1],
    ["a\r\nb", 3, 2, 1],
    ["a\rb", 2, 2, 1],
    ["ab\n\ncd", 5, 3, 2],
    ["😀 Dana", 3, 1, 4],
  ])("in %j offset %i is line %i column %i", (text, offset, line, column) => {
    expect(positionOf(lineStarts(text), offset, offset + 1)).toEqual({ start: offset, end: offset + 1, line, column });
  });

  test.prop([fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", " ") }), fc.nat()])(
    "line and column lead back to the offset",
    (text, seed) => {
      const starts = lineStarts(text);
      const offset = text.length === 0 ? 0 : seed % text.length;
      const at = positionOf(starts, offset, offset);
      expect(starts[at.line - 1]! + at.column - 1).toBe(offset);
      expect(lineIndexAt(starts, offset)).toBe(at.line - 1);
      const lineSoFar = text.slice(starts[at.line - 1]!, offset);
      const insideCrLf = lineSoFar.endsWith("\r") && text[offset] === "\n";
      expect(/[\r\n]/.test(insideCrLf ? lineSoFar.slice(0, -1) : lineSoFar)).toBe(false);
    },
  );
});

describe("findSalutation", () => {
  it.each([
    ["Dear Ms. Whitfield,\n\nThanks.", "Dear Ms. Whitfield"],
    ["Hello Dana — thanks for today.", "Hello Dana"],
    ["Good morning José:\nThanks.", "Good morning José"],
    ["Alex Morgan\n1 Main St\n\nDear Dana and José,\nThank you.", "Dear Dana and José"],
    ["Dana,\nThank you.", "Dana"],
    ["Thank you for today, it was lovely.", null],
    ["", null],
  ])("in %j finds %j", (draft, expected) => {
    const text = readDraft(draft);
    const found = findSalutation(text);
    expect(found ? draft.slice(found.start, found.end) : null).toBe(expected);
  });
});

describe("regression: text wrapped at 72 columns", () => {
  it("keeps a sentence whole across a single line break, and ends it at a blank line", () => {
    const text = readDraft("I would love to join Acme as the Senior\nData Engineer.\n\nThank you again.");
    const first = text.sentences[0]!;
    const words = text.words.slice(first.firstWord, first.endWord).map((w) => w.text);
    expect(words).toContain("Senior");
    expect(words).toContain("Engineer");
    expect(text.sentences.filter((s) => s.endWord > s.firstWord)).toHaveLength(2);
  });
});
