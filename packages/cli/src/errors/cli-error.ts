/**
 * Exit codes of the `afterview` command.
 *
 * - `ok` (0): done.
 * - `failed` (1): something went wrong that is not the caller's input (a disk full, a renderer bug).
 * - `badInput` (2): a file that cannot be read or does not validate, or a wrong command line.
 *   Nothing is written.
 * - `incomplete` (3): the kit was written, but without some files (a PDF with a character no font
 *   has), or the board was shown and written without some plans (one that cannot be read): one line
 *   on stderr names each, with the reason and the fix. Everything else is there.
 *
 * @example
 * ```ts
 * const code = await run(["plan", "interview.json"], { stdout: process.stdout, stderr: process.stderr });
 * if (code === EXIT.badInput) console.error("fix the file named above");
 * EXIT.badInput;
 * //=> 2
 * ```
 */
export const EXIT = { ok: 0, failed: 1, badInput: 2, incomplete: 3 } as const;

/**
 * One of the {@link EXIT} codes: what {@link run} resolves to.
 *
 * @example
 * ```ts
 * const code: ExitCode = await run(["--version"], { stdout: process.stdout, stderr: process.stderr });
 * //=> 0
 * ```
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the CLI reports as one line on stderr, with its exit code. Commands throw it; `run`
 * prints `afterview: <message>` and returns `exitCode`.
 */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = EXIT.badInput, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = exitCode;
  }
}
