import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors/cli-error.js";
import { dejavuPath, makeCollection } from "../testing/fonts.js";
import type { FontSearch } from "./fontconfig.js";
import { PdfFonts } from "./pdf-fonts.js";

const SANS = dejavuPath("DejaVuSans.ttf");
const MATH = dejavuPath("DejaVuMathTeXGyre.ttf");

/** A search that answers from a table of code points, counting its calls. */
function searchFrom(table: Record<number, FontSearch>) {
  const calls: number[] = [];
  const search = async (codePoint: number) => {
    calls.push(codePoint);
    return table[codePoint] ?? { font: undefined, fontconfig: true };
  };
  return { search, calls };
}

describe("PdfFonts", () => {
  it("starts with the --font files, in order", () => {
    const given = [
      { file: "a.ttf", bytes: new Uint8Array([1]) },
      { file: "b.otf", bytes: new Uint8Array([2]) },
    ];
    expect(new PdfFonts(given).list).toEqual([new Uint8Array([1]), new Uint8Array([2])]);
  });

  it("adds a machine's font for a code point once, and never asks twice about one code point", async () => {
    const { search, calls } = searchFrom({ 8458: { font: { file: MATH, index: 0 }, fontconfig: true } });
    const fonts = new PdfFonts([], search);
    expect(await fonts.addFor(0x210a)).toBe(true);
    expect(fonts.list).toHaveLength(1);
    expect(fonts.system).toEqual([{ file: MATH, index: 0 }]);
    expect(await fonts.addFor(0x210a)).toBe(false);
    expect(calls).toEqual([0x210a]);
  });

  it("the same font found again for another character adds nothing (it did not help)", async () => {
    const found = { font: { file: MATH, index: 0 }, fontconfig: true };
    const fonts = new PdfFonts([], searchFrom({ 8458: found, 8459: found }).search);
    expect(await fonts.addFor(0x210a)).toBe(true);
    expect(await fonts.addFor(0x210b)).toBe(false);
    expect(fonts.list).toHaveLength(1);
  });

  it("cuts a later font out of a collection", async () => {
    const collection = makeCollection([readFileSync(SANS), readFileSync(MATH)].map((b) => new Uint8Array(b)));
    const file = join(tmpdir(), `afterview-test-${process.pid}.ttc`);
    writeFileSync(file, collection);
    try {
      const fonts = new PdfFonts([], searchFrom({ 8458: { font: { file, index: 1 }, fontconfig: true } }).search);
      expect(await fonts.addFor(0x210a)).toBe(true);
      expect(fonts.list[0]!.length).toBeLessThan(collection.length);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("a font file that cannot be read is not added", async () => {
    const fonts = new PdfFonts(
      [],
      searchFrom({ 65: { font: { file: "/nowhere.ttf", index: 0 }, fontconfig: true } }).search,
    );
    expect(await fonts.addFor(0x41)).toBe(false);
    expect(fonts.list).toEqual([]);
  });

  it("once fontconfig is found missing, says so and stops asking", async () => {
    const { search, calls } = searchFrom({ 23665: { font: undefined, fontconfig: false } });
    const fonts = new PdfFonts([], search);
    expect(await fonts.addFor(0x5c71)).toBe(false);
    expect(fonts.fontconfig).toBe(false);
    expect(await fonts.addFor(0x7530)).toBe(false);
    expect(calls).toEqual([0x5c71]);
  });

  it("drop: a machine's font goes quietly; a --font file is the user's to fix (exit 2)", async () => {
    const given = [{ file: "mine.otf", bytes: new Uint8Array([1]) }];
    const fonts = new PdfFonts(
      given,
      searchFrom({ 8458: { font: { file: MATH, index: 0 }, fontconfig: true } }).search,
    );
    await fonts.addFor(0x210a);
    expect(fonts.drop(1, "is not a TrueType or OpenType font file")).toBe(true);
    expect(fonts.list).toHaveLength(1);
    expect(fonts.system).toEqual([]);
    expect(fonts.drop(5, "whatever")).toBe(false);
    expect(() => fonts.drop(0, "is not a TrueType or OpenType font file")).toThrow(
      new CliError("--font mine.otf: is not a TrueType or OpenType font file"),
    );
  });
});
