import { join, resolve } from "node:path";
import { makeBoard, type PlanFile } from "../board/board.js";
import { type BoardProblem, findPlans } from "../board/find-plans.js";
import { formatBoard } from "../board/format-board.js";
import { CliError, EXIT } from "../errors/cli-error.js";
import { describeWriteError } from "../errors/describe-error.js";
import { loadPlan } from "../inputs/load.js";
import { stringOption } from "../inputs/options.js";
import { writeFileAtomic } from "../io/write-file.js";
import type { CommandSpec } from "./command-spec.js";

/** The merged calendar's name, written into the first folder unless `--out` says otherwise. */
export const BOARD_CALENDAR = "board.ics";

/** `afterview board [folder…]`: every kit and plan below the folders, in one view and one calendar. */
export const boardCommand: CommandSpec = {
  name: "board",
  args: "[...folders]",
  summary: "Show every kit and plan below the folders as one timeline, with conflicts, and one calendar",
  details: [
    "FOLDERS (default: this one) are searched for plan.json files, in kits or not, up to five folders",
    "deep (hidden folders and node_modules are skipped); a file given instead is read as a plan.",
    "Prints where each interview stands, every step still to do across them soonest first (each named",
    "by its company, past-due steps marked), and the conflicts: calls to two employers in the same",
    "hours, and an offer deadline before another employer expects to decide, with what to tell them.",
    "Writes board.ics, one calendar of every plan, into the first folder (or --out);",
    "its events have the same UIDs as each kit's plan.ics, so having both in a calendar adds no copies.",
    "A plan that cannot be read is left out with one line on stderr naming the file and the fix;",
    "the rest of the board is shown and written, and the exit code is 3.",
  ],
  options: [
    { flags: "--now <iso>", description: "As of this instant, e.g. 2026-11-27T12:00:00-06:00 (default: the clock)" },
    { flags: "--out <file>", description: `Write the calendar here (default: ${BOARD_CALENDAR} in the first folder)` },
    { flags: "--json", description: "Print the board as JSON, for apps (the calendar is still written)" },
  ],
  examples: [
    "afterview board",
    "afterview board acme-kit globex-kit initech-kit --now 2026-11-27T12:00:00-06:00",
    "afterview board ~/job-search --out ~/calendars/job-search.ics --json",
  ],
  async run(args, options, term) {
    const now = stringOption(options, "now") ?? term.now();
    const given = variadic(args);
    const found = await findPlans(given, term.cwd);
    const problems: BoardProblem[] = [...found.problems];
    const files: PlanFile[] = [];
    for (const { file } of found.plans) {
      try {
        files.push({ file, plan: await loadPlan(file, term.cwd) });
      } catch (error) {
        if (!(error instanceof CliError) || error.exitCode !== EXIT.badInput) throw error;
        problems.push({
          file,
          message: error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message,
        });
      }
    }
    const unique = dropCopies(files, problems);
    const where = given.join(", ");
    if (unique.length === 0) {
      // Nothing to show: one line, as for any failure, naming the first problem and counting the rest.
      const [first, ...rest] = problems;
      if (!first) {
        throw new CliError(
          `${where}: no plan.json below; make a kit with \`afterview kit <interview>\`, or give the folders that hold your kits`,
        );
      }
      const more = rest.length === 0 ? "" : ` (and ${rest.length} more: ${rest.map((p) => p.file).join(", ")})`;
      throw new CliError(
        `${where}: no plan could be read, so nothing was written; ${first.file}: ${first.message}${more}`,
      );
    }

    const out = stringOption(options, "out") ?? join(found.home, BOARD_CALENDAR);
    const { board, plans } = makeBoard(unique, now, { problems, calendar: out });
    // Loaded on demand, as `kit` does: the other commands start without the renderers.
    const { renderIcs } = await import("@afterview/renderers");
    try {
      await writeFileAtomic(resolve(term.cwd, out), renderIcs(plans, { feed: true }));
    } catch (error) {
      throw describeWriteError(out, error);
    }

    if (options.json) term.out(JSON.stringify(board, null, 2));
    else {
      const zones = [...new Set(plans.map((plan) => plan.context.candidate.timeZone))];
      for (const line of formatBoard(board, term.style, zones)) term.out(line);
      term.out("");
      const events = plans.reduce((sum, plan) => sum + plan.actions.filter((action) => action.due).length, 0);
      term.out(`Wrote ${out} (${plural(events, "event")} from ${plural(plans.length, "plan")})`);
    }
    for (const problem of problems) term.err(problemLine(problem));
    return problems.length > 0 ? EXIT.incomplete : undefined;
  },
};

/** `afterview: skipped kits/acme/plan.json: not valid JSON at line 2, column 1: …`. */
function problemLine(problem: BoardProblem): string {
  return `afterview: skipped ${problem.file}: ${problem.message}`;
}

/**
 * Keeps one plan per interview: two files with the same `interviewId` (a kit and a copy of it) would
 * give the calendar two events with one UID. The one with more events in its history (the more
 * up to date) stays, else the first found; the other is reported.
 */
function dropCopies(files: readonly PlanFile[], problems: BoardProblem[]): PlanFile[] {
  const kept = new Map<string, PlanFile>();
  for (const entry of files) {
    const other = kept.get(entry.plan.interviewId);
    if (!other) {
      kept.set(entry.plan.interviewId, entry);
      continue;
    }
    const [keep, drop] = entry.plan.history.length > other.plan.history.length ? [entry, other] : [other, entry];
    kept.set(entry.plan.interviewId, keep);
    problems.push({
      file: drop.file,
      message: `the same interview ("${entry.plan.interviewId}") as ${keep.file}, which is shown instead (it has ${keep.plan.history.length === drop.plan.history.length ? "as many" : "more"} events); remove the copy you no longer use`,
    });
  }
  return files.filter((entry) => kept.get(entry.plan.interviewId) === entry);
}

/**
 * The folders as cac gives a variadic argument (one array in the first place), or `["."]` for none.
 */
function variadic(args: readonly unknown[]): string[] {
  const list = args.flat().filter((arg): arg is string | number => typeof arg === "string" || typeof arg === "number");
  return list.length > 0 ? list.map(String) : ["."];
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
