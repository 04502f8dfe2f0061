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
