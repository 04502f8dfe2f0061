import { resolve } from "node:path";
import { AfterviewError, type InterviewInput, type Plan } from "@afterview/core";
import { composePlan, LOCALES, TONES } from "@afterview/templates";
import { createColors } from "picocolors";
import { EXIT, type ExitCode } from "../errors/cli-error.js";
import { describeInputError, describeWriteError } from "../errors/describe-error.js";
import { findSystemFont, programRunner } from "../fonts/fontconfig.js";
import { PdfFonts } from "../fonts/pdf-fonts.js";
import { readFontOption } from "../fonts/read-font.js";
import { oneOf } from "../inputs/options.js";
import type { Terminal } from "../io/terminal.js";
import { writeDirectoryAtomic } from "../io/write-directory.js";
import { buildKit, KIT_MARKER } from "./build-kit.js";
import { slug } from "./file-names.js";
import type { KitFormat } from "./formats.js";
import { fileLines, firstSteps, startHereLines } from "./summary.js";

/** What `afterview kit` asks for, read and checked from the command line. */
export interface KitRequest {
  /** The interview file as the user named it (for messages). */
  file: string;
  input: InterviewInput;
  plan: Plan;
  now: string;
  /** The folder as the user named it; default `afterview-<interview id>`. */
  out: string | undefined;
  formats: ReadonlySet<KitFormat>;
  tone: string | undefined;
  locale: string | undefined;
  /** The `--font` files as the user named them, relative to the working directory. */
  fonts: readonly string[];
}

/**
 * Composes every draft of the plan, renders the kit, writes it as one folder, and prints what it
 * wrote and what to do first. Loaded on demand by the `kit` command: templates, the PDF and Word
 * renderers and any-ascii's tables are the heavy part of the CLI, and the other commands never
 * need them.
 *
 * @returns `EXIT.incomplete` when some files could not be made (each named on stderr with the
 *   reason and the fix; the rest of the kit is written), else `EXIT.ok`.
 */
export async function makeKit(request: KitRequest, term: Terminal): Promise<ExitCode> {
  const { file, input, plan, now, formats } = request;
  const out = request.out ?? `afterview-${slug(input.id) || "kit"}`;
  const tone = oneOf("tone", request.tone, TONES);
  const locale = oneOf("locale", request.locale, LOCALES);
  const given = await Promise.all(
    request.fonts.map(async (font) => ({ file: font, bytes: await readFontOption(font, term.cwd) })),
  );
  const run = programRunner(term.env);
  const pdfFonts = new PdfFonts(given, (codePoint) => findSystemFont(codePoint, run));
  const plain = createColors(false);
  try {
    const documents = composePlan(plan, input, { tone, locale });
    const kit = await buildKit({
      plan,
      documents,
      formats,
      now,
      pdfFonts,
      startHere: (parts) => startHereLines(plan, parts, plain),
    });
    const written = await writeDirectoryAtomic(resolve(term.cwd, out), kit.entries, {
      marker: KIT_MARKER,
      label: out,
    }).catch((error: unknown) => {
      // A file-system error is about --out; a renderer's own error is about the interview (below).
      throw isSystemError(error) ? describeWriteError(out, error) : error;
    });
    term.out(`Wrote ${term.style.bold(out)}/ (${written.length} files):`);
    for (const line of fileLines(kit)) term.out(line);
    for (const note of kit.notes) term.out(term.style.dim(`  note: ${note}`));
    for (const font of pdfFonts.system) {
      const which = font.index > 0 ? `font ${font.index} of ${font.file}` : font.file;
      term.out(term.style.dim(`  note: the PDFs use ${which} (found by fontconfig) for characters DejaVu Sans lacks`));
    }
    term.out("");
    for (const line of firstSteps(plan, kit, term.style)) term.out(line);
    term.out("");
    term.out(
      `Read ${out}/START-HERE.txt for the rest; as things happen: afterview event ${out}/plan.json <event.json>`,
    );
    // Last, so that they are what the terminal shows at the end.
    for (const skip of kit.skipped) term.err(`afterview: skipped ${out}/${skip.file}: ${skip.reason}`);
    return kit.skipped.length > 0 ? EXIT.incomplete : EXIT.ok;
  } catch (error) {
    // A template or renderer refusing this interview's data (a malformed field) is the file's to
    // fix; anything else is a failure of ours. (A PDF that cannot be drawn is skipped, above.)
    if (error instanceof AfterviewError) throw describeInputError(file, error);
    throw error;
  }
}

/** True for an error from the file system (it names the system call that failed). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
}
