import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AfterviewError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { defaultBoldFontBytes, defaultFontBytes } from "./default-font.js";
import { FontStack } from "./font-stack.js";
import { loadFonts } from "./load-fonts.js";
import { fontBytes, parseFont } from "./parse-font.js";
import { pdfLibFontkit } from "./pdf-lib-fontkit.js";

const read = (name: string) =>
  new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`)));
const SANS = read("DejaVuSans.ttf");
const MATH = read("DejaVuMathTeXGyre.ttf");
const stack = new FontStack([parseFont(SANS, "font"), parseFont(MATH, "fonts[0]")]);

describe("FontStack", () => {
  it.each([
    { name: "all in the main font", text: "Zoë Łukasiewicz", runs: [{ font: 0, text: "Zoë Łukasiewicz" }] },
    {
      name: "a character only the fallback has",
      text: "a ℊ b",
      runs: [
        { font: 0, text: "a " },
        { font: 1, text: "ℊ " },
        { font: 0, text: "b" },
      ],
    },
    {
      name: "a combining mark stays with its base's font",
      text: "ℊ\u0301x",
      runs: [
        { font: 1, text: "ℊ\u0301" },
        { font: 0, text: "x" },
      ],
    },
    { name: "empty text", text: "", runs: [] },
  ])("runs: $name", ({ text, runs }) => {
    expect(stack.runs(text)).toEqual(runs);
  });

  it("measures as the font's advances scaled to the size", () => {
    expect(stack.width("", 11)).toBe(0);
    expect(stack.width("WW", 10)).toBeCloseTo(2 * stack.width("W", 10), 6);
    expect(stack.width("abc", 20)).toBeCloseTo(2 * stack.width("abc", 10), 6);
  });

  it.each([
    ["伟", "U+4F1F"],
    ["🦄", "U+1F984"],
    ["\ud800", "U+D800"],
  ])("assertCovered refuses %j with its code point and the field", (character, code) => {
    const error = (() => {
      try {
        stack.assertCovered(`ok ${character}`, "to.lines[0]");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AfterviewError);
    expect(error).toMatchObject({ code: "unsupported-character" });
    expect((error as Error).message).toContain(code);
    expect((error as Error).message).toContain("to.lines[0]");
    expect(error).toMatchObject({
      name: "UnsupportedCharacterError",
      character,
      codePoint: Number.parseInt(code.slice(2), 16),
      path: "to.lines[0]",
    });
  });
});

describe("font loading: once per process", () => {
  it("parses the same bytes once", () => {
    expect(parseFont(SANS, "font")).toBe(parseFont(SANS, "font"));
  });

  it("keeps one view per ArrayBuffer, so a font passed as an ArrayBuffer is parsed once too", () => {
    const buffer = MATH.slice().buffer;
    expect(fontBytes(buffer)).toBe(fontBytes(buffer));
    expect(parseFont(fontBytes(buffer), "fonts[0]")).toBe(parseFont(fontBytes(buffer), "fonts[0]"));
  });

  it("reads DejaVu Sans from disk once", async () => {
    expect(await defaultFontBytes()).toBe(await defaultFontBytes());
    const [a, b] = [await loadFonts({}), await loadFonts({})];
    expect(a.stack.fonts[0]).toBe(b.stack.fonts[0]);
  });

  it("reads DejaVu Sans Bold once, and only for a render that has bold text", async () => {
    expect(await defaultBoldFontBytes()).toBe(await defaultBoldFontBytes());
    const regularOnly = await loadFonts({});
    expect(regularOnly.bold.stack).toBe(regularOnly.stack);
    const [a, b] = [await loadFonts({}, { bold: true }), await loadFonts({}, { bold: true })];
    expect(a.bold.stack.fonts[0]).toBe(b.bold.stack.fonts[0]);
    expect(a.bold.stack.fonts[0]!.postscriptName).toBe("DejaVuSans-Bold");
    // Then the regular fonts, for characters the bold face lacks.
    expect(a.bold.stack.fonts.slice(1).every((font, index) => font === a.stack.fonts[index])).toBe(true);
    expect(a.bold.stack.fonts).toHaveLength(a.stack.fonts.length + 1);
  });

  it("gives pdf-lib the already parsed font (a proxy over it), the same object for every document", () => {
    const first = pdfLibFontkit.create(SANS);
    expect(pdfLibFontkit.create(SANS)).toBe(first);
    expect(first.unitsPerEm).toBe(parseFont(SANS, "font").unitsPerEm);
  });
});
