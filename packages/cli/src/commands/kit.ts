import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Plan } from "@afterview/core";
import { CliError, type ExitCode } from "../errors/cli-error.js";
import { loadInterview, loadPlan, looksLikePlan, planInterview } from "../inputs/load.js";
import { stringListOption, stringOption } from "../inputs/options.js";
import { readInput } from "../io/read-input.js";
import type { Terminal } from "../io/terminal.js";
import { KIT_FORMATS, parseFormats } from "../kit/formats.js";
import { loadKitInterview } from "../kit/kit-interview.js";
import { locatePlan } from "../kit/locate.js";
import type { KitReport, KitRequest } from "../kit/make-kit.js";
import { readManifest, type StoredManifest } from "../kit/manifest.js";
import type { CommandSpec } from "./command-spec.js";

/** The tones and locales of @afterview/templates, for `--help` (kit.test.ts checks they match). */
export const KIT_TONES = ["warm", "formal", "brief"] as const;
/** See {@link KIT_TONES}. */
export const KIT_LOCALES = ["en-US", "en-GB", "de-DE", "de-AT", "de-CH", "fr-FR", "fr-CA", "es-ES", "es-MX"] as const;

/** `afterview kit <interview | plan.json>`: the plan, every letter, email and script, and a calendar, in one folder. */
export const kitCommand: CommandSpec = {
  name: "kit",
  args: "<input>",
  summary: "Write the whole kit: plan, letters, emails, call scripts and a calendar",
  details: [
    "INPUT is an interview (.json, .yaml or .yml; start from `afterview init`), or a plan.json with its",
    "history, or a kit's folder.",
    "Writes one folder: START-HERE.txt, plan.json (for `afterview event`), plan.md, plan.ics, and for",
    "each step that needs words a draft: .eml for emails, .pdf/.docx (and an envelope) for letters,",
    ".txt/.md for everything. plan.md and START-HERE.txt link each step to Google Calendar and Outlook,",
    "and each email to your mail app (mailto:). The folder appears whole or not at all.",
    "From an interview, the folder must be new or empty: a kit already there holds what happened since,",
    "so it is refused. From a plan, a kit already there is brought up to date: a file you changed is",
    "kept, and the new version is written beside it (name.new.txt).",
    "",
    "PDFs are drawn in DejaVu Sans (Latin, Greek, Cyrillic). For a character it lacks (山, 김, ก) the",
    "--font files are tried in order, then a font of this machine found with fontconfig (fc-match).",
    "A PDF that still cannot be made, or that holds right-to-left text (Arabic, Hebrew), is left out",
    "with one line on stderr naming the file, the character and the fix; the rest of the kit is",
    "written and the exit code is 3.",
  ],
  options: [
    { flags: "--now <iso>", description: "Plan as of this instant (default: the clock)" },
    {
      flags: "--out <dir>",
      description: "The folder to write (default: the plan's own kit, else afterview-<interview id>)",
    },
    { flags: "--formats <list>", description: `Comma-separated, any of ${KIT_FORMATS.join(",")} (default: all)` },
    { flags: "--tone <tone>", description: `${KIT_TONES.join(" | ")} (default: each template's own)` },
    {
      flags: "--locale <locale>",
      description: `${KIT_LOCALES.join(" | ")} (default: the interview's language, else English by the candidate's country)`,
    },
    { flags: "--font <file>", description: "A .ttf/.otf/.ttc font for characters DejaVu Sans lacks (repeatable)" },
    {
      flags: "--interview <file>",
      description: "From a plan: the interview it was made from (default: the kit's copy)",
    },
  ],
  examples: [
    "afterview kit interview.yaml",
    "afterview kit interview.json --out kit --formats pdf,eml,ics --tone formal",
    "afterview kit interview.json --now 2026-11-24T18:00:00-05:00 --locale en-GB",
    "afterview kit interview.yaml --font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "afterview kit kit/plan.json",
  ],
  async run([given = ""], options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const formatsOption = stringOption(options, "formats");
    const common = {
      now,
      formats: formatsOption === undefined ? undefined : parseFormats(formatsOption),
      tone: stringOption(options, "tone"),
      locale: stringOption(options, "locale"),
      fonts: stringListOption(options, "font"),
    };
    const out = stringOption(options, "out");
    const interviewFile = stringOption(options, "interview");
    if (!(await isPlanInput(given, term.cwd))) {
      if (interviewFile !== undefined) {
        throw new CliError(`--interview: only with a plan; ${given} is the interview itself`);
      }
      const input = await loadInterview(given, term.cwd);
      const folder = out ?? (await defaultFolder(input.id));
      await refuseExistingKit(folder, term.cwd);
      const plan = planInterview(input, given, now);
      const request: KitRequest = { ...common, source: given, input, plan, out: folder };
      return finish(request, await render(request, term), term);
    }

    const place = await locatePlan(given, term.cwd);
    const plan = await loadPlan(place.planFile, term.cwd);
    const folder = out ?? place.kit?.label ?? (await defaultFolder(plan.interviewId));
    const target = await readManifest(resolve(term.cwd, folder), folder);
    const earlier = target ? await checkTarget(folder, target, plan, term.cwd) : undefined;
    const interview = await loadKitInterview(
      place.kit ?? (target ? { label: folder, manifest: target } : undefined),
      interviewFile,
      plan,
      term.cwd,
    );
    const request: KitRequest = {
      ...common,
      source: interview.source,
      input: interview.input,
      plan,
      out: folder,
      previous: target ? { manifest: target, plan: earlier } : undefined,
    };
    return finish(request, await render(request, term), term);
  },
};

