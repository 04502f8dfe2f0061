import type { CommandSpec } from "./commands/command-spec.js";
import type { Style } from "./io/terminal.js";

/** The global options every command accepts. */
export const GLOBAL_OPTIONS = [
  { flags: "-h, --help", description: "Show help (for a command: afterview <command> --help)" },
  { flags: "-v, --version", description: "Show the version" },
] as const;

/** `afterview --help`: what afterview is, the commands, where to start. */
export function programHelp(commands: readonly CommandSpec[], version: string, style: Style): string[] {
  const width = Math.max(...commands.map((command) => `${command.name} ${command.args}`.length));
  return [
    `${style.bold("afterview")} ${version}: plan the time after a job interview, and write the kit`,
    "",
    style.bold("Usage:"),
    "  $ afterview <command> [options]",
    "",
    style.bold("Commands:"),
    ...commands.map((command) => `  ${`${command.name} ${command.args}`.padEnd(width)}  ${command.summary}`),
    "",
    style.bold("Options:"),
    ...optionLines(GLOBAL_OPTIONS),
    "",
    style.bold("Start here:"),
    "  $ afterview init            write interview.yaml, a sample to fill in",
    "  $ afterview kit interview.yaml",
    "",
    "Exit codes: 0 done, 1 failed (not your input), 2 a file or option to fix (nothing written),",
    "3 kit written without some files (stderr names each, why, and the fix, e.g. --font).",
    "3 board shown and written without some plans (stderr names each file and the fix).",
  ];
}

/** `afterview <command> --help`. */
export function commandHelp(command: CommandSpec, style: Style): string[] {
  const lines = [
    `${style.bold(`afterview ${command.name}`)}: ${command.summary}`,
    "",
    style.bold("Usage:"),
    `  $ afterview ${command.name} ${command.args}${command.options.length > 0 ? " [options]" : ""}`,
  ];
  if (command.details.length > 0) lines.push("", ...command.details.map((line) => `  ${line}`));
  lines.push("", style.bold("Options:"), ...optionLines([...command.options, GLOBAL_OPTIONS[0]]));
  if (command.examples.length > 0) {
    lines.push("", style.bold("Examples:"), ...command.examples.map((example) => `  $ ${example}`));
  }
  return lines;
}

function optionLines(options: readonly { flags: string; description: string }[]): string[] {
  const width = Math.max(...options.map((option) => option.flags.length));
  return options.map((option) => `  ${option.flags.padEnd(width)}  ${option.description}`);
}
