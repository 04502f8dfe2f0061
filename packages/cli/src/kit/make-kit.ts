import { lstat, readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  AfterviewError,
  adviseNegotiation,
  type InterviewInput,
  type NegotiationAdvice,
  type Plan,
  type PlanAction,
} from "@afterview/core";
import { composePlan, LOCALES, TONES } from "@afterview/templates";
import { createColors } from "picocolors";
import { EXIT, type ExitCode } from "../errors/cli-error.js";
import { describeInputError, describeWriteError } from "../errors/describe-error.js";
import { findSystemFont, programRunner } from "../fonts/fontconfig.js";
import { PdfFonts } from "../fonts/pdf-fonts.js";
import { readFontOption } from "../fonts/read-font.js";
import { oneOf } from "../inputs/options.js";
import type { Terminal } from "../io/terminal.js";
import { updateDirectoryAtomic, writeDirectoryAtomic } from "../io/write-directory.js";
import { buildKit, type Kit } from "./build-kit.js";
import { contentHash } from "./content-hash.js";
import { nameDrafts } from "./draft-names.js";
import { KIT_FORMATS, type KitFormat } from "./formats.js";
import { KIT_MARKER, type KitManifest, type StoredManifest } from "./manifest.js";
import { type FolderState, planRefresh, type RefreshPlan, type RenderedFile } from "./refresh.js";
import { fileLines, firstSteps, refreshLines, startHereLines } from "./summary.js";

/** What a kit is written from, read and checked from the command line. */
export interface KitRequest {
  /** What the interview came from, as the user would name it (for messages about its data). */
  source: string;
  input: InterviewInput;
  plan: Plan;
  now: string;
  /** The folder as the user named it. */
  out: string;
  /** `--formats`, when given; else the earlier kit's, else all. */
  formats: ReadonlySet<KitFormat> | undefined;
  tone: string | undefined;
  locale: string | undefined;
  /** The `--font` files as the user named them, relative to the working directory; none: the earlier kit's. */
  fonts: readonly string[];
  /**
   * The kit already in `out`, to bring up to date: its `kit.json`, and the plan it was made from
   * (whose actions missing from `plan` stay in plan.ics as cancelled).
   */
  previous?: { manifest: StoredManifest; plan: Plan | undefined } | undefined;
}

/** What {@link makeKit} did: the lines saying so, and the exit code. */
export interface KitReport {
  kit: Kit;
  /** `What to do first:` and the first steps, with the file to open for each. */
  steps: string[];
  /** `Wrote kit/ (19 files):` and the files, or `Updated kit/: …` and what changed. */
  lines: string[];
  /** One line per file that could not be made, for stderr, printed last. */
  skipped: string[];
  /** `EXIT.incomplete` when some files could not be made, else `EXIT.ok`. */
  code: ExitCode;
}

/**
 * Composes every draft the plan needs, renders the kit, and writes it as one folder: a new one, or
 * an earlier kit brought up to date without losing anything someone changed in it (see
 * `planRefresh`). Loaded on demand by the `kit` and `event` commands: templates, the PDF and Word
 * renderers and any-ascii's tables are the heavy part of the CLI, and the other commands never need
 * them. Prints nothing: the caller prints the report's lines where they belong.
 */
