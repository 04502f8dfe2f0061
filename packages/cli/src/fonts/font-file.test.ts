import { describe, expect, it } from "vitest";
import { fontFileKind, unusableKind } from "./font-file.js";

const bytes = (head: string | number[]) =>
  new Uint8Array([...(typeof head === "string" ? [...head].map((c) => c.charCodeAt(0)) : head), 0, 0, 0, 0]);

describe("fontFileKind", () => {
  it.each([
    { name: "TrueType outlines", head: [0, 1, 0, 0], kind: "font" },
    { name: "OpenType with CFF outlines", head: "OTTO", kind: "font" },
    { name: "Apple TrueType", head: "true", kind: "font" },
    { name: "TrueType/OpenType collection", head: "ttcf", kind: "collection" },
    { name: "WOFF", head: "wOFF", kind: "woff" },
    { name: "WOFF2", head: "wOF2", kind: "woff2" },
    { name: "a PNG", head: [0x89, 0x50, 0x4e, 0x47], kind: "unknown" },
    { name: "too short", head: [], kind: "unknown" },
  ] as const)("$name → $kind", ({ head, kind }) => {
    const data = head.length === 0 ? new Uint8Array(2) : bytes(head as string | number[]);
    expect(fontFileKind(data)).toBe(kind);
  });
});

describe("unusableKind", () => {
  it("accepts fonts and collections, and says why not for the rest", () => {
    expect(unusableKind("font")).toBeUndefined();
    expect(unusableKind("collection")).toBeUndefined();
    expect(unusableKind("woff2")).toBe("a WOFF2 web font, which a PDF cannot embed; use the font's .ttf or .otf");
    expect(unusableKind("unknown")).toBe("not a TrueType or OpenType font (.ttf, .otf, .ttc)");
  });
});
