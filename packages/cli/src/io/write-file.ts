import { link, rename, rm, writeFile } from "node:fs/promises";
import { tempSibling } from "./temp-name.js";

/**
 * Writes `data` to `path` so that readers see the old file or the new one, never half of either:
 * it writes a temporary sibling, then renames it over `path` (or, with `overwrite: false`, links
 * it to `path`, which fails with `EEXIST` if `path` exists). The temporary file is always removed;
 * on failure the original is untouched.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite?: boolean } = {},
): Promise<void> {
  const temp = tempSibling(path, "tmp");
  try {
    await writeFile(temp, data, { flag: "wx" });
    if (options.overwrite === false) await link(temp, path);
    else await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}
