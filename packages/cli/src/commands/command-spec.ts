import type { ExitCode } from "../errors/cli-error.js";
import type { Terminal } from "../io/terminal.js";

/** One option of a command, as cac registers it and as `--help` lists it. */
export interface OptionSpec {
  /** cac's raw name: `--now <iso>`, `--json`. */
  flags: string;
  /** One line for `--help`. */
  description: string;
}

/** One `afterview` command: what cac parses and what `--help` prints come from the same data. */
export interface CommandSpec {
  /** The command word: `kit`. */
  name: string;
  /** The positional arguments in cac's syntax: `<interview>`, `[file]`. */
  args: string;
  /** One line for the command list. */
  summary: string;
  /** Further lines for the command's own `--help`. */
  details: readonly string[];
  options: readonly OptionSpec[];
  /** Whole command lines, without the `$ `. */
  examples: readonly string[];
  /**
   * Runs the command; throws a CliError for anything the user must fix. Resolves to an exit code
   * when done with something less than everything (`afterview kit` without some files), else to nothing (0).
   */
  run(
    args: readonly (string | undefined)[],
    options: Readonly<Record<string, unknown>>,
    term: Terminal,
  ): Promise<ExitCode | undefined>;
}
