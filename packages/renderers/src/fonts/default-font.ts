import { loadEngine, PDF_ENGINES } from "../internal/optional-engine.js";

/**
 * DejaVu Sans and DejaVu Sans Bold (Latin, Greek, Cyrillic, Vietnamese and more; Bitstream Vera
 * licence, see THIRD_PARTY_NOTICES.md), read from the `dejavu-fonts-ttf` package with `node:fs` the
 * first time each is needed and kept for the life of the process. Node only: elsewhere, pass the
 * font bytes.
 */
const DEFAULT_FONT = "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";
const DEFAULT_BOLD_FONT = "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";

const loading = new Map<string, Promise<Uint8Array>>();

/** The default font's bytes, read once per process (later calls share the same array). */
export function defaultFontBytes(): Promise<Uint8Array> {
  return readOnce(DEFAULT_FONT);
}

/** The default bold face's bytes (the subject line and headings), read once per process, only when asked for. */
export function defaultBoldFontBytes(): Promise<Uint8Array> {
  return readOnce(DEFAULT_BOLD_FONT);
}

function readOnce(file: string): Promise<Uint8Array> {
  let bytes = loading.get(file);
  if (!bytes) {
    bytes = loadEngine("PDF rendering with the default font", PDF_ENGINES, () => readPackagedFont(file)).catch(
      (error: unknown) => {
        // A failed read is not remembered: the next render tries again.
        loading.delete(file);
        throw error;
      },
    );
    loading.set(file, bytes);
  }
  return bytes;
}

async function readPackagedFont(file: string): Promise<Uint8Array> {
  const [{ readFile }, { createRequire }] = await Promise.all([import("node:fs/promises"), import("node:module")]);
  // The CommonJS build has __filename; the ES module build has import.meta.url.
  const from = typeof __filename === "string" ? __filename : import.meta.url;
  const data = await readFile(createRequire(from).resolve(file));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
