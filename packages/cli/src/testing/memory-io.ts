import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RunIo } from "../io/terminal.js";
import { run } from "../run.js";

/** The bundled sample interview (examples/data/sample-interview.json). */
export const SAMPLE_INTERVIEW = fileURLToPath(
  new URL("../../../../examples/data/sample-interview.json", import.meta.url),
);

/** The sample's own end: planning "as the interview ends". */
export const SAMPLE_END = "2026-11-24T15:30:00-05:00[America/New_York]";

/**
 * The environment a sandbox runs the CLI in: no `NO_COLOR` (plain output unless a test asks for a
 * terminal), but the `PATH` and `HOME` of the test's own shell, so that the kit finds fontconfig and
 * its cache as the command would.
 */
export const SANDBOX_ENV: Readonly<Record<string, string | undefined>> = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
};

/** A stream that keeps what is written, optionally claiming to be a terminal. */
export interface MemoryStream {
  text: string;
  isTTY?: boolean;
  write(chunk: string): boolean;
}

function memoryStream(isTTY: boolean): MemoryStream {
  return {
    text: "",
    isTTY,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

/** A scratch folder with a copy of the sample interview in it; `cleanup()` removes it. */
export interface Sandbox {
  dir: string;
  /** Runs the CLI in the sandbox with a fixed clock; resolves to the exit code and the output. */
  run(
    argv: readonly string[],
    options?: { tty?: boolean; env?: RunIo["env"]; now?: string; stdin?: RunIo["stdin"] },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  cleanup(): void;
}

/** Makes a {@link Sandbox}: `sample.json` is a copy of the bundled sample interview. */
export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), "afterview-cli-"));
  copyFileSync(SAMPLE_INTERVIEW, join(dir, "sample.json"));
  return {
    dir,
    async run(argv, options = {}) {
      const stdout = memoryStream(options.tty ?? false);
      const stderr = memoryStream(false);
      const code = await run(argv, {
        stdout,
        stderr,
        cwd: dir,
        now: options.now ?? SAMPLE_END,
        env: options.env ?? SANDBOX_ENV,
        ...(options.stdin ? { stdin: options.stdin } : {}),
      });
      return { code, stdout: stdout.text, stderr: stderr.text };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
