import { AfterviewError, AfterviewValidationError } from "@afterview/core";
import { CliError, EXIT } from "./cli-error.js";

/** How many further issue paths the one line names after the first issue. */
const MORE_PATHS = 3;

/**
 * Turns an error from core (or any error) about one input file into a {@link CliError} whose
 * message is ONE line: the file, the field's dotted path, and core's wording (which says what to
 * use instead). Further issues are counted and their paths listed, so the line stays short.
 *
 * @param label The file as the user named it (`interview.json`), or an option (`--now`).
 */
export function describeInputError(label: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof AfterviewValidationError) {
    const [first, ...rest] = error.issues;
    const field = first?.path ? `${first.path}: ` : "";
    const head = `${label}: ${field}${oneLine(first?.message ?? error.message)}`;
    if (rest.length === 0) return new CliError(head, EXIT.badInput, { cause: error });
    const paths = rest
      .slice(0, MORE_PATHS)
      .map((issue) => issue.path || "(the whole file)")
      .join(", ");
    const more = rest.length > MORE_PATHS ? `, …` : "";
    const noun = rest.length === 1 ? "problem" : "problems";
    return new CliError(`${head} (and ${rest.length} more ${noun}: ${paths}${more})`, EXIT.badInput, {
      cause: error,
    });
  }
  if (error instanceof AfterviewError) {
    return new CliError(`${label}: ${oneLine(error.message)}`, EXIT.badInput, { cause: error });
  }
  return new CliError(`${label}: ${oneLine(error instanceof Error ? error.message : String(error))}`, EXIT.failed, {
    cause: error,
  });
}

/** Collapses line breaks and runs of spaces so a message fits on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A failure to write `label` (a path the user chose) as a one-line {@link CliError}: a missing
 * folder, a folder where a file should go, or no permission are the user's to fix (exit 2); any
 * other failure (a full disk) is exit 1.
 */
export function describeWriteError(label: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: "cannot write there: the folder does not exist",
    ENOTDIR: "cannot write there: part of the path is a file, not a folder",
    EISDIR: "cannot write there: it is a folder",
    EACCES: "cannot write there: permission denied",
    EPERM: "cannot write there: permission denied",
    EROFS: "cannot write there: the file system is read-only",
  };
  // `mkdir -p` over a file reports EEXIST: a file stands where a folder should.
  const mkdirOverFile = code === "EEXIST" && (error as NodeJS.ErrnoException).syscall === "mkdir";
  const reason = mkdirOverFile ? reasons.ENOTDIR : code === undefined ? undefined : reasons[code];
  if (reason) return new CliError(`${label}: ${reason}`, EXIT.badInput, { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`${label}: could not be written (${oneLine(message)})`, EXIT.failed, { cause: error });
}
