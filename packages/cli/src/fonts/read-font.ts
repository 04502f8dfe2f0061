import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError, EXIT } from "../errors/cli-error.js";
import { collectionFace } from "./collection-face.js";
import { fontFileKind, unusableKind } from "./font-file.js";
import type { SystemFont } from "./fontconfig.js";

/**
 * Reads a `--font` file for the PDFs: a TrueType or OpenType font, or a collection (.ttc, .otc),
 * of which the PDF uses the first font.
 *
 * @param file The path as the user gave it (for messages), relative to `cwd`.
 * @throws CliError (exit 2) naming `--font` and the file when it cannot be read or is not such a font.
 */
export async function readFontOption(file: string, cwd: string): Promise<Uint8Array> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? `no such file (looked for ${path})` : code === "EISDIR" ? "is a folder" : "cannot be read";
    throw new CliError(`--font ${file}: ${reason}`, EXIT.badInput, { cause: error });
  }
  const problem = unusableKind(fontFileKind(bytes));
  if (problem) throw new CliError(`--font ${file}: ${problem}`, EXIT.badInput);
  return bytes;
}

/**
 * Reads a font fontconfig found, as bytes the PDF renderer embeds: the file itself, or, for a font
 * other than the first of a collection, that font cut out of it (the renderer takes a collection's
 * first font). `undefined` when the file cannot be read or is not a font a PDF can embed.
 */
export async function readSystemFont(font: SystemFont): Promise<Uint8Array | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(font.file));
  } catch {
    return undefined;
  }
  const kind = fontFileKind(bytes);
  if (kind === "font") return font.index === 0 ? bytes : undefined;
  if (kind !== "collection") return undefined;
  if (font.index === 0) return bytes;
  try {
    return collectionFace(bytes, font.index);
  } catch {
    return undefined;
  }
}
