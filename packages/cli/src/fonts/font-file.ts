/** What the first bytes of a file say it is, as far as embedding it in a PDF goes. */
export type FontFileKind = "font" | "collection" | "woff" | "woff2" | "unknown";

/**
 * The kind of font file by its signature (the OpenType spec's `sfntVersion` and the TTC, WOFF and
 * WOFF2 tags), whatever its name: pdf-lib and fontkit embed TrueType and OpenType fonts (`font`) and
 * the fonts of a TrueType/OpenType collection (`collection`, .ttc/.otc); WOFF and WOFF2 are web
 * formats they cannot embed.
 *
 * @example
 * ```ts
 * fontFileKind(new Uint8Array([0x4f, 0x54, 0x54, 0x4f])); //=> "font" ("OTTO": OpenType with CFF outlines)
 * fontFileKind(new TextEncoder().encode("wOF2")); //=> "woff2"
 * ```
 */
export function fontFileKind(bytes: Uint8Array): FontFileKind {
  if (bytes.length < 4) return "unknown";
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (tag === "\u0000\u0001\u0000\u0000" || tag === "OTTO" || tag === "true") return "font";
  if (tag === "ttcf") return "collection";
  if (tag === "wOFF") return "woff";
  if (tag === "wOF2") return "woff2";
  return "unknown";
}

/** Why a file of this kind cannot be used, in words for a message; `undefined` when it can. */
export function unusableKind(kind: FontFileKind): string | undefined {
  switch (kind) {
    case "font":
    case "collection":
      return undefined;
    case "woff":
    case "woff2":
      return `a ${kind.toUpperCase()} web font, which a PDF cannot embed; use the font's .ttf or .otf`;
    case "unknown":
      return "not a TrueType or OpenType font (.ttf, .otf, .ttc)";
  }
}
