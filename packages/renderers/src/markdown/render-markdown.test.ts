import { fc, test } from "@fast-check/vitest";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { oneLine } from "../internal/clean-text.js";
import {
  DOCUMENTS,
  EMAIL,
  everywhere,
  LETTER,
  MARKDOWN,
  parseHtml,
  SCRIPT,
  WORLD_NAMES,
  XSS,
} from "../internal/fixtures.js";
import { escapeMarkdownInline, escapeMarkdownLine } from "./escape-markdown.js";
import { renderMarkdown } from "./render-markdown.js";

/** The only elements our own Markdown makes. Anything else came from user text. */
const OURS = new Set(["p", "br", "ul", "ol", "li", "h1", "h2", "strong", "input"]);

async function toHtml(markdown: string): Promise<string> {
  return marked.parse(markdown, { gfm: true, async: false }) as string;
}

describe("escapeMarkdownLine", () => {
  it.each(MARKDOWN.map((m) => [m]))("renders %j as its own text in one paragraph", async (payload) => {
    const line = oneLine(payload);
    const { elements, text } = await parseHtml(await toHtml(escapeMarkdownLine(line)), true);
    expect(elements.map((e) => e.tag)).toEqual(["p"]);
    expect(text.trim()).toBe(line);
  });

  it.each([
    ["an apostrophe", "Dana's", "Dana's"],
    ["a hyphen inside a word", "late-arriving", "late-arriving"],
    ["an underscore inside a word", "New_York", "New_York"],
    ["a bare ampersand", "AT&T", "AT&T"],
    ["an entity", "&amp;", "\\&amp;"],
    ["a link", "[a](b)", "\\[a\\](b)"],
    ["a URL", "https://x.example", "https\\://x.example"],
    ["a heading", "# h", "\\# h"],
    ["an ordered list", "12. x", "12\\. x"],
  ])("stays readable for %s", (_name, input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });

  const markdownish = fc.stringMatching(/^[ a-zA-Z0-9#>*_\-+=|~`[\]()<>!&;:/.@\\"'{}^$%?]{0,60}$/);
  test.prop([markdownish])("any text renders as exactly that text, in one paragraph, at a line start", async (raw) => {
    const line = oneLine(raw);
    fc.pre(line.length > 0);
    const { elements, text } = await parseHtml(await toHtml(escapeMarkdownLine(line)), true);
    expect(elements.map((e) => e.tag)).toEqual(["p"]);
    expect(text.trim()).toBe(line);
  });

  test.prop([markdownish])("any text renders as exactly that text after other Markdown on the line", async (raw) => {
    const line = oneLine(raw);
    const { elements, text } = await parseHtml(await toHtml(`**Label:** ${escapeMarkdownInline(line)}`), true);
    expect(elements.map((e) => e.tag)).toEqual(["p", "strong"]);
    expect(text.trim()).toBe(`Label: ${line}`.trim());
  });
});

describe("renderMarkdown", () => {
  it("renders a script with a title, headings and a numbered list", () => {
    expect(renderMarkdown(SCRIPT)).toMatchInlineSnapshot(`
      "# Follow-up call to Priya Raman

      ## Opening

      Hello Priya, this is Alex Morgan. I interviewed for the Senior Data Engineer role last Tuesday.

      ## Ask

      1. Has a decision been made?
      2. When should I expect to hear?
      3. Is there anything else you need from me?
      "
    `);
  });

  it("keeps a letter's address lines apart with hard line breaks", async () => {
    const html = await toHtml(renderMarkdown(LETTER));
    expect(html).toContain("Marek Szczepański<br>Staff Data Engineer<br>Acme Corp");
    expect(html).toContain("<strong>Subject:</strong> Thank you for the interview");
    expect(html).not.toContain("<a ");
  });

  it("shows an email's subject and its list", async () => {
    const html = await toHtml(renderMarkdown(EMAIL));
    expect(html).toContain("<strong>Subject:</strong> Thank you — Senior Data Engineer interview");
    expect(html).toContain("<li>I have moved two warehouses of this size before.</li>");
  });

  it("keeps two lists in a row apart", async () => {
    const doc = {
      ...SCRIPT,
      blocks: [
        { type: "list" as const, items: ["a"] },
        { type: "list" as const, items: ["b"] },
      ],
    };
    const { elements } = await parseHtml(await toHtml(renderMarkdown(doc)), true);
    expect(elements.filter((e) => e.tag === "ul")).toHaveLength(2);
  });

  const hostile = [...XSS, ...MARKDOWN];
  describe.each(Object.entries(DOCUMENTS))("%s with a payload in every field", (_kind, doc) => {
    it.each(hostile.map((p) => [p]))("%j makes no link, image, HTML or stray structure", async (payload) => {
      const html = await toHtml(renderMarkdown(everywhere(doc, payload)));
      const { elements, text } = await parseHtml(html, true);
      const foreign = elements.filter((e) => !OURS.has(e.tag));
      expect(foreign).toEqual([]);
      expect(elements.every((e) => e.attributes.every((a) => ["type", "disabled", "checked"].includes(a)))).toBe(true);
      expect(text).toContain(oneLine(payload));
    });
  });

  it.each(WORLD_NAMES.map((n) => [n]))("keeps %s as written", (name) => {
    expect(renderMarkdown(everywhere(EMAIL, name))).toContain(name);
  });

  test.prop([fc.string({ maxLength: 200 })])("is deterministic", (value) => {
    const doc = everywhere(LETTER, value);
    expect(renderMarkdown(doc)).toBe(renderMarkdown(structuredClone(doc)));
  });
});
