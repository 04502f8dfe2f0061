import { extname } from "node:path";
import type { StoredManifest } from "./manifest.js";

/** One file of the new kit, rendered, with its hash. */
export interface RenderedFile {
  path: string;
  content: string | Uint8Array;
  hash: string;
}

/** What is in the kit's folder now: the names there, and the hashes of the files that matter. */
export interface FolderState {
  /** Every name in the folder (files and folders, the user's too). */
  names: ReadonlySet<string>;
  /** The hash of each kit file, new kit file and beside file that exists. */
  hashes: ReadonlyMap<string, string>;
}

/** A file the refresh left as it was because someone changed it. */
export interface KeptFile {
  file: string;
  /** The kit's version of it, beside it: written now, or (when the plan no longer needs the file) kept from before. */
  beside?: string;
  /** True when the plan no longer needs the file: the kit leaves it (and `beside`) to the user. */
  handedOver?: boolean;
}

/** What a refresh writes, removes and keeps, and the new `files`, `hashes` and `beside` of `kit.json`. */
export interface RefreshPlan {
  /** Files to write: new, changed and unedited, or the new version beside an edited one. */
  write: RenderedFile[];
  /** Kit files the plan no longer needs, unedited: they go. */
  remove: string[];
  /** Files someone changed: never overwritten nor removed. */
  kept: KeptFile[];
  files: string[];
  hashes: Record<string, string>;
  beside: Record<string, string>;
}

/** Files the kit always rewrites: `plan.json` is the plan the event or refresh was made from. */
const ALWAYS_WRITTEN = new Set(["plan.json"]);

/**
 * Works out how to bring a kit's folder up to date with a newly rendered kit, never losing a change
 * someone made. For each file, `kit.json` records the hash of the content the kit last made for it:
 *
 * - a file whose content still has that hash is the kit's own: it is rewritten, or removed when the
 *   plan no longer needs it;
 * - a file whose content differs was changed by someone: it stays as it is, and the kit's new
 *   version (when there is one) is written beside it as `name.new.ext` (`name.new2.ext` if that
 *   name is taken by a file someone changed too); a file no longer needed stays, with the kit's
 *   last version beside it when there is one, and both are no longer the kit's;
 * - a file the kit never recorded but finds in the way (a kit from before hashes were recorded, or
 *   a file of the user's with the same name) counts as changed;
 * - `plan.json` is always rewritten: it is the plan the new kit was made from.
 *
 * Files the kit never wrote are not touched. Pure: the caller reads the folder and applies the plan.
 */
export function planRefresh(
  previous: Pick<StoredManifest, "files" | "hashes" | "beside">,
  folder: FolderState,
  next: readonly RenderedFile[],
): RefreshPlan {
  const recorded = previous.hashes ?? {};
  const wasBeside = previous.beside ?? {};
  const besideFiles = new Set(Object.values(wasBeside));
  const write: RenderedFile[] = [];
  const kept: KeptFile[] = [];
  const files: string[] = [];
  const hashes: Record<string, string> = {};
  const beside: Record<string, string> = {};
  const claimed = new Set(next.map((file) => file.path));
  const isUnedited = (path: string) => recorded[path] !== undefined && folder.hashes.get(path) === recorded[path];
  const isFree = (path: string) => !folder.names.has(path) || (besideFiles.has(path) && isUnedited(path));

  for (const file of next) {
    const onDisk = folder.hashes.get(file.path);
    files.push(file.path);
    if (ALWAYS_WRITTEN.has(file.path) || onDisk === undefined || onDisk === file.hash || isUnedited(file.path)) {
      if (onDisk !== file.hash) write.push(file);
      hashes[file.path] = file.hash;
      continue;
    }
    // Someone changed it (or it was there before the kit recorded it): keep it.
    const earlier = wasBeside[file.path];
    if (recorded[file.path] === file.hash) {
      // The kit has nothing newer than what it last made; a beside file made then still holds it.
      hashes[file.path] = file.hash;
      if (earlier !== undefined && folder.hashes.get(earlier) === file.hash) {
        beside[file.path] = earlier;
        files.push(earlier);
        hashes[earlier] = file.hash;
        claimed.add(earlier);
      }
      continue;
    }
    const target =
      earlier !== undefined && !claimed.has(earlier) && isFree(earlier)
        ? earlier
        : besideName(file.path, (name) => !claimed.has(name) && isFree(name));
    claimed.add(target);
    if (folder.hashes.get(target) !== file.hash) write.push({ ...file, path: target });
    kept.push({ file: file.path, beside: target });
    files.push(target);
    hashes[file.path] = file.hash;
    hashes[target] = file.hash;
    beside[file.path] = target;
  }

  // Files the plan no longer needs: the kit's own go; one someone changed stays, with the kit's
  // last version beside it (both are the user's from now on).
  const remove: string[] = [];
  const handedOver = new Set<string>();
  for (const path of previous.files) {
    if (claimed.has(path) || besideFiles.has(path) || !folder.hashes.has(path) || isUnedited(path)) continue;
    const pair = wasBeside[path];
    const keepsPair = pair !== undefined && !claimed.has(pair) && folder.hashes.has(pair);
    if (keepsPair) handedOver.add(pair);
    kept.push(keepsPair ? { file: path, beside: pair, handedOver: true } : { file: path, handedOver: true });
  }
  for (const path of previous.files) {
    if (claimed.has(path) || handedOver.has(path) || !folder.hashes.has(path)) continue;
    if (isUnedited(path)) remove.push(path);
    else if (besideFiles.has(path)) kept.push({ file: path, handedOver: true });
  }
  return { write, remove, kept, files, hashes, beside };
}

/**
 * The name beside `path` for the kit's new version of it: `02-thank-you-email-dana-whitfield.new.eml`,
 * then `.new2.eml`, `.new3.eml`… until `isFree` accepts one. The extension stays last, so the file
 * opens in the same app.
 */
export function besideName(path: string, isFree: (name: string) => boolean): string {
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let n = 1; ; n += 1) {
    const name = `${stem}.new${n === 1 ? "" : n}${ext}`;
    if (isFree(name)) return name;
  }
}
