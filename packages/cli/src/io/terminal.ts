import { createInterface } from "node:readline/promises";
import { createColors } from "picocolors";

/**
 * A stream the CLI writes text to: `process.stdout`, or anything with a `write` method.
 *
 * @example
 * ```ts
 * let text = "";
 * const stdout: OutputStream = { write: (chunk) => (text += chunk), isTTY: false };
 * await run(["schema", "offer"], { stdout, stderr: process.stderr });
 * JSON.parse(text).title;
 * //=> "afterview Offer"
 * ```
 */
export interface OutputStream {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
  /** True when the stream is a terminal; colour is used only then. */
  isTTY?: boolean;
}

/** A stream the CLI may read answers from: `process.stdin`, or any readable stream; `isTTY` says it is a terminal (questions are asked only then). */
export type InputStream = NodeJS.ReadableStream & { isTTY?: boolean };

/**
 * Where `run` reads and writes: the two output streams, the working directory, the clock and the
 * environment. Only `stdout` and `stderr` are required; the rest default to the process's own.
 *
 * @example
 * ```ts
 * const io: RunIo = {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: "/home/alex/job-search",
 *   now: "2026-11-24T18:00:00-05:00", // plan as of this instant instead of the clock
 *   env: { NO_COLOR: "1" },            // plain text even on a terminal
 * };
 * await run(["plan", "acme.yaml"], io);
 * //=> 0
 * ```
 */
export interface RunIo {
  /** Where results go (the timeline, JSON, the list of files written). */
  stdout: OutputStream;
  /** Where the one-line error goes. */
  stderr: OutputStream;
  /**
   * Where answers to questions come from (`afterview init` asks for the letters' language). The CLI
   * asks only when this and `stdout` are both terminals. Default: none, so nothing is asked.
   */
  stdin?: InputStream;
  /** Relative paths resolve against this directory. Default: `process.cwd()`. */
  cwd?: string;
  /**
   * The current time as an ISO 8601 instant with an offset, used when `--now` is not given.
   * Default: the system clock. (The CLI is an app, so it may read the clock; core never does.)
   */
  now?: string;
  /**
   * The environment, read for `NO_COLOR`, and given to the programs the CLI starts (`fc-match`,
   * which `afterview kit` asks for fonts; it is looked for on this environment's `PATH`).
   * Default: `process.env`.
   */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The colour functions a command uses; they return text unchanged when colour is off. */
export type Style = ReturnType<typeof createColors>;

/** What every command gets: line writers, colours for stdout, the working directory and the clock. */
export interface Terminal {
  /** Writes one line (a newline is added) to stdout. */
  out(line?: string): void;
  /** Writes one line to stderr. */
  err(line?: string): void;
  /** Writes text to stdout as is. */
  write(text: string): void;
  /** Colours for stdout: on only when stdout is a TTY and `NO_COLOR` is unset or empty. */
  style: Style;
  /** The working directory. */
  cwd: string;
  /** The current instant: `io.now`, else the clock. */
  now(): string;
  /** The environment: `io.env`, else the process's. Programs the CLI starts (fontconfig's) get it. */
  env: Readonly<Record<string, string | undefined>>;
  /** Asks a question on the terminal and returns the trimmed answer; `undefined` when there is no one to ask. */
  ask(question: string): Promise<string | undefined>;
}

/** Builds the {@link Terminal} for one run from the caller's {@link RunIo}. */
export function terminal(io: RunIo): Terminal {
  const env = io.env ?? process.env;
  const color = io.stdout.isTTY === true && !env.NO_COLOR;
  return {
    out: (line = "") => void io.stdout.write(`${line}\n`),
    err: (line = "") => void io.stderr.write(`${line}\n`),
    write: (text) => void io.stdout.write(text),
    style: createColors(color),
    cwd: io.cwd ?? process.cwd(),
    now: () => io.now ?? new Date().toISOString(),
    env,
    ask: async (question) => {
      const input = io.stdin;
      if (input?.isTTY !== true || io.stdout.isTTY !== true) return undefined;
      const lines = createInterface({ input, output: io.stdout as NodeJS.WritableStream, terminal: false });
      // An input that ends before a line is typed (Ctrl-D) counts as no answer.
      const ended = new Promise<undefined>((done) => lines.once("close", () => done(undefined)));
      try {
        const answer = await Promise.race([lines.question(question), ended]);
        return answer?.trim();
      } finally {
        lines.close();
      }
    },
  };
}