export async function makeKit(request: KitRequest, term: Terminal): Promise<KitReport> {
  const { source, input, plan, now, out, previous } = request;
  const earlier = previous?.manifest;
  const formats = request.formats ?? storedFormats(earlier) ?? new Set(KIT_FORMATS);
  const tone = oneOf("tone", request.tone ?? earlier?.tone, TONES);
  const locale = oneOf("locale", request.locale ?? earlier?.locale, LOCALES);
  const fontFiles = request.fonts.length > 0 ? request.fonts.map((font) => resolve(term.cwd, font)) : earlier?.fonts;
  const given = await Promise.all(
    (request.fonts.length > 0 ? request.fonts : (earlier?.fonts ?? [])).map(async (font) => ({
      file: font,
      bytes: await readFontOption(font, term.cwd),
    })),
  );
  const run = programRunner(term.env);
  const pdfFonts = new PdfFonts(given, (codePoint) => findSystemFont(codePoint, run));
  const plain = createColors(false);
  const retired = retiredActions(earlier?.retired ?? [], previous?.plan, plan);
  const dir = resolve(term.cwd, out);

  let kit: Kit;
  try {
    const documents = composePlan(plan, input, { tone, locale, negotiation: negotiationAdvice(plan) });
    kit = await buildKit({
      plan,
      drafts: nameDrafts(plan, documents, earlier?.drafts ?? [], now),
      retired,
      formats,
      pdfFonts,
      startHere: (parts) => startHereLines(plan, parts, plain),
    });
  } catch (error) {
    // A template or renderer refusing this interview's data (a malformed field) is the file's to
    // fix; anything else is a failure of ours. (A PDF that cannot be drawn is skipped, above.)
    if (error instanceof AfterviewError) throw describeInputError(source, error);
    throw error;
  }

  const manifest = (files: string[], hashes: Record<string, string>, beside: Record<string, string>) =>
    manifestText({
      afterviewKit: 1,
      interviewId: plan.interviewId,
      madeAt: now,
      formats: [...formats],
      ...(tone === undefined ? {} : { tone }),
      ...(locale === undefined ? {} : { locale }),
      ...(fontFiles === undefined || fontFiles.length === 0 ? {} : { fonts: fontFiles }),
      files,
      hashes,
      ...(Object.keys(beside).length > 0 ? { beside } : {}),
      drafts: kit.documents.map(({ action, base, madeAt }) => ({ action, base, madeAt })),
      ...(retired.length > 0 ? { retired } : {}),
      interview: input,
      ...(kit.skipped.length > 0 ? { skipped: kit.skipped } : {}),
    });
  const skipped = kit.skipped.map((skip) => `afterview: skipped ${out}/${skip.file}: ${skip.reason}`);
  const code = kit.skipped.length > 0 ? EXIT.incomplete : EXIT.ok;
  const style = term.style;
  const notes = [
    ...kit.notes.map((note) => style.dim(`  note: ${note}`)),
    ...pdfFonts.system.map((font) => {
      const which = font.index > 0 ? `font ${font.index} of ${font.file}` : font.file;
      return style.dim(`  note: the PDFs use ${which} (found by fontconfig) for characters DejaVu Sans lacks`);
    }),
  ];

  if (!earlier) {
    const hashes = Object.fromEntries(kit.files.map((file) => [file.path, file.hash]));
    const entries = [
      { path: KIT_MARKER, content: manifest(paths(kit), hashes, {}) },
      ...kit.files.map(({ path, content }) => ({ path, content })),
    ];
    const written = await writeDirectoryAtomic(dir, entries, { marker: KIT_MARKER, label: out }).catch(
      (error: unknown) => {
        throw isSystemError(error) ? describeWriteError(out, error) : error;
      },
    );
    const lines = [`Wrote ${style.bold(out)}/ (${written.length} files):`, ...fileLines(kit), ...notes];
    return { kit, steps: firstSteps(plan, kit, style), lines, skipped, code };
  }

  let refresh: RefreshPlan;
  try {
    const files = await withStoredPlanText(dir, kit.files);
    refresh = planRefresh(earlier, await folderState(dir, earlier, kit), files);
  } catch (error) {
    throw isSystemError(error) ? describeWriteError(out, error) : error;
  }
  if (refresh.write.length === 0 && refresh.remove.length === 0 && refresh.kept.length === 0) {
    const lines = [`${style.bold(out)}/ already matched the plan, so nothing was written.`, ...notes];
    return { kit, steps: firstSteps(plan, kit, style), lines, skipped, code };
  }
  const write = [
    ...refresh.write.map(({ path, content }) => ({ path, content })),
    { path: KIT_MARKER, content: manifest(refresh.files, refresh.hashes, refresh.beside) },
  ];
  await updateDirectoryAtomic(dir, { write, remove: refresh.remove }).catch((error: unknown) => {
    throw isSystemError(error) ? describeWriteError(out, error) : error;
  });
  const lines = [...refreshLines(out, refresh, style), ...notes];
  return { kit, steps: firstSteps(plan, kit, style), lines, skipped, code };
}

