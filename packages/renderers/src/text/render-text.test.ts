import { AfterviewValidationError } from "@afterview/core";
import { parseDocument } from "@afterview/templates";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../internal/code-points.js";
import { EMAIL, everywhere, LETTER, NOTE, SCRIPT, XSS } from "../internal/fixtures.js";
import { renderText } from "./render-text.js";
import { wrapWords } from "./wrap.js";

describe("renderText", () => {
  it("lays out a letter: sender, date, recipient, subject, salutation, body, closing and signature", () => {
    expect(renderText(LETTER)).toMatchInlineSnapshot(`
      "Alex Morgan
      12 Elm St
      Chicago, IL 60601

      November 24, 2026

      Marek Szczepański
      Staff Data Engineer
      Acme Corp
      200 Park Ave, Floor 31
      New York, NY 10166

      Subject: Thank you for the interview

      Dear Mr. Szczepański,

      Thank you for talking with me today about streaming ingestion with
      late-arriving events. I enjoyed hearing how AT&T and Acme share the
      load.

      The design notes are at
      https://example.com/a/very/long/path/that/must/stay/whole/for/the/reader/to/copy/it

      Sincerely,
      Alex Morgan
      "
    `);
  });

  it("lays out an email with its subject first and a bulleted list with a hanging indent", () => {
    expect(renderText(EMAIL, { width: 40 })).toMatchInlineSnapshot(`
      "Subject: Thank you — Senior Data
        Engineer interview

      Dear Dana,

      Thank you for your time today. Our talk
      about the warehouse migration stayed
      with me.

      - I have moved two warehouses of this
        size before.
      - I would enjoy sharing the on-call
        load.

      Kind regards,
      Alex Morgan
      +1 312 555 0147
      "
    `);
  });

  it("lays out a script with its title, headings and a numbered list", () => {
    expect(renderText(SCRIPT, { width: 30 })).toMatchInlineSnapshot(`
      "Follow-up call to Priya Raman

      Opening

      Hello Priya, this is Alex
      Morgan. I interviewed for the
      Senior Data Engineer role last
      Tuesday.

      Ask

      1. Has a decision been made?
      2. When should I expect to
         hear?
      3. Is there anything else you
         need from me?
      "
    `);
  });

  it("lays out a note without addresses", () => {
    expect(renderText(NOTE)).toBe(
      "24 November 2026\n\nDear Dana,\n\nThank you for a warm welcome today.\n\nBest wishes,\nAlex\n",
    );
  });

  it.each([
    ["an ampersand", "AT&T and P&G", "AT&T and P&G"],
    ["angle brackets", "<b>bold</b>", "<b>bold</b>"],
    ["an entity-looking text", "&amp; &lt;", "&amp; &lt;"],
    ["CR/LF inside a paragraph", "one\r\ntwo\rthree\nfour", "one two three four"],
    ["control characters", "a\u0000b\u0007c\u001bd", "abcd"],
    ["tabs and runs of spaces", "a\t\tb    c", "a b c"],
  ])("keeps text as typed: %s", (_name, input, expected) => {
    const out = renderText({
      templateId: "x/y",
      kind: "email",
      locale: "en-US",
      blocks: [{ type: "paragraph", text: input }],
    });
    expect(out).toBe(`${expected}\n`);
  });

  it("numbers past nine with a hanging indent as wide as the marker", () => {
    const items = Array.from({ length: 10 }, (_, i) => `item ${i + 1} has words enough to wrap`);
    const out = renderText(
      { templateId: "x/y", kind: "script", locale: "en-US", blocks: [{ type: "list", ordered: true, items }] },
      { width: 20 },
    );
    expect(out).toContain("10. item 10 has\n    words enough to\n    wrap");
    expect(out).toContain("9. item 9 has words\n   enough to wrap");
  });

  it("leaves out empty blocks and blank fields", () => {
    const out = renderText({
      templateId: "x/y",
      kind: "email",
      locale: "en-US",
      subject: "  ",
      salutation: "",
      blocks: [
        { type: "paragraph", text: " \n " },
        { type: "list", items: ["", " "] },
      ],
    });
    expect(out).toBe("");
  });

  it("never adds markup or entities for hostile text", () => {
    for (const payload of XSS) {
      const out = renderText(everywhere(LETTER, payload), { width: 1000 });
      expect(out).toContain(payload.replace(/\s+/g, " ").trim());
    }
  });

  it.each([[0], [19], [1001], [72.5], [Number.NaN], ["72"]])("refuses width %s with a typed error", (width) => {
    expect(() => renderText(LETTER, { width: width as number })).toThrow(AfterviewValidationError);
    try {
      renderText(LETTER, { width: width as number });
    } catch (error) {
      expect((error as AfterviewValidationError).issues[0]?.path).toBe("width");
    }
  });

  it.each([
    ["not an object", null, ""],
    ["a bad kind", { ...LETTER, kind: "fax" }, "kind"],
    ["a bad locale", { ...LETTER, locale: "it-IT" }, "locale"],
    ["a number as text", { ...LETTER, blocks: [{ type: "paragraph", text: 3 }] }, "blocks[0].text"],
    ["a bad block type", { ...LETTER, blocks: [{ type: "table" }] }, "blocks[0].type"],
    ["a bad list item", { ...LETTER, blocks: [{ type: "list", items: ["a", null] }] }, "blocks[0].items[1]"],
    ["bad address lines", { ...LETTER, to: { lines: "x" } }, "to.lines"],
    ["a bad signature", { ...LETTER, signature: [1] }, "signature[0]"],
    ["a bad isoDate", { ...LETTER, isoDate: "24/11/2026" }, "isoDate"],
  ])("refuses %s at the one step for untyped JSON (parseDocument), naming the field", (_name, doc, path) => {
    try {
      renderText(parseDocument(doc));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});

const word = fc.stringMatching(/^[A-Za-zÀ-ž&<>;:/.\-😀]{1,30}$/);

describe("wrapWords properties", () => {
  test.prop([fc.array(word, { maxLength: 60 }), fc.integer({ min: 20, max: 100 })])(
    "every line fits the width unless it is one word longer than the width",
    (words, width) => {
      for (const line of wrapWords(words.join(" "), width, "- ", "  ")) {
        const fits = codePointLength(line) <= width;
        const single = !line.slice(2).includes(" ");
        expect(fits || single).toBe(true);
      }
    },
  );

  test.prop([fc.array(word, { maxLength: 60 }), fc.integer({ min: 20, max: 100 })])(
    "keeps every word whole and in order",
    (words, width) => {
      const lines = wrapWords(words.join(" "), width, "1. ", "   ");
      expect(
        lines
          .map((l) => l.slice(3))
          .join(" ")
          .split(" ")
          .filter(Boolean),
      ).toEqual(words);
    },
  );

  test.prop([fc.array(word, { minLength: 2, maxLength: 40 }), fc.integer({ min: 20, max: 100 })])(
    "fills lines greedily: the next line's first word would not have fitted",
    (words, width) => {
      const lines = wrapWords(words.join(" "), width);
      for (let i = 0; i + 1 < lines.length; i++) {
        const next = (lines[i + 1] as string).split(" ")[0] as string;
        expect(codePointLength(lines[i] as string) + 1 + codePointLength(next)).toBeGreaterThan(width);
      }
    },
  );
});

describe("renderText determinism", () => {
  test.prop([fc.string({ maxLength: 300 })])("same document, same text", (value) => {
    const doc = everywhere(LETTER, value);
    expect(renderText(doc)).toBe(renderText(structuredClone(doc)));
  });
});
