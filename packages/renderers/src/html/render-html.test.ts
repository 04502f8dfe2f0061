import { AfterviewValidationError } from "@afterview/core";
import { parseDocument } from "@afterview/templates";
import { fc, test } from "@fast-check/vitest";
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
import { renderHtml } from "./render-html.js";

const OURS = new Set(["div", "p", "br", "address", "h1", "h2", "ul", "ol", "li", "strong"]);
const PAGE = new Set([...OURS, "html", "head", "body", "meta", "title"]);

describe("renderHtml", () => {
  it("marks up a letter with address blocks and paragraphs", async () => {
    const html = renderHtml(LETTER);
    const { elements } = await parseHtml(html, true);
    expect(elements.map((e) => e.tag)).toEqual([
      "div",
      "address",
      "br",
      "br",
      "p",
      "address",
      "br",
      "br",
      "br",
      "br",
      "p",
      "strong",
      "p",
      "p",
      "p",
      "p",
      "br",
    ]);
    expect(html).toContain("AT&amp;T");
    expect(html.startsWith('<div lang="en-US" style="')).toBe(true);
  });

  it("marks up a script with h1, h2 and an ordered list", async () => {
    const { elements } = await parseHtml(renderHtml(SCRIPT), true);
    expect(elements.map((e) => e.tag)).toEqual(["div", "h1", "h2", "p", "h2", "ol", "li", "li", "li"]);
  });

  it("keeps an email's subject out of the body but in a standalone page's title", async () => {
    expect(renderHtml(EMAIL)).not.toContain("Subject");
    const page = renderHtml(EMAIL, { standalone: true });
    expect(page.startsWith('<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain("<title>Thank you — Senior Data Engineer interview</title>");
    const { elements } = await parseHtml(page, false);
    expect(elements.filter((e) => !PAGE.has(e.tag))).toEqual([]);
  });

  it("titles a page without a subject by what it is and to whom", () => {
    const { subject: _, ...doc } = LETTER;
    expect(renderHtml(doc, { standalone: true })).toContain("<title>Letter to Marek Szczepański</title>");
  });

  it("uses inline styles only (no <style>, no class)", () => {
    const html = renderHtml(LETTER, { standalone: true });
    expect(html).not.toMatch(/<style|class=/);
    expect(html).toMatch(/<p style="margin:0 0 16px">/);
  });

  describe.each(Object.entries(DOCUMENTS))("%s with a payload in every field", (_kind, doc) => {
    it.each([...XSS, ...MARKDOWN].map((p) => [p]))("%j adds no element and no attribute", async (payload) => {
      for (const standalone of [false, true]) {
        const { elements, text } = await parseHtml(renderHtml(everywhere(doc, payload), { standalone }), !standalone);
        expect(elements.filter((e) => !(standalone ? PAGE : OURS).has(e.tag))).toEqual([]);
        const attrs = new Set(elements.flatMap((e) => e.attributes));
        for (const a of attrs) expect(["style", "lang", "charset", "name", "content"]).toContain(a);
        expect(text).toContain(oneLine(payload));
      }
    });
  });

  it.each(WORLD_NAMES.map((n) => [n]))("keeps %s as written", (name) => {
    expect(renderHtml(everywhere(LETTER, name))).toContain(name);
  });

  test.prop([fc.string({ maxLength: 200 }), fc.boolean()])(
    "any text shows as itself, and nothing else is added",
    async (value, standalone) => {
      const doc = { ...EMAIL, subject: value, blocks: [{ type: "paragraph" as const, text: value }] };
      const html = renderHtml(doc, { standalone });
      const { elements, text } = await parseHtml(html, !standalone);
      expect(elements.filter((e) => !(standalone ? PAGE : OURS).has(e.tag))).toEqual([]);
      expect(text).toContain(oneLine(value));
      expect(renderHtml(structuredClone(doc), { standalone })).toBe(html);
    },
  );

  it("refuses a document with a bad field at the one step for untyped JSON", () => {
    expect(() => renderHtml(parseDocument({ ...LETTER, locale: '"><script>' }))).toThrow(AfterviewValidationError);
  });
});
