/**
 * DejaVu Sans (Latin, Greek, Cyrillic, Vietnamese and more; Bitstream Vera licence, see
 * THIRD_PARTY_NOTICES.md), read from the `dejavu-fonts-ttf` package with `node:fs` the first time it
 * is needed and kept for the life of the process. Node only: elsewhere, pass the font bytes.
 */
const DEFAULT_FONT = "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";

let loading: Promise<Uint8Array> | undefined;

/** The default font's bytes, read once per process (later calls share the same array). */
export function defaultFontBytes(): Promise<Uint8Array> {
  loading ??= readDefaultFont().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readDefaultFont(): Promise<Uint8Array> {
  const [{ readFile }, { createRequire }] = await Promise.all([import("node:fs/promises"), import("node:module")]);
  // The CommonJS build has __filename; the ES module build has import.meta.url.
  const from = typeof __filename === "string" ? __filename : import.meta.url;
  const file = await readFile(createRequire(from).resolve(DEFAULT_FONT));
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}
