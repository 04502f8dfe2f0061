import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError } from "../errors/cli-error.js";
import { oneLine } from "../errors/describe-error.js";

/** The file a kit keeps its plan in, and the one that marks a folder as a kit. */
const PLAN_FILE = "plan.json";
const KIT_FILE = "kit.json";

/** How many folders below each given folder are searched: enough for `search/2026/acme-kit/plan.json`. */
export const MAX_DEPTH = 5;

/** A plan file found, named as the user would write it (`kits/acme/plan.json`). */
export interface FoundPlan {
  /** The path as shown: the folder as given, joined with the path below it. */
  file: string;
  /** The absolute path. */
  path: string;
}

/** Something found that should be a plan and is not, with what to do about it. */
export interface BoardProblem {
  /** The file or folder, as shown. */
  file: string;
  /** Why it is left off the board, and the fix. */
  message: string;
}

/**
 * The plans below `folders`: every `plan.json` (a kit's, or one written with `afterview plan --json`)
 * in them or in their subfolders, up to {@link MAX_DEPTH} deep, in name order. Hidden folders (the
 * kit's own temporary ones among them) and `node_modules` are skipped. A file given instead of a
 * folder is read as a plan whatever its name. A kit (`kit.json`) without its `plan.json` is a
 * problem to report, not a reason to stop. A folder given that does not exist is a usage error.
 * `home` is the first folder given (or the folder of the first file given), where the board's
 * calendar goes by default.
 */
export async function findPlans(
  folders: readonly string[],
  cwd: string,
): Promise<{ plans: FoundPlan[]; problems: BoardProblem[]; home: string }> {
  const plans: FoundPlan[] = [];
  const problems: BoardProblem[] = [];
  const seen = new Set<string>();
  let home: string | undefined;
  const add = (file: string, path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    plans.push({ file, path });
  };

  async function walk(shown: string, path: string, depth: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "EACCES" || code === "EPERM" ? "permission denied" : oneLine(String(error));
      problems.push({ file: shown, message: `this folder cannot be read (${why}); its plans are left out` });
      return;
    }
    const names = new Set(entries.map((entry) => entry.name));
    if (names.has(PLAN_FILE)) add(join(shown, PLAN_FILE), join(path, PLAN_FILE));
    else if (names.has(KIT_FILE)) {
      problems.push({
        file: join(shown, KIT_FILE),
        message: `a kit without its ${PLAN_FILE}, so there is nothing to show; make the kit again from its interview with \`afterview kit\``,
      });
    }
    if (depth >= MAX_DEPTH) return;
    const folders = entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
      .map((entry) => entry.name)
      .sort();
    for (const name of folders) await walk(join(shown, name), join(path, name), depth + 1);
  }

  for (const folder of folders) {
    const path = resolve(cwd, folder);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new CliError(
        `${folder}: no such folder (looked for ${path}); give folders that hold kits or plan.json files`,
      );
    }
    home ??= info.isFile() ? dirname(folder) : folder;
    if (info.isFile()) add(folder, path);
    else await walk(folder, path, 0);
  }
  return { plans, problems, home: home ?? "." };
}
