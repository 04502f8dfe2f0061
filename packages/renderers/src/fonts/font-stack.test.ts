import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AfterviewError } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import type { Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { wrapText } from "../pdf/line-break.js";
import { defaultBoldFontBytes, defaultFontBytes } from "./default-font.js";
import { FontStack } from "./font-stack.js";
import { loadFonts } from "./load-fonts.js";
import { fontBytes, parseFont } from "./parse-font.js";
import { pdfLibFontkit } from "./pdf-lib-fontkit.js";

const resolve = createRequire(import.meta.url).resolve;
const read = (name: string) => new Uint8Array(readFileSync(resolve(`dejavu-fonts-ttf/ttf/${name}`)));
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

/** Text measured whole, as a render that shapes every candidate line in full: each run's `font.layout`, its glyphs' advances. */
function wholeWidth(stack: FontStack, text: string, size: number): number {
  let units = 0;
  for (const run of stack.runs(text)) {
    const font = stack.fonts[run.font]!;
    units += font.layout(run.text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / font.unitsPerEm;
  }
  return units * size;
}

const face = (name: string) => parseFont(read(name), "font");
// Liberation Sans: another family, with its own GSUB and GDEF (pdfjs-dist ships it).
const LIBERATION = parseFont(
  new Uint8Array(readFileSync(resolve("pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf"))),
  "font",
);
const FACES: [string, Font][] = [
  ["DejaVu Sans", face("DejaVuSans.ttf")],
  ["DejaVu Sans Bold", face("DejaVuSans-Bold.ttf")],
  ["DejaVu Serif", face("DejaVuSerif.ttf")],
  ["DejaVu Sans Mono", face("DejaVuSansMono.ttf")],
  ["Liberation Sans", LIBERATION],
];
/**
 * Whether fontkit can lay the text out: its mark positioning throws on a few mark-over-base pairs
 * (a null anchor, e.g. "ż\u0308" in DejaVu Sans Mono); pdf-lib fails drawing those the same way.
 */
const layable = (stack: FontStack, text: string) =>
  stack.runs(text).every((run) => {
    try {
      stack.fonts[run.font]!.layout(run.text);
      return true;
    } catch {
      return false;
    }
  });
const withFallbacks = (font: Font) => new FontStack([font, parseFont(SANS, "font"), parseFont(MATH, "fonts[0]")]);

describe("FontStack widths from words: the number whole-line shaping gives", () => {
  // Split where the line breaker splits: after spaces, dashes and slashes between letters.
  it.each([
    ["ligatures after a space", ["an ", "office ", "fficient ", "affluent"]],
    ["kerning pairs (pdf-lib draws no kerning)", ["AV ", "To ", "Ta ", "WAVE"]],
    ["a line that starts in Greek, then ligatures (all shaped as Greek)", ["Νικόλαος ", "difficult ", "official"]],
    ["Cyrillic, then Latin", ["Дмитрий ", "office"]],
    ["digits, then Latin (shaped as Latin)", ["2026 ", "10:30 ", "office"]],
    ["digits, then Greek", ["24 ", "αβ "]],
    ["trailing spaces", ["ffi  ", "ffl  "]],
    ["fi across a hyphen", ["f-", "i"]],
    ["a slash", ["and/", "or ", "office"]],
    ["a no-break space inside a word", ["10\u00a0km ", "away"]],
    ["i, a space, then a combining mark", ["i ", "\u0301x"]],
    ["a space, then a variation selector", ["a ", "\ufe0fb"]],
    ["digits around a fraction slash, across a space", ["1 ", "\u20442"]],
    ["Arabic after Latin", ["ab ", "لا"]],
    ["a character of the fallback font", ["a ", "ℊ ", "b"]],
  ])("%s", (_, pieces) => {
    for (const [, font] of FACES) {
      const stack = withFallbacks(font);
      const text = pieces.join("");
      expect(stack.width(text, 11, pieces)).toBe(wholeWidth(stack, text, 11));
    }
  });

  const UNITS = [
    ..."abcdefghijklmnopqrstuvwxyzAVTWYLP0123456789 ,.;:!?'\"&()%€…“”’",
    ..."ffiflffiffl",
    ..."éüñçåłżőİışğ\u0301\u0308\u0327",
    ..."αβγΐжщыјі",
    ..." - / \u2010\u2013\u2014\u00a0",
    ..."ℊ⟂",
  ];
  const text = fc.string({ unit: fc.constantFrom(...UNITS), minLength: 1, maxLength: 80 });

  test.prop([text, fc.constantFrom(...FACES), fc.integer({ min: 20, max: 300 })], { numRuns: 300 })(
    "wrapping with word widths gives the lines and widths of whole-line shaping",
    (t, [, font], width) => {
      const stack = withFallbacks(font);
      if (!layable(stack, t)) return;
      const lines = wrapText(t, width, (s, pieces) => {
        const measured = stack.width(s, 11, pieces);
        expect(measured).toBe(wholeWidth(stack, s, 11));
        return measured;
      });
      expect(lines).toEqual(wrapText(t, width, (s) => wholeWidth(stack, s, 11)));
    },
  );

  it("shapes each word once per stack, that is once per render", () => {
    let calls = 0;
    const sans = parseFont(SANS, "font");
    const counting = new Proxy(sans, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (key === "layout") calls++;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const text = "the office and the office and the office";
    const wrap = (stack: FontStack) => wrapText(text, 60, (s, pieces) => stack.width(s, 11, pieces));
    const stack = new FontStack([counting]);
    wrap(stack);
    // "the", "office", "and", " " and the script of a text without one.
    expect(calls).toBe(5);
    wrap(stack);
    expect(calls).toBe(5);
    wrap(new FontStack([counting]));
    expect(calls).toBe(10);
  });
});
