import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { PlanAction } from "@afterview/core";
import { CliError } from "../errors/cli-error.js";
import { KIT_FORMATS, type KitFormat } from "./formats.js";

/** The file in every kit that marks a folder as one and records what the kit wrote. */
export const KIT_MARKER = "kit.json";

/** One draft of a kit: the plan action it was written for, its file name without extension, and when it was first made. */
export interface KitDraft {
  /** The id of the plan action (`write-thank-you-1`, `accept-offer`): the same action keeps the same file name. */
  action: string;
  /** `02-thank-you-email-dana-whitfield`. */
  base: string;
  /** When the draft was first written: the `Date:` of its `.eml`, kept so that an unchanged draft stays byte-identical. */
  madeAt: string;
}

/** A file of the kit that could not be made, and why, with the fix. */
export interface SkippedFile {
  /** `03-thank-you-letter-shan-tian-tai-lang.pdf`. */
  file: string;
  /** `no font here has "山" (U+5C71, in to.lines[0]); pass --font FILE, …`. */
  reason: string;
}

/**
 * What `kit.json` holds: enough to tell the kit's own files from the user's, to notice which of
 * them the user changed, and to write the kit again from a newer plan.
 */
export interface KitManifest {
  afterviewKit: 1;
  interviewId: string;
  /** When the kit was last written. */
  madeAt: string;
  formats: KitFormat[];
  tone?: string | undefined;
  locale?: string | undefined;
  /** The `--font` files, as absolute paths, given again to the PDFs when the kit is refreshed. */
  fonts?: string[] | undefined;
  /** Every file of the kit but `kit.json`, in the order written. */
  files: string[];
  /**
   * For each file, the hash (`contentHash`, `sha256-` and base64) of the content the kit last made for it. A file
   * whose content no longer has that hash was changed by someone, and a refresh keeps it.
   */
  hashes: Record<string, string>;
  /** For a file the user changed, the file beside it that holds the kit's newer version. */
  beside?: Record<string, string> | undefined;
  /** The drafts, in the order they were first written. */
  drafts: KitDraft[];
  /**
   * Actions an event removed from the plan (a new timeline replaces the pending follow-ups): they
   * stay in plan.ics as cancelled, so that calendars that imported them drop them.
   */
  retired?: PlanAction[] | undefined;
  /** The interview the kit was made from: its drafts are written from it. */
  interview?: unknown;
  /** Files asked for that could not be made; present only when there are some. */
  skipped?: SkippedFile[] | undefined;
}

/** What a kit's `kit.json` may still lack when an earlier afterview wrote it. */
export type StoredManifest = Omit<KitManifest, "hashes" | "drafts"> & Partial<Pick<KitManifest, "hashes" | "drafts">>;

/**
 * Reads `kit.json` from a kit folder, or `undefined` when there is none. A `kit.json` that is not
 * one afterview wrote (not JSON, or missing `afterviewKit`, `interviewId` or `files`) is a
 * one-line error naming it: the folder is not treated as a kit, nor replaced.
 *
 * @param label How to name the folder in messages: as the user typed it.
 */
export async function readManifest(dir: string, label: string): Promise<StoredManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, KIT_MARKER), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
  const where = `${label}/${KIT_MARKER}`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(
      `${where}: not valid JSON, so afterview cannot tell what this kit holds; make the kit again, or restore this file`,
    );
  }
  const problem = manifestProblem(data);
  if (problem) throw new CliError(`${where}: ${problem}; make the kit again, or restore this file`);
  return data as StoredManifest;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");
const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((item) => typeof item === "string");

/** The first thing wrong with a parsed `kit.json`, worded for one line; undefined when it reads. */
function manifestProblem(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "expected a JSON object";
  const m = data as Record<string, unknown>;
  if (m.afterviewKit !== 1) return "afterviewKit: expected 1 (this kit.json is not one afterview wrote)";
  if (typeof m.interviewId !== "string") return "interviewId: expected the interview's id";
  if (!isStringList(m.files)) return "files: expected the list of the kit's files";
  if (m.files.some((file) => !isSafePath(file))) return "files: a file name points outside the kit";
  if (!isStringList(m.formats) || m.formats.some((f) => !(KIT_FORMATS as readonly string[]).includes(f))) {
    return `formats: expected any of ${KIT_FORMATS.join(",")}`;
  }
  if (m.hashes !== undefined && !isStringRecord(m.hashes)) return "hashes: expected file names and their hashes";
  if (m.beside !== undefined && !isStringRecord(m.beside)) return "beside: expected file names";
  if (m.beside !== undefined && Object.values(m.beside as object).some((file) => !isSafePath(file))) {
    return "beside: a file name points outside the kit";
  }
  if (m.fonts !== undefined && !isStringList(m.fonts)) return "fonts: expected a list of font files";
  if (m.drafts !== undefined) {
    const ok =
      Array.isArray(m.drafts) &&
      m.drafts.every(
        (d) =>
          typeof d === "object" &&
          d !== null &&
          typeof d.action === "string" &&
          typeof d.base === "string" &&
          typeof d.madeAt === "string" &&
          isSafePath(d.base),
      );
    if (!ok) return "drafts: expected the list of drafts (action, base, madeAt)";
  }
  if (m.retired !== undefined && !Array.isArray(m.retired)) return "retired: expected a list of plan actions";
  return undefined;
}

/** A plain name inside the kit: no folder above it, no absolute path. */
function isSafePath(file: string): boolean {
  return file !== "" && !file.startsWith("/") && !file.includes("\\") && !file.split("/").includes("..");
}
