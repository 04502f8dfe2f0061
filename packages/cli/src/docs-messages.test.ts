/**
 * The lines docs/cli.md quotes under "When something is wrong" and for `--out`, word for word,
 * through `run` (the command's public entry). If one of these changes, change the page too.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { SAMPLE_END, type Sandbox, sandbox } from "./testing/memory-io.js";

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const write = (name: string, text: string) => writeFileSync(join(box.dir, name), text);

describe("lines docs/cli.md quotes", () => {
  it("a misspelt time zone in a YAML file", async () => {
    const sample = JSON.parse(readFileSync(join(box.dir, "sample.json"), "utf8"));
    write("typo.yaml", stringify({ ...sample, candidate: { ...sample.candidate, timeZone: "America/Chicgo" } }));
    const { code, stderr } = await box.run(["kit", "typo.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'afterview: typo.yaml: candidate.timeZone: unknown time zone "America/Chicgo" (use an IANA name such as "America/New_York")\n',
    );
  });

  it("a file that is not JSON (a comma before the closing brace)", async () => {
    write("broken.json", '{ "role": "Senior Data Engineer",\n}\n');
    const { code, stderr } = await box.run(["plan", "broken.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "afterview: broken.json: not valid JSON at line 2, column 1: Expected double-quoted property name\n",
    );
  });

  it("a file that is not there", async () => {
    const { code, stderr } = await box.run(["plan", "nothere.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`afterview: nothere.yaml: no such file (looked for ${join(box.dir, "nothere.yaml")})\n`);
  });

  it("an --out folder that holds other files", async () => {
    mkdirSync(join(box.dir, "thesis"));
    write("thesis/chapter-1.tex", "\\section{One}");
    const { code, stderr } = await box.run(["kit", "sample.json", "--out", "thesis", "--now", SAMPLE_END]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "afterview: thesis: the folder exists and holds other files (no kit.json, so it is not a kit to replace); choose another --out or empty it\n",
    );
  });
});
