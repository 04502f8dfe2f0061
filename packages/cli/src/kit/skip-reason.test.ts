import { AfterviewError } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { RightToLeftTextError } from "./right-to-left.js";
import { skipReason } from "./skip-reason.js";

/** The renderer's error for a character no font has, as data (see UnsupportedCharacterError). */
const noGlyph = (character: string, path: string) =>
  Object.assign(new AfterviewError("unsupported-character", `No font has a glyph for "${character}"`), {
    character,
    codePoint: character.codePointAt(0)!,
    path,
  });

const HERE = { fontconfig: true, docx: true };

describe("skipReason", () => {
  it.each([
    [
      "山",
      'no font here has "山" (U+5C71, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)',
    ],
    [
      "김",
      'no font here has "김" (U+AE40, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)',
    ],
    [
      "ก",
      'no font here has "ก" (U+0E01, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans Thai)',
    ],
    [
      "र",
      'no font here has "र" (U+0930, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans Devanagari)',
    ],
    ["𓂀", 'no font here has "𓂀" (U+13080, in to.lines[0]); pass --font FILE, a .ttf or .otf that has it'],
  ])("a character no font has (%s): the character, its code point, its field and --font", (character, reason) => {
    expect(skipReason(noGlyph(character, "to.lines[0]"), HERE)).toBe(reason);
  });

  it("without fontconfig, says that no font of the machine was looked for", () => {
    expect(skipReason(noGlyph("山", "to.name"), { fontconfig: false, docx: true })).toBe(
      'no font has "山" (U+5C71, in to.name), and fontconfig (fc-match) is not installed to find one; pass --font FILE, a .ttf or .otf that has it (e.g. Noto Sans CJK)',
    );
  });

  it("text the fonts cannot lay out: the renderer's reason, with --font for its advice", () => {
    const error = new AfterviewError(
      "unsupported-character",
      'The font cannot lay out "ɉ́" (fontkit: null anchor); pass another font in options.fonts.',
    );
    expect(skipReason(error, HERE)).toBe(
      'The font cannot lay out "ɉ́" (fontkit: null anchor); pass --font FILE with another font for this text',
    );
  });

  it.each([
    [true, "use the .docx, which Word lays out"],
    [false, "add docx to --formats and use the .docx"],
  ])("right-to-left text (a .docx in the kit: %s): the character, its field, and the .docx", (docx, fix) => {
    expect(skipReason(new RightToLeftTextError("ד", "to.lines[0]"), { fontconfig: true, docx })).toBe(
      `"ד" (U+05D3, in to.lines[0]) is right-to-left text, which the PDF cannot lay out yet (it would print it in the wrong order); ${fix}`,
    );
  });
});
