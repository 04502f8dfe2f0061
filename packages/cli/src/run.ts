import { cac } from "cac";
import manifest from "../package.json" with { type: "json" };
import { boardCommand } from "./commands/board.js";
import type { CommandSpec } from "./commands/command-spec.js";
import { compareCommand } from "./commands/compare.js";
import { eventCommand } from "./commands/event.js";
import { initCommand } from "./commands/init.js";
import { kitCommand } from "./commands/kit.js";
import { negotiateCommand } from "./commands/negotiate.js";
import { planCommand } from "./commands/plan.js";
import { schemaCommand } from "./commands/schema.js";
import { CliError, EXIT, type ExitCode } from "./errors/cli-error.js";
import { oneLine } from "./errors/describe-error.js";
import { commandHelp, GLOBAL_OPTIONS, programHelp } from "./help.js";
import { type RunIo, type Terminal, terminal } from "./io/terminal.js";

/** Every command, in the order `--help` lists them. */
const COMMANDS: readonly CommandSpec[] = [
  initCommand,
  kitCommand,
  planCommand,
  eventCommand,
  boardCommand,
  negotiateCommand,
  compareCommand,
  schemaCommand,
];

/**
 * Runs the `afterview` command line with `argv` (the arguments after the program name) and
 * resolves to its exit code: 0 done, 1 failed for a reason that is not the input, 2 a file or an
 * option to fix (nothing written), 3 a kit written without some files, or a board without some
 * plans (stderr says which, why and the fix). It never calls `process.exit` and writes only to
 * `io.stdout` and `io.stderr`, so apps and tests can run it in-process. A failure is ONE line on
 * stderr naming the file, the field and the fix.
 *
 * @param argv The arguments, e.g. `process.argv.slice(2)`.
 * @param io Where to write, plus optional `cwd`, `now` (instead of the clock) and `env`.
 * @returns The exit code.
 * @example
 * ```ts
 * import { run } from "@afterview/cli";
 *
 * const code = await run(["plan", "interview.json", "--now", "2026-11-24T18:00:00-05:00"], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * });
 * //=> 0 (and the timeline on stdout)
 * await run(["plan", "missing.json"], { stdout: process.stdout, stderr: process.stderr });
 * //=> 2 (stderr: "afterview: missing.json: no such file (looked for /home/alex/missing.json)")
 * ```
 */
export async function run(argv: readonly string[], io: RunIo): Promise<ExitCode> {
  const term = terminal(io);
  try {
    return await dispatch(argv, term);
  } catch (error) {
    return report(error, term);
  }
}

async function dispatch(argv: readonly string[], term: Terminal): Promise<ExitCode> {
  const cli = cac("afterview");
  for (const option of GLOBAL_OPTIONS) cli.option(option.flags, option.description);
  const actions = new Map<string, CommandSpec>();
  for (const spec of COMMANDS) {
    const command = cli.command(`${spec.name} ${spec.args}`, spec.summary);
    for (const option of spec.options) command.option(option.flags, option.description);
    command.action((...params: unknown[]) => {
      const options = params.pop() as Record<string, unknown>;
      return spec.run(params as (string | undefined)[], options, term);
    });
    actions.set(spec.name, spec);
  }

  cli.parse(["node", "afterview", ...argv], { run: false });
  const matched = cli.matchedCommand ? actions.get(cli.matchedCommand.name) : undefined;
  if (cli.options.version && !matched) {
    term.out(manifest.version);
    return EXIT.ok;
  }
  if (cli.options.help) {
    for (const line of matched
      ? commandHelp(matched, term.style)
      : programHelp(COMMANDS, manifest.version, term.style)) {
      term.out(line);
    }
    return EXIT.ok;
  }
  if (!matched) {
    const word = cli.args[0];
    if (word === undefined) {
      for (const line of programHelp(COMMANDS, manifest.version, term.style)) term.out(line);
      return EXIT.ok;
    }
    const names = COMMANDS.map((command) => command.name).join(", ");
    throw new CliError(`unknown command "${word}"; the commands are ${names} (afterview --help)`);
  }
  try {
    return ((await cli.runMatchedCommand()) as ExitCode | undefined) ?? EXIT.ok;
  } catch (error) {
    // cac's own errors (unknown option, missing argument) are usage errors: the command line to fix.
    if (error instanceof Error && error.name === "CACError") {
      throw new CliError(`${oneLine(error.message)} (see afterview ${matched.name} --help)`, EXIT.badInput);
    }
    throw error;
  }
}

function report(error: unknown, term: Terminal): ExitCode {
  if (error instanceof CliError) {
    term.err(`afterview: ${oneLine(error.message)}`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === "CACError") {
    term.err(`afterview: ${oneLine(error.message)} (see afterview --help)`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  term.err(`afterview: failed: ${oneLine(message)}`);
  return EXIT.failed;
}
