import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { CliError, EXIT } from "../errors/cli-error.js";
import { oneLine } from "../errors/describe-error.js";

/** The most bytes an input file may hold; interviews, plans, offers and events are a few KB. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * Reads a JSON or YAML file (YAML for `.yaml` and `.yml`, JSON otherwise) and returns its data,
 * untyped: the caller validates it with core. Every failure is a one-line {@link CliError} with
 * exit code 2 that names the file as the user wrote it.
 *
 * @param file The path as the user typed it; resolved against `cwd`.
 */
export async function readInput(file: string, cwd: string): Promise<unknown> {
  const text = await readText(file, cwd);
  return isYaml(file) ? parseYamlText(file, text) : parseJsonText(file, text);
}

/** True for a `.yaml` or `.yml` file name. */
export function isYaml(file: string): boolean {
  const ext = extname(file).toLowerCase();
  return ext === ".yaml" || ext === ".yml";
}

async function readText(file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`${file}: ${whyUnreadable(error, path)}`, EXIT.badInput, { cause: error });
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new CliError(`${file}: too large (${bytes.length} bytes; an input file holds at most ${MAX_INPUT_BYTES})`);
  }
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

function whyUnreadable(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `no such file (looked for ${path})`;
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return `cannot be read: permission denied (${path})`;
    default:
      return `cannot be read (${oneLine(error instanceof Error ? error.message : String(error))})`;
  }
}

function parseJsonText(file: string, text: string): unknown {
  if (text.trim() === "") throw new CliError(`${file}: the file is empty; expected a JSON object`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = oneLine(
      message.replace(/ in JSON at position \d+[\s\S]*$/, "").replace(/, "[\s\S]*" is not valid JSON$/, ""),
    );
    throw new CliError(`${file}: not valid JSON${jsonPosition(message, text)}: ${reason}`, EXIT.badInput, {
      cause: error,
    });
  }
}

/** ` at line 3, column 5` from the `position N` that V8 puts in most JSON syntax errors. */
function jsonPosition(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return "";
  const offset = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, offset).split("\n");
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function parseYamlText(file: string, text: string): unknown {
  if (text.trim() === "") throw new CliError(`${file}: the file is empty; expected a YAML mapping`);
  try {
    // `uniqueKeys` (on by default) refuses duplicated keys, which JSON.parse would silently merge.
    return parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? ` at line ${at.line}, column ${at.col}` : "";
      const reason = oneLine(error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, ""));
      throw new CliError(`${file}: not valid YAML${where}: ${reason}`, EXIT.badInput, { cause: error });
    }
    throw new CliError(`${file}: not valid YAML: ${oneLine(String(error))}`, EXIT.badInput, { cause: error });
  }
}
