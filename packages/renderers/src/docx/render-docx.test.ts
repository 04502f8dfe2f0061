import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import { parseDocument } from "@afterview/templates";
import { fc, test } from "@fast-check/vitest";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { EMAIL, everywhere, LETTER, WORLD_NAMES, XSS } from "../internal/fixtures.js";
import { renderDocx } from "./render-docx.js";
import { STYLE } from "./styles.js";
import { zipEntry } from "./zip-entry.test-support.js";

const text = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
const paragraphs = async (bytes: Uint8Array) =>
  (await text(bytes))
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean);

/** One part of the .docx package, as text. */
const part = async (bytes: Uint8Array, path: string) => zipEntry(bytes, path);

const withLists: Document = {
  ...LETTER,
  blocks: [
    { type: "paragraph", text: "Before the lists.\nA second line of the same paragraph." },
    { type: "heading", text: "What we covered" },
    { type: "list", items: ["Streaming ingestion", "Late-arriving events"] },
    { type: "list", ordered: true, items: ["Send the notes", "Call on Friday"] },
    { type: "list", ordered: true, items: ["A new list", "starts at one"] },
  ],
};

describe("renderDocx: read back with mammoth", () => {
  it.each([
    ["letter", LETTER],
    ["letter with lists and a heading", withLists],
    ["email", EMAIL],
  ])("%s: every field is a paragraph, in order", async (_, doc) => {
    const found = await paragraphs(await renderDocx(doc));
    const expected = [
      ...(doc.from?.lines ?? []),
      doc.date,
      ...(doc.to?.lines ?? []),
      doc.subject,
      doc.salutation,
      ...doc.blocks.flatMap((b) => (b.type === "list" ? b.items : b.text.split("\n").join(""))),
      doc.closing,
      ...(doc.signature ?? []),
    ].filter((s): s is string => !!s);
    expect(found).toEqual(expected);
  });

  it("lists are Word lists: bullets, and each numbered list starting at 1", async () => {
    const out = await html(await renderDocx(withLists));
    expect(out).toContain("<ul><li>Streaming ingestion</li><li>Late-arriving events</li></ul>");
    expect(out).toMatch(/<ol><li>Send the notes<\/li><li>Call on Friday<\/li>/);
    const numbering = await part(await renderDocx(withLists), "word/document.xml");
    const numIds = [...numbering.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(numIds).size).toBe(3);
  });

  it("keeps a line break inside a paragraph", async () => {
    expect(await html(await renderDocx(withLists))).toContain(
      "Before the lists.<br />A second line of the same paragraph.",
    );
  });

  it.each(WORLD_NAMES)("keeps %s exactly", async (name) => {
    const found = await paragraphs(await renderDocx({ ...LETTER, to: { name, lines: [name] }, signature: [name] }));
    expect(found.filter((p) => p === name)).toHaveLength(2);
  });

  it.each([...XSS, "]]><w:p>injected</w:p>", "tab\there\u0000nul\u0007bell\u202eevil"])(
    "keeps %j as text in every field",
    async (payload) => {
      const bytes = await renderDocx(everywhere(LETTER, payload));
      const visible = payload.replace(/[\u0000\u0007\u202e]/g, "").replace(/\t/g, " ");
      expect(await text(bytes)).toContain(visible);
      expect(await part(bytes, "word/document.xml")).not.toContain("<w:p>injected");
    },
  );
});

describe("renderDocx: styles", () => {
  it("defines every part's style once in the style sheet, and paragraphs only name them", async () => {
    const bytes = await renderDocx(withLists);
    const styles = await part(bytes, "word/styles.xml");
    for (const id of Object.values(STYLE)) expect(styles).toContain(`w:styleId="${id}"`);
    const body = await part(bytes, "word/document.xml");
    const paragraphsXml = [...body.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => m[0]);
    expect(paragraphsXml.length).toBeGreaterThan(10);
    for (const p of paragraphsXml) {
      expect(p).toMatch(/<w:pStyle w:val="Afterview\w+"\/>/);
      // No direct formatting: no fonts, sizes, bold or spacing set on a paragraph or run.
      expect(p).not.toMatch(/<w:(rFonts|sz|b|spacing|ind)\b/);
    }
  });

  it.each([
    ["en-US", undefined, 'w:w="12240" w:h="15840"'],
    ["en-GB", undefined, 'w:w="11906" w:h="16838"'],
    ["en-US", "a4", 'w:w="11906" w:h="16838"'],
  ] as const)("%s (paper %s): page size %s", async (locale, paper, size) => {
    const body = await part(await renderDocx({ ...LETTER, locale }, paper ? { paper } : {}), "word/document.xml");
    expect(body).toContain(size);
  });
});

describe("renderDocx: determinism", () => {
  it("dates the package from the document, never the clock", async () => {
    const core = await part(await renderDocx(LETTER), "docProps/core.xml");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-24T00:00:00Z</dcterms:created>');
    expect(core).toContain("<dc:title>Thank you for the interview</dc:title>");
  });

  test.prop([fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 })], { numRuns: 15 })(
    "any text: the same bytes every time",
    async (a, b) => {
      const doc: Document = { ...LETTER, salutation: a, blocks: [{ type: "paragraph", text: b }] };
      const [x, y] = [await renderDocx(doc), await renderDocx(structuredClone(doc))];
      expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
    },
  );
});

describe("renderDocx: input checks", () => {
  it.each([
    { name: "a list without items", input: { ...LETTER, blocks: [{ type: "list" }] }, path: "blocks[0].items" },
    { name: "an unknown block type", input: { ...LETTER, blocks: [{ type: "table" }] }, path: "blocks[0].type" },
  ])("rejects $name, naming $path", async ({ input, path }) => {
    const error = await Promise.resolve()
      .then(() => renderDocx(parseDocument(input)))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
  });

  it("rejects an unknown paper size", async () => {
    await expect(renderDocx(LETTER, { paper: "legal" as never })).rejects.toBeInstanceOf(AfterviewValidationError);
  });
});
