import { describe, expect, test } from "vitest";
import { readBlocks, readLine } from "./blocks.js";
import { splitSections } from "./sections.js";

describe("readBlocks", () => {
  test.each([
    [
      "lines of prose join into one paragraph",
      "One.\nTwo.\n\nThree.",
      [
        { type: "paragraph", text: "One. Two." },
        { type: "paragraph", text: "Three." },
      ],
    ],
    [
      "a heading, then a list",
      "# Questions\n- Why?\n- When?",
      [
        { type: "heading", text: "Questions" },
        { type: "list", items: ["Why?", "When?"] },
      ],
    ],
    ["a numbered list", "1. First\n2. Second", [{ type: "list", items: ["First", "Second"], ordered: true }]],
    [
      "prose after a list starts a paragraph",
      "- a\nAfter.",
      [
        { type: "list", items: ["a"] },
        { type: "paragraph", text: "After." },
      ],
    ],
    ["blank and empty parts leave nothing", "\n\n   \n-  \n#  \n", []],
    [
      "CRLF line ends read like LF",
      "One.\r\nTwo.\r\n\r\n- a\r\n- b\r\n",
      [
        { type: "paragraph", text: "One. Two." },
        { type: "list", items: ["a", "b"] },
      ],
    ],
    [
      "a list of the other kind starts a new list; a heading ends prose",
      "Intro.\n# Next\n- a\n1. one\n2. two\n- b",
      [
        { type: "paragraph", text: "Intro." },
        { type: "heading", text: "Next" },
        { type: "list", items: ["a"] },
        { type: "list", items: ["one", "two"], ordered: true },
        { type: "list", items: ["b"] },
      ],
    ],
    [
      "marks need a space after them: '#hash', '-dash' and '3.14' are prose",
      "#hash\n-dash\n3.14 is pi",
      [{ type: "paragraph", text: "#hash -dash 3.14 is pi" }],
    ],
  ])("%s", (_name, rendered, blocks) => {
    expect(readBlocks(rendered)).toEqual(blocks);
  });

  test("readLine joins a section into one line, or nothing", () => {
    expect(readLine("\n  Dear Dana,\n")).toBe("Dear Dana,");
    expect(readLine(" \n ")).toBeUndefined();
  });
});

describe("splitSections", () => {
  test("reads subject, salutation, body and closing; ignores the comment before them", () => {
    expect(splitSections("{{! note }}\n--- subject\nHi\n--- body\nText\n--- closing\nBye\n", "t")).toEqual({
      subject: "Hi\n",
      body: "Text\n",
      closing: "Bye\n",
    });
  });

  test.each([
    ["no body", "--- subject\nHi\n", "t: no body section"],
    ["an unknown section", "--- footer\nx\n--- body\ny", 't: unknown section "footer"'],
    ["a section twice", "--- body\nx\n--- body\ny", 't: section "body" appears twice'],
  ])("refuses %s", (_name, source, message) => {
    expect(() => splitSections(source, "t")).toThrow(message);
  });
});
