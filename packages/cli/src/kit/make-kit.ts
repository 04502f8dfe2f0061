import { resolve } from "node:path";
import { AfterviewError, type InterviewInput, type Plan } from "@afterview/core";
import { composePlan, LOCALES, TONES } from "@afterview/templates";
import { createColors } from "picocolors";
import { describeInputError, describeWriteError } from "../errors/describe-error.js";
import { oneOf } from "../inputs/options.js";
import type { Terminal } from "../io/terminal.js";
import { writeDirectoryAtomic } from "../io/write-directory.js";
import { buildKit, KIT_MARKER } from "./build-kit.js";
import type { KitFormat } from "./formats.js";
import { fileLines, firstSteps, startHereLines } from "./summary.js";

/** What `afterview kit` asks for, read and checked from the command line. */
export interface KitRequest {
  /** The interview file as the user named it (for messages). */
  file: string;
  input: InterviewInput;
  plan: Plan;
  now: string;
  /** The folder as the user named it. */
  out: string;
  formats: ReadonlySet<KitFormat>;
  tone: string | undefined;
  locale: string | undefined;
}

/**
 * Composes every draft of the plan, renders the kit, writes it as one folder, and prints what it
 * wrote and what to do first. Loaded on demand by the `kit` command: templates and the PDF and
 * Word renderers are the heavy part of the CLI, and the other commands never need them.
 */
export async function makeKit(request: KitRequest, term: Terminal): Promise<void> {
  const { file, input, plan, now, out, formats } = request;
  const tone = oneOf("tone", request.tone, TONES);
  const locale = oneOf("locale", request.locale, LOCALES);
  const plain = createColors(false);
  try {
    const documents = composePlan(plan, input, { tone, locale });
    const kit = buildKit({ plan, documents, formats, now, startHere: (parts) => startHereLines(plan, parts, plain) });
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
    term.out("");
    for (const line of firstSteps(plan, kit, term.style)) term.out(line);
    term.out("");
    term.out(
      `Read ${out}/START-HERE.txt for the rest; as things happen: afterview event ${out}/plan.json <event.json>`,
    );
  } catch (error) {
    // A template or renderer refusing this interview's data (a character no font has) is the
    // file's to fix; anything else is a failure of ours.
    if (error instanceof AfterviewError) throw describeInputError(file, error);
    throw error;
  }
}

/** True for an error from the file system (it names the system call that failed). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === "string";
}
