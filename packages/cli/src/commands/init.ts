import { extname, resolve } from "node:path";
import { parse } from "yaml";
import { CliError } from "../errors/cli-error.js";
import { describeWriteError } from "../errors/describe-error.js";
import { sampleInterviewYaml } from "../init/sample-interview.js";
import { stringOption } from "../inputs/options.js";
import { isYaml } from "../io/read-input.js";
import type { Terminal } from "../io/terminal.js";
import { writeFileAtomic } from "../io/write-file.js";
import type { CommandSpec } from "./command-spec.js";

const LANGUAGE_HINT = "en, de-DE, de-AT, de-CH, fr-FR, fr-CA, es-ES, es-MX";

/** The language from `--language`, else the answer on a terminal; `undefined` (English) when neither gives one. */
async function chooseLanguage(given: string | undefined, term: Terminal): Promise<string | undefined> {
  const answer =
    given ?? (await term.ask(`Which language will you write to the employer in? (${LANGUAGE_HINT}) [en]: `));
  if (answer === undefined || answer === "" || answer.toLowerCase() === "en") return undefined;
  try {
    Intl.getCanonicalLocales(answer);
  } catch {
    throw new CliError(`--language: ${JSON.stringify(answer)} is not a language tag; use one of ${LANGUAGE_HINT}`);
  }
  return answer;
}

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
    "On a terminal it asks which language you will write to the employer in, unless --language says.",
  ],
  options: [
    { flags: "--force", description: "Overwrite FILE if it exists" },
    {
      flags: "--language <tag>",
      description: `The letters' language: ${LANGUAGE_HINT} (default: asked on a terminal, else English)`,
    },
  ],
  examples: ["afterview init", "afterview init acme.yaml && $EDITOR acme.yaml", "afterview init --language de-DE"],
  async run([file = "interview.yaml"], options, term) {
    const yaml = isYaml(file);
    if (!yaml && extname(file).toLowerCase() !== ".json") {
      throw new CliError(`${file}: name the file .yaml or .yml (commented) or .json`);
    }
    const language = await chooseLanguage(stringOption(options, "language"), term);
    const sample = sampleInterviewYaml(language);
    const text = yaml ? sample : `${JSON.stringify(parse(sample), null, 2)}\n`;
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
