import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dejavuPath, fontTables, makeCollection } from "../testing/fonts.js";
import { collectionFace } from "./collection-face.js";
import { fontFileKind } from "./font-file.js";

const SANS = new Uint8Array(readFileSync(dejavuPath("DejaVuSans.ttf")));
const MATH = new Uint8Array(readFileSync(dejavuPath("DejaVuMathTeXGyre.ttf")));
const COLLECTION = makeCollection([SANS, MATH]);

describe("collectionFace", () => {
  it.each([
    { index: 0, font: SANS, name: "DejaVu Sans" },
    { index: 1, font: MATH, name: "DejaVu Math TeX Gyre" },
  ])("font $index ($name) comes out as a font file with the very tables of the original", ({ index, font }) => {
    const face = collectionFace(COLLECTION, index);
    expect(fontFileKind(face)).toBe("font");
    const [got, want] = [fontTables(face), fontTables(font)];
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [tag, table] of want) expect(Buffer.from(got.get(tag)!).equals(Buffer.from(table)), tag).toBe(true);
  });

  it.each([
    { name: "a font that is not a collection", bytes: SANS, index: 0, message: "font collection: no ttcf header" },
    { name: "an index past the end", bytes: COLLECTION, index: 2, message: "font collection: no font 2 (it holds 2)" },
    { name: "a negative index", bytes: COLLECTION, index: -1, message: "font collection: no font -1 (it holds 2)" },
    {
      name: "a cut-off file",
      bytes: COLLECTION.subarray(0, 4000),
      index: 1,
      message: "font collection: truncated file",
    },
  ])("refuses $name with a RangeError", ({ bytes, index, message }) => {
    expect(() => collectionFace(bytes, index)).toThrow(new RangeError(message));
  });
});
