import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/**
 * A hidden sibling of `path` to write into before renaming over it: same directory (so the rename
 * stays on one file system and is atomic), unique per call.
 */
export function tempSibling(path: string, purpose: string): string {
  return join(dirname(path), `.${basename(path)}.${purpose}-${process.pid}-${randomBytes(4).toString("hex")}`);
}
