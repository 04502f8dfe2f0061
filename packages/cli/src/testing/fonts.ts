import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { findSystemFont, programRunner, type SystemFont } from "../fonts/fontconfig.js";
import { readSystemFont } from "../fonts/read-font.js";
import { SANDBOX_ENV } from "./memory-io.js";

// The renderers' own font package: the CLI does not depend on it, but its tests may borrow it.
const fromRenderers = createRequire(fileURLToPath(new URL("../../../renderers/package.json", import.meta.url)));

/** The path of a DejaVu font (`DejaVuSans.ttf`, `DejaVuMathTeXGyre.ttf`) from the `dejavu-fonts-ttf` package. */
export function dejavuPath(name: string): string {
  return fromRenderers.resolve(`dejavu-fonts-ttf/ttf/${name}`);
}

/** The tables of a TrueType/OpenType font file, by tag. */
export function fontTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    tables.set(tag, bytes.subarray(offset, offset + view.getUint32(record + 12)));
  }
  return tables;
}

/** A TrueType collection (`ttcf` 1.0) of whole font files, each with its own copy of its tables. */
export function makeCollection(fonts: readonly Uint8Array[]): Uint8Array {
  const header = 12 + 4 * fonts.length;
  const starts: number[] = [];
  let size = header;
  for (const font of fonts) {
    starts.push(size);
    size += (font.length + 3) & ~3;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0]);
  view.setUint32(8, fonts.length);
  fonts.forEach((font, i) => {
    const start = starts[i]!;
    view.setUint32(12 + 4 * i, start);
    out.set(font, start);
    // Offsets in a collection count from the start of the collection.
    for (let t = 0; t < view.getUint16(start + 4); t++) {
      const record = start + 12 + 16 * t + 8;
      view.setUint32(record, view.getUint32(record) + start);
    }
  });
  return out;
}

/**
 * The font this machine's fontconfig gives the kit for a code point, as the kit would find and
 * read it (in the sandbox's environment), or `undefined`: tests of characters that need a system
 * font assert the PDF when there is one and the skip line when there is not.
 */
export async function systemFontFor(codePoint: number): Promise<{ font: SystemFont | undefined; fontconfig: boolean }> {
  const { font, fontconfig } = await findSystemFont(codePoint, programRunner(SANDBOX_ENV));
  return { font: font && (await readSystemFont(font)) ? font : undefined, fontconfig };
}
