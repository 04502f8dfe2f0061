import { extname, resolve } from "node:path";
import { parse } from "yaml";
import { CliError } from "../errors/cli-error.js";
import { describeWriteError } from "../errors/describe-error.js";
import { SAMPLE_INTERVIEW_YAML } from "../init/sample-interview.js";
import { isYaml } from "../io/read-input.js";
import { writeFileAtomic } from "../io/write-file.js";
import type { CommandSpec } from "./command-spec.js";

/** `afterview init [file]`: a commented sample interview to fill in. */
export const initCommand: CommandSpec = {
  name: "init",
  args: "[file]",
  summary: "Write a commented sample interview file (YAML) to fill in",
  details: [
    "FILE defaults to interview.yaml; in a .yaml or .yml file comments explain each field.",
    "A .json file gets the same sample without the comments.",
    "The sample is valid as it stands, so `afterview kit` runs on it before you change anything.",
    "An existing file is never overwritten unless you pass --force.",
  ],
  options: [{ flags: "--force", description: "Overwrite FILE if it exists" }],
  examples: ["afterview init", "afterview init acme.yaml && $EDITOR acme.yaml"],
  async run([file = "interview.yaml"], options, term) {
    const yaml = isYaml(file);
    if (!yaml && extname(file).toLowerCase() !== ".json") {
      throw new CliError(`${file}: name the file .yaml or .yml (commented) or .json`);
    }
    const text = yaml ? SAMPLE_INTERVIEW_YAML : `${JSON.stringify(parse(SAMPLE_INTERVIEW_YAML), null, 2)}\n`;
    const path = resolve(term.cwd, file);
    try {
      await writeFileAtomic(path, text, { overwrite: options.force === true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        throw new CliError(`${file}: already exists; pass --force to overwrite it, or name another file`);
      }
      throw describeWriteError(file, error);
    }
    term.out(`Wrote ${file}. Fill it in, then run:`);
    if (!yaml) term.out("  (JSON has no comments: `afterview init interview.yaml` explains every field)");
    term.out(`  afterview plan ${file}`);
    term.out(`  afterview kit ${file}`);
  },
};
