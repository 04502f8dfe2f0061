import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseInterviewInput } from "@afterview/core";
import { interviewInputJsonSchema } from "@afterview/core/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SAMPLE_INTERVIEW_YAML } from "../init/sample-interview.js";
import { type Sandbox, sandbox } from "../testing/memory-io.js";

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe("afterview init", () => {
  it("writes interview.yaml: commented, and it validates as it stands", async () => {
    const { code, stdout } = await box.run(["init"]);
    expect(code).toBe(0);
    const text = readFileSync(join(box.dir, "interview.yaml"), "utf8");
    expect(text).toBe(SAMPLE_INTERVIEW_YAML);
    expect(text.split("\n").filter((line) => line.includes("#")).length).toBeGreaterThan(20);
    expect(() => parseInterviewInput(parse(text))).not.toThrow();
    expect(stdout).toContain("afterview kit interview.yaml");
  });

  it("every top-level field of the interview schema is in the sample, so a person sees them all", () => {
    const data = parse(SAMPLE_INTERVIEW_YAML);
    const fields = Object.keys((interviewInputJsonSchema() as { properties: object }).properties);
    expect(Object.keys(data).sort()).toEqual(fields.sort());
    expect(Object.keys(parseInterviewInput(data)).sort()).toEqual(fields.sort());
    expect(typeof data.company.address.postalCode).toBe("string");
  });

  it("the written file plans at once: `afterview plan` on it exits 0", async () => {
    await box.run(["init", "mine.yml"]);
    const { code, stdout } = await box.run(["plan", "mine.yml"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Senior Data Engineer at Acme Corp");
  });

  it("never overwrites an existing file without --force", async () => {
    writeFileSync(join(box.dir, "interview.yaml"), "mine: true\n");
    const refused = await box.run(["init"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd()).toBe(
      "afterview: interview.yaml: already exists; pass --force to overwrite it, or name another file",
    );
    expect(readFileSync(join(box.dir, "interview.yaml"), "utf8")).toBe("mine: true\n");
    const forced = await box.run(["init", "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(box.dir, "interview.yaml"), "utf8")).toBe(SAMPLE_INTERVIEW_YAML);
    expect(readdirSync(box.dir).sort()).toEqual(["interview.yaml", "sample.json"]);
  });

  it("a .json name gets the same sample as JSON, which validates", async () => {
    const { code, stdout } = await box.run(["init", "interview.json"]);
    expect(code).toBe(0);
    const data = JSON.parse(readFileSync(join(box.dir, "interview.json"), "utf8"));
    expect(data).toEqual(parse(SAMPLE_INTERVIEW_YAML));
    expect(() => parseInterviewInput(data)).not.toThrow();
    expect(stdout).toContain("afterview init interview.yaml");
  });

  it.each(["interview.txt", "interview"])("refuses %s: not .yaml, .yml or .json", async (name) => {
    const { code, stderr } = await box.run(["init", name]);
    expect(code).toBe(2);
    expect(stderr).toBe(`afterview: ${name}: name the file .yaml or .yml (commented) or .json\n`);
    expect(existsSync(join(box.dir, name))).toBe(false);
  });
});

describe("afterview init: where the file cannot be written", () => {
  it("a folder that does not exist: exit 2 naming the file", async () => {
    const { code, stderr } = await box.run(["init", "drafts/interview.yaml"]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe("afterview: drafts/interview.yaml: cannot write there: the folder does not exist");
  });

  describe("the letters' language", () => {
    const typed = (answer: string) => Object.assign(Readable.from([answer]), { isTTY: true });
    const languageOf = () => parse(readFileSync(join(box.dir, "interview.yaml"), "utf8")).language;

    it("--language writes it into the sample, which still validates", async () => {
      expect((await box.run(["init", "--language", "fr-CA"])).code).toBe(0);
      expect(languageOf()).toBe("fr-CA");
      expect(parseInterviewInput(parse(readFileSync(join(box.dir, "interview.yaml"), "utf8"))).language).toBe("fr-CA");
    });

    it("on a terminal it asks, and the answer goes in", async () => {
      const { code, stdout } = await box.run(["init"], { tty: true, stdin: typed("de-AT\n") });
      expect(code).toBe(0);
      expect(stdout).toContain("Which language will you write to the employer in?");
      expect(languageOf()).toBe("de-AT");
    });

    it("an empty answer, or no terminal, keeps English", async () => {
      await box.run(["init"], { tty: true, stdin: typed("\n") });
      expect(languageOf()).toBe("en");
      const quiet = await box.run(["init", "--force"], { stdin: typed("es-MX\n") });
      expect(quiet.stdout).not.toContain("Which language");
      expect(languageOf()).toBe("en");
    });

    it("refuses what is not a language tag, naming the option", async () => {
      const { code, stderr } = await box.run(["init", "--language", "german!"]);
      expect(code).toBe(2);
      expect(stderr).toContain('--language: "german!" is not a language tag');
      expect(existsSync(join(box.dir, "interview.yaml"))).toBe(false);
    });
  });
});