/** Every file of a new kit, in order: the plan's files, START-HERE.txt, the drafts. */
function paths(kit: Kit): string[] {
  return kit.files.map((file) => file.path);
}

/** An earlier kit's formats, when it recorded any it still knows. */
function storedFormats(manifest: StoredManifest | undefined): ReadonlySet<KitFormat> | undefined {
  if (!manifest || manifest.formats.length === 0) return undefined;
  return new Set(manifest.formats);
}

/**
 * The advice the negotiation email is written from: `adviseNegotiation` on the plan's offer alone,
 * when the plan asks the candidate to negotiate. Undefined otherwise, or if the offer gives it
 * nothing to work from (then there is no negotiation email, as with `composePlan` without advice).
 */
function negotiationAdvice(plan: Plan): NegotiationAdvice | undefined {
  const asks = plan.actions.some((action) => action.kind === "negotiate" && action.status === "pending");
  if (!asks || !plan.offer) return undefined;
  try {
    return adviseNegotiation(plan.offer);
  } catch (error) {
    if (error instanceof AfterviewError) return undefined;
    throw error;
  }
}

/**
 * The actions plan.ics keeps as cancelled: those kept before, and those the earlier plan had that
 * the new one dropped (the follow-ups a new timeline replaced), less any the plan has again.
 */
export function retiredActions(kept: readonly PlanAction[], before: Plan | undefined, after: Plan): PlanAction[] {
  const now = new Set(after.actions.map((action) => action.id));
  const out = new Map<string, PlanAction>();
  for (const action of kept) if (!now.has(action.id)) out.set(action.id, action);
  for (const action of before?.actions ?? []) {
    if (!now.has(action.id) && action.due !== undefined) out.set(action.id, action);
  }
  return [...out.values()];
}

/** The names in a kit's folder and the hashes of the files a refresh weighs. */
async function folderState(dir: string, manifest: StoredManifest, kit: Kit): Promise<FolderState> {
  const names = new Set(await readdir(dir));
  const wanted = new Set([...manifest.files, ...Object.values(manifest.beside ?? {}), ...paths(kit)]);
  const hashes = new Map<string, string>();
  for (const name of wanted) {
    if (!names.has(name)) continue;
    const path = join(dir, name);
    const found = await lstat(path);
    // A folder or a link where a kit file was is the user's: it counts as changed.
    hashes.set(name, found.isFile() ? contentHash(await readFile(path)) : `other:${name}`);
  }
  return { names, hashes };
}

/**
 * The kit's files with `plan.json` as it is on disk when it holds the same plan: a plan read back
 * from the file lists its keys in the schema's order, which need not be the order it was written in,
 * and rewriting the file for that alone would say something changed when nothing did.
 */
async function withStoredPlanText(dir: string, files: readonly RenderedFile[]): Promise<RenderedFile[]> {
  const planFile = files.find((file) => file.path === "plan.json");
  if (!planFile || typeof planFile.content !== "string") return [...files];
  let stored: string;
  try {
    stored = await readFile(join(dir, "plan.json"), "utf8");
    if (!isDeepStrictEqual(JSON.parse(stored), JSON.parse(planFile.content))) return [...files];
  } catch {
    return [...files];
  }
  return files.map((file) => (file === planFile ? { ...file, content: stored, hash: contentHash(stored) } : file));
}

function manifestText(manifest: KitManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** True for an error from the file system (it names the system call that failed). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
}
