import { stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../errors/cli-error.js";
import { readManifest, type StoredManifest } from "./manifest.js";

/** A kit's folder: where it is, how the user named it, and its `kit.json`. */
export interface KitFolder {
  /** The absolute path. */
  dir: string;
  /** As the user named it, without a trailing slash (`kit`, `.`). */
  label: string;
  manifest: StoredManifest;
}

/** Where a command's plan is: the file to read, and the kit around it when it is a kit's `plan.json`. */
export interface PlanPlace {
  /** The plan file as the user would name it (`kit/plan.json`). */
  planFile: string;
  /** The kit the plan belongs to; absent for a plan.json on its own. */
  kit?: KitFolder | undefined;
}

/**
 * Reads what the user named as a plan: a kit's folder (its `plan.json`), a kit's `plan.json`, or a
 * plan file on its own. A folder without `kit.json` is a one-line error: there is no plan to read.
 *
 * @example
 * ```ts
 * await locatePlan("kit/", cwd);
 * //=> { planFile: "kit/plan.json", kit: { dir: "/home/alex/kit", label: "kit", manifest: {…} } }
 * ```
 */
export async function locatePlan(given: string, cwd: string): Promise<PlanPlace> {
  const path = resolve(cwd, given);
  const isFolder = await stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );
  if (isFolder) {
    const label = folderLabel(given);
    const manifest = await readManifest(path, label);
    if (!manifest) {
      throw new CliError(
        `${label}: a folder, but not a kit (there is no kit.json in it); give a kit's folder or a plan file`,
      );
    }
    return { planFile: join(label, "plan.json"), kit: { dir: path, label, manifest } };
  }
  const kit = await kitAround(given, cwd);
  return { planFile: given, kit };
}

/** The kit whose `plan.json` `file` is, if it is one. */
export async function kitAround(file: string, cwd: string): Promise<KitFolder | undefined> {
  if (basename(file) !== "plan.json") return undefined;
  const label = dirname(file);
  const dir = resolve(cwd, label);
  const manifest = await readManifest(dir, label);
  if (!manifest?.files.includes("plan.json")) return undefined;
  return { dir, label, manifest };
}

/** A folder as the user typed it, for messages: `kit/` → `kit`, `./` → `.`. */
export function folderLabel(given: string): string {
  const trimmed = given.replace(/[/\\]+$/, "");
  return trimmed === "" ? (given === "" ? "." : "/") : trimmed;
}
