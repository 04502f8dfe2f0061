import { resolve } from "node:path";
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
    "FILE defaults to interview.yaml and must end in .yaml or .yml: the comments explain each field.",
    "The sample is valid as it stands, so `afterview kit` runs on it before you change anything.",
    "An existing file is never overwritten unless you pass --force.",
  ],
  options: [{ flags: "--force", description: "Overwrite FILE if it exists" }],
  examples: ["afterview init", "afterview init acme.yaml && $EDITOR acme.yaml"],
  async run([file = "interview.yaml"], options, term) {
    if (!isYaml(file)) {
      throw new CliError(`${file}: init writes YAML (the comments are the point); name the file .yaml or .yml`);
    }
    const path = resolve(term.cwd, file);
    try {
      await writeFileAtomic(path, SAMPLE_INTERVIEW_YAML, { overwrite: options.force === true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        throw new CliError(`${file}: already exists; pass --force to overwrite it, or name another file`);
      }
      throw describeWriteError(file, error);
    }
    term.out(`Wrote ${file}. Fill it in, then run:`);
    term.out(`  afterview plan ${file}`);
    term.out(`  afterview kit ${file}`);
  },
};
