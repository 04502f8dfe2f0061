import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import type { FontData } from "@afterview/renderers/pdf";
import { describe, expect, it } from "vitest";
import { PdfFonts } from "../fonts/pdf-fonts.js";
import { dejavuPath } from "../testing/fonts.js";
import { renderPdfFile } from "./render-pdf-file.js";
import { RightToLeftTextError } from "./right-to-left.js";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const MATH = dejavuPath("DejaVuMathTeXGyre.ttf");

const noGlyph = (character: string) =>
  Object.assign(new AfterviewError("unsupported-character", `No font has a glyph for "${character}"`), {
    character,
    codePoint: character.codePointAt(0)!,
    path: "to.name",
  });

/** A renderer that fails with each error in turn, then makes the PDF; it keeps the fonts of each call. */
function renderer(...failures: unknown[]) {
  const calls: FontData[][] = [];
  const render = async (fonts: FontData[]) => {
    calls.push(fonts);
    const failure = failures.shift();
    if (failure) throw failure;
    return PDF;
  };
  return { render, calls };
}

const finds = (file: string) => async () => ({ font: { file, index: 0 }, fontconfig: true });

describe("renderPdfFile", () => {
  it("a PDF all of whose characters the fonts have: made at once", async () => {
    const { render, calls } = renderer();
    expect(await renderPdfFile(render, [["to.name", "Zoë"]], new PdfFonts([]))).toEqual({ bytes: PDF });
    expect(calls).toEqual([[]]);
  });

  it("a character no font has: a font of the machine for it is added and the PDF made again", async () => {
    const { render, calls } = renderer(noGlyph("ℊ"));
    const fonts = new PdfFonts([], finds(MATH));
    expect(await renderPdfFile(render, [], fonts)).toEqual({ bytes: PDF });
    expect(calls.map((fonts) => fonts.length)).toEqual([0, 1]);
  });

  it("no font found: refused with the renderer's error, which names the character", async () => {
    const error = noGlyph("山");
    const { render } = renderer(error);
    const none = async () => ({ font: undefined, fontconfig: true });
    expect(await renderPdfFile(render, [], new PdfFonts([], none))).toEqual({ refusal: error });
  });

  it("a font found that does not help after all: refused, not rendered again and again", async () => {
    const { render, calls } = renderer(noGlyph("山"), noGlyph("山"), noGlyph("山"));
    const result = await renderPdfFile(render, [], new PdfFonts([], finds(MATH)));
    expect(result).toMatchObject({ refusal: { codePoint: 0x5c71 } });
    expect(calls).toHaveLength(2);
  });

  it("right-to-left text: refused before rendering", async () => {
    const { render, calls } = renderer();
    const result = await renderPdfFile(render, [["to.lines[0]", "דוד כהן"]], new PdfFonts([]));
    expect("refusal" in result && result.refusal).toBeInstanceOf(RightToLeftTextError);
    expect(calls).toEqual([]);
  });

  it("a machine's font the renderer cannot read is dropped and the PDF made without it", async () => {
    const unreadable = new AfterviewValidationError([
      { path: "fonts[0]", message: "is not a TrueType or OpenType font file", code: "invalid-font" },
    ]);
    const { render, calls } = renderer(noGlyph("ℊ"), unreadable);
    const fonts = new PdfFonts([], finds(MATH));
    expect(await renderPdfFile(render, [], fonts)).toEqual({ bytes: PDF });
    expect(calls.map((fonts) => fonts.length)).toEqual([0, 1, 0]);
    expect(fonts.system).toEqual([]);
  });

  it("any other error is thrown: it is not about fonts", async () => {
    const bug = new TypeError("a bug");
    await expect(renderPdfFile(renderer(bug).render, [], new PdfFonts([]))).rejects.toBe(bug);
  });
});
