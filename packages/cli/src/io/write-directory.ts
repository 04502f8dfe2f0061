import { cp, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CliError, EXIT } from "../errors/cli-error.js";
import { tempSibling } from "./temp-name.js";

/** One file of a directory written by {@link writeDirectoryAtomic}, produced when it is written. */
export interface DirectoryEntry {
  /** A path relative to the directory, with `/` between folders (`letters/dana-whitfield.pdf`). */
  path: string;
  /** The content, or a function producing it (so a renderer that fails, fails mid-write). */
  content: string | Uint8Array | (() => string | Uint8Array | Promise<string | Uint8Array>);
}

/**
 * Writes a whole directory or nothing. Files go into a temporary directory beside `dir`; only
 * when every file is written is the temporary directory renamed to `dir`. If `dir` exists it
 * must be empty or hold `marker` (a directory this function wrote before), and it is replaced:
 * moved aside, the new one moved in, the old one removed. On any failure the temporary directory
 * is removed and `dir` is left as it was.
 *
 * @param options.marker A file name that every directory written this way contains; it must be one
 *   of the entries. An existing `dir` without it (and not empty) is refused with exit code 2.
 * @param options.label How to name `dir` in messages: the path as the user typed it.
 * @returns The paths written, in entry order.
 */
export async function writeDirectoryAtomic(
  dir: string,
  entries: readonly DirectoryEntry[],
  options: { marker: string; label?: string },
): Promise<string[]> {
  await checkReplaceable(dir, options.marker, options.label ?? dir);
  await mkdir(dirname(dir), { recursive: true });
  const temp = await mkdtemp(tempSibling(dir, "new"));
  try {
    for (const entry of entries) {
      const target = join(temp, ...entry.path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      const content = typeof entry.content === "function" ? await entry.content() : entry.content;
      await writeFile(target, content, { flag: "wx" });
    }
    await swapIn(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return entries.map((entry) => entry.path);
}

/** The changes {@link updateDirectoryAtomic} makes to a directory. */
export interface DirectoryChanges {
  /** Files to write, new or over the old ones. */
  write: readonly DirectoryEntry[];
  /** Files to remove (relative paths, as in {@link DirectoryEntry.path}); a missing one is no error. */
  remove: readonly string[];
}

/**
 * Changes an existing directory whole or not at all: the directory is copied into a temporary one
 * beside it (everything in it, the files afterview did not write too, with their modes, times and
 * symbolic links), the changes are made there, and the copy is renamed over `dir` only when every
 * file is written. On any failure the copy is removed and `dir` is left exactly as it was.
 *
 * @returns The paths written, in entry order.
 */
export async function updateDirectoryAtomic(dir: string, changes: DirectoryChanges): Promise<string[]> {
  const temp = await mkdtemp(tempSibling(dir, "new"));
  try {
    await cp(dir, temp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    for (const path of changes.remove) await rm(join(temp, ...path.split("/")), { force: true });
    for (const entry of changes.write) {
      const target = join(temp, ...entry.path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      // Removed first, so that a symbolic link in the way is replaced rather than written through.
      await rm(target, { force: true });
      const content = typeof entry.content === "function" ? await entry.content() : entry.content;
      await writeFile(target, content, { flag: "wx" });
    }
    await swapIn(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return changes.write.map((entry) => entry.path);
}

/** Moves `temp` to `dir`, replacing an existing `dir` without a moment where neither exists half-written. */
async function swapIn(temp: string, dir: string): Promise<void> {
  if (!(await exists(dir))) {
    await rename(temp, dir);
    return;
  }
  const old = tempSibling(dir, "old");
  await rename(dir, old);
  try {
    await rename(temp, dir);
  } catch (error) {
    await rename(old, dir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

async function checkReplaceable(dir: string, marker: string, label: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code === "ENOTDIR") {
      // Either `dir` itself is a file, or a folder on its path is (mkdir reports that one below).
      const isFile = await stat(dir).then(
        (found) => found.isFile(),
        () => false,
      );
      if (isFile) throw new CliError(`${label}: exists and is a file; choose another --out`);
      return;
    }
    throw error;
  }
  if (names.length > 0 && !names.includes(marker)) {
    throw new CliError(
      `${label}: the folder exists and holds other files (no ${marker}, so it is not a kit to replace); choose another --out or empty it`,
      EXIT.badInput,
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
