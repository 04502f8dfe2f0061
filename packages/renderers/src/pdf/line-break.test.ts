import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wrapText } from "./line-break.js";

// Every character 5 points wide: widths are easy to count by hand.
const mono = (text: string) => Array.from(text).length * 5;

describe("wrapText", () => {
  it.each([
    { name: "fits on one line", text: "Thank you", width: 100, lines: ["Thank you"] },
    {
      name: "breaks at spaces",
      text: "Thank you for your time today",
      width: 60,
      lines: ["Thank you", "for your", "time today"],
    },
    { name: "drops the spaces at a break", text: "aaaa    bbbb", width: 30, lines: ["aaaa", "bbbb"] },
    { name: "keeps a hard line break", text: "one\ntwo", width: 100, lines: ["one", "two"] },
    { name: "keeps an empty line", text: "one\n\ntwo", width: 100, lines: ["one", "", "two"] },
    {
      name: "breaks after a hyphen inside a word",
      text: "a follow-up call",
      width: 40,
      lines: ["a", "follow-", "up call"],
    },
    { name: "breaks after a slash inside a word", text: "and/or maybe", width: 25, lines: ["and/", "or", "maybe"] },
    { name: "never breaks at a leading hyphen", text: "-5 degrees", width: 25, lines: ["-5", "degre", "es"] },
    {
      name: "breaks an over-long word between characters",
      text: "x".repeat(12),
      width: 25,
      lines: ["xxxxx", "xxxxx", "xx"],
    },
    { name: "keeps a no-break space", text: "10\u00a0km away", width: 30, lines: ["10\u00a0km", "away"] },
    { name: "breaks between CJK ideographs", text: "王伟先生您好", width: 20, lines: ["王伟先生", "您好"] },
    {
      name: "keeps CJK closing punctuation with its character",
      text: "您好。再见",
      width: 10,
      lines: ["您好。", "再见"].flatMap((l) => (l === "您好。" ? ["您", "好。"] : ["再见"])),
    },
    {
      name: "keeps accents with their letter when breaking a word",
      text: "e\u0301e\u0301e\u0301",
      width: 5,
      lines: ["e\u0301", "e\u0301", "e\u0301"],
    },
    { name: "empty text is one empty line", text: "", width: 50, lines: [""] },
  ])("$name", ({ text, width, lines }) => {
    expect(wrapText(text, width, mono)).toEqual(lines);
  });

  const words = fc.array(fc.stringMatching(/^[a-zA-Zé-]{1,14}$/), { minLength: 1, maxLength: 40 });

  test.prop([words, fc.integer({ min: 5, max: 200 })])(
    "no line is wider than the width unless it is one character",
    (ws, width) => {
      for (const line of wrapText(ws.join(" "), width, mono)) {
        expect(mono(line) <= width || Array.from(line).length === 1).toBe(true);
      }
    },
  );

  test.prop([words, fc.integer({ min: 5, max: 200 })])("wrapping loses and adds nothing but spaces", (ws, width) => {
    const text = ws.join(" ");
    expect(wrapText(text, width, mono).join(" ").split(/\s+/).join("")).toBe(ws.join(""));
  });

  // Words no wider than the line (14 characters, 70 points), so none is broken between characters.
  const plainWords = fc.array(fc.stringMatching(/^[a-zA-Zé]{1,14}$/), { minLength: 1, maxLength: 40 });
  test.prop([plainWords, fc.integer({ min: 70, max: 200 })])(
    "greedy: the next line's first word would not have fitted",
    (ws, width) => {
      const lines = wrapText(ws.join(" "), width, mono);
      for (let i = 1; i < lines.length; i++) {
        expect(mono(`${lines[i - 1]} ${lines[i]!.split(" ")[0]}`)).toBeGreaterThan(width);
      }
    },
  );
});