/** Loads the kit writer on demand (templates, the PDF and Word renderers, transliteration tables): see make-kit.ts. */
async function render(request: KitRequest, term: Terminal): Promise<KitReport> {
  const { makeKit } = await import("../kit/make-kit.js");
  return makeKit(request, term);
}

/** Prints what was written, what to do first and where to read on; the skipped files last, on stderr. */
function finish(request: KitRequest, report: KitReport, term: Terminal): ExitCode {
  for (const line of report.lines) term.out(line);
  term.out("");
  for (const line of report.steps) term.out(line);
  term.out("");
  term.out(
    `Read ${request.out}/START-HERE.txt for the rest; as things happen: afterview event ${request.out} <what happened>`,
  );
  // Last, so that they are what the terminal shows at the end.
  for (const line of report.skipped) term.err(line);
  return report.code;
}

/** `afterview-<interview id>`, in file-name-safe ASCII (any-ascii is loaded only for the kit). */
async function defaultFolder(interviewId: string): Promise<string> {
  const { slug } = await import("../kit/file-names.js");
  return `afterview-${slug(interviewId) || "kit"}`;
}

/** True when the input is a plan or a folder (a kit), not an interview. */
async function isPlanInput(given: string, cwd: string): Promise<boolean> {
  const isFolder = await stat(resolve(cwd, given)).then(
    (found) => found.isDirectory(),
    () => false,
  );
  if (isFolder) return true;
  // Read twice when it is a plan (here and by loadPlan): a few KB, and the errors stay in one place.
  return looksLikePlan(await readInput(given, cwd));
}

/**
 * Making a kit from the interview again would start its plan over and lose every event since: a
 * kit already in the folder is refused, with how to bring it up to date or start over.
 */
async function refuseExistingKit(folder: string, cwd: string): Promise<void> {
  const manifest = await readManifest(resolve(cwd, folder), folder).catch(() => undefined);
  if (!manifest) return;
  const events = await historyLength(resolve(cwd, folder, "plan.json"));
  const held = events > 0 ? ` (its plan has ${events} event${events === 1 ? "" : "s"} since the interview)` : "";
  throw new CliError(
    `${folder}: already holds a kit${held}; to bring it up to date, run afterview kit ${join(folder, "plan.json")}; to start over, remove ${folder} or choose another --out`,
  );
}

/**
 * A kit the new one would replace must be this plan's, at an earlier point: same interview, and no
 * event in its history that the plan lacks (writing would lose it). Returns the kit's plan.
 */
async function checkTarget(folder: string, target: StoredManifest, plan: Plan, cwd: string): Promise<Plan | undefined> {
  if (target.interviewId !== plan.interviewId) {
    throw new CliError(
      `${folder}: holds the kit of another interview ("${target.interviewId}"); choose another --out for "${plan.interviewId}"`,
    );
  }
  let earlier: Plan | undefined;
  try {
    earlier = await loadPlan(join(folder, "plan.json"), cwd);
  } catch {
    return undefined;
  }
  const ids = new Set(plan.history.map((event) => event.id));
  const lost = earlier.history.filter((event) => !ids.has(event.id));
  if (lost.length > 0) {
    throw new CliError(
      `${folder}: its plan holds ${lost.length} event${lost.length === 1 ? "" : "s"} this plan lacks ("${lost[0]?.id}"); run afterview kit ${join(folder, "plan.json")} to bring that kit up to date, or choose another --out`,
    );
  }
  return earlier;
}

async function historyLength(file: string): Promise<number> {
  try {
    const data = JSON.parse(await readFile(file, "utf8")) as { history?: unknown };
    return Array.isArray(data.history) ? data.history.length : 0;
  } catch {
    return 0;
  }
}
