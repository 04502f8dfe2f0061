import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createPlan, parseInterviewInput, parsePlan } from "@afterview/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const write = (name: string, text: string) => writeFileSync(join(box.dir, name), text);
const lines = (text: string) => text.split("\n").filter(Boolean);

describe("afterview plan", () => {
  it("asks first for the date heard when the employer's words name a time it cannot read", async () => {
    write("unread.json", JSON.stringify({ ...sample, statedTimeline: "after the board meets in the spring term" }));
    const { code, stdout } = await box.run(["plan", "unread.json"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Decision expected Wed 2026-11-25 to Wed 2026-12-02 (they said "after the board meets in the spring term"; give it as a date, until then the usual wait)',
    );
    expect(stdout).toMatch(/^ 1\. .* Give the decision date you heard {2}← first$/m);
  });

  it("prints the sample's timeline in plain text when stdout is not a TTY", async () => {
    const { code, stdout, stderr } = await box.run(["plan", "sample.json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).not.toContain("\u001b[");
    expect(lines(stdout)[0]).toBe("Senior Data Engineer at Acme Corp (waiting for their decision)");
    expect(stdout).toContain(
      'Decision expected Wed 2026-11-25 to Mon 2026-11-30 (they said "within two or three days")',
    );
    expect(stdout).toMatch(
      /^ 1\. Tue 2026-11-24 14:30 → .* Confirm names and addresses with Priya Raman by phone {2}← first$/m,
    );
    expect(stdout).toContain("Follow up with Priya Raman by phone");
    expect(stdout).toContain("[E-FU-STATED]");
  });

  it("lists every action of the plan, numbered in plan order", async () => {
    const plan = createPlan(parseInterviewInput(sample), { now: SAMPLE_END });
    const { stdout } = await box.run(["plan", "sample.json"]);
    const numbered = lines(stdout).filter((line) => /^ {1,2}\d+\. /.test(line));
    expect(numbered).toHaveLength(plan.actions.length);
  });

  it("--json prints the plan core makes, as JSON that parses back", async () => {
    const { code, stdout } = await box.run(["plan", "sample.json", "--json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(parsePlan(printed)).toEqual(printed);
    expect(printed).toEqual(createPlan(parseInterviewInput(sample), { now: SAMPLE_END }));
  });

  it("--now overrides the clock", async () => {
    const late = "2027-03-01T10:00:00-05:00";
    const { stdout } = await box.run(["plan", "sample.json", "--json", "--now", late]);
    expect(JSON.parse(stdout)).toEqual(createPlan(parseInterviewInput(sample), { now: late }));
  });

  it("the clock (io.now) is used when --now is absent", async () => {
    const now = "2026-12-20T09:00:00Z";
    const { stdout } = await box.run(["plan", "sample.json", "--json"], { now });
    expect(JSON.parse(stdout)).toEqual(createPlan(parseInterviewInput(sample), { now }));
  });

  it("reads the same interview from YAML (.yaml and .yml)", async () => {
    write("sample.yaml", stringify(sample));
    write("sample.yml", stringify(sample));
    const json = await box.run(["plan", "sample.json", "--json"]);
    for (const name of ["sample.yaml", "sample.yml"]) {
      const yaml = await box.run(["plan", name, "--json"]);
      expect(yaml.code).toBe(0);
      expect(yaml.stdout).toBe(json.stdout);
    }
  });

  it("shows a stored plan as it is (no re-planning)", async () => {
    const plan = createPlan(parseInterviewInput(sample), { now: SAMPLE_END });
    write("plan.json", JSON.stringify(plan));
    const { code, stdout } = await box.run(["plan", "plan.json", "--json"], { now: "2030-01-01T00:00:00Z" });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(plan);
  });
});

describe("afterview plan: bad files are one line naming the file and the field, exit 2", () => {
  const withZone = (zone: string) => JSON.stringify({ ...sample, candidate: { ...sample.candidate, timeZone: zone } });
  it.each([
    {
      name: "unknown zone",
      file: "bad-zone.json",
      text: withZone("America/New_Yrok"),
      line: 'afterview: bad-zone.json: candidate.timeZone: unknown time zone "America/New_Yrok" (use an IANA name such as "America/New_York")',
    },
    {
      name: "invalid JSON, with where",
      file: "broken.json",
      text: '{\n  "id": "x",\n  "role": \n}',
      line: /^afterview: broken\.json: not valid JSON( at line \d+, column \d+)?: /,
    },
    {
      name: "invalid JSON without a position from V8",
      file: "prose.json",
      text: "nope",
      line: "afterview: prose.json: not valid JSON: Unexpected token 'o'",
    },
    {
      name: "empty file",
      file: "empty.json",
      text: "  \n",
      line: "afterview: empty.json: the file is empty; expected a JSON object",
    },
    {
      name: "invalid YAML, with line and column",
      file: "broken.yaml",
      text: "id: x\nrole: [unclosed\ncompany: y\n",
      line: /^afterview: broken\.yaml: not valid YAML at line \d+, column \d+: /,
    },
    {
      name: "duplicate YAML key",
      file: "twice.yaml",
      text: "id: a\nid: b\n",
      line: /^afterview: twice\.yaml: not valid YAML at line 2, column 1: Map keys must be unique/,
    },
    {
      name: "a JSON array instead of an interview",
      file: "list.json",
      text: "[]",
      line: /^afterview: list\.json: /,
    },
    {
      name: "several problems: the first, then a count and paths",
      file: "many.json",
      text: JSON.stringify({ ...sample, role: "", interest: "maybe", format: "carrier pigeon" }),
      line: /^afterview: many\.json: role: .*\(and 2 more problems: (format, interest|interest, format)\)$/,
    },
  ])("$name", async ({ file, text, line }) => {
    write(file, text);
    const { code, stdout, stderr } = await box.run(["plan", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    if (typeof line === "string") expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
  });

  it("missing file: the path it looked for", async () => {
    const { code, stderr } = await box.run(["plan", "nowhere/interview.json"]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe(
      `afterview: nowhere/interview.json: no such file (looked for ${join(box.dir, "nowhere/interview.json")})`,
    );
  });

  it("a directory instead of a file", async () => {
    const { code, stderr } = await box.run(["plan", "."]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe("afterview: .: is a directory, not a file");
  });

  it("a bad --now is named as the option", async () => {
    const { code, stderr } = await box.run(["plan", "sample.json", "--now", "tomorrow"]);
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^afterview: --now: /);
  });
});

describe("afterview plan: past due", () => {
  it("marks pending actions whose window closed before now", async () => {
    const { stdout } = await box.run(["plan", "sample.json"], { now: "2026-11-25T12:00:00-06:00" });
    const plan = createPlan(parseInterviewInput(sample), { now: "2026-11-25T12:00:00-06:00" });
    const late = plan.actions.filter(
      (a) => a.due && Date.parse(a.due.end.replace(/\[.*\]$/, "")) < Date.UTC(2026, 10, 25, 18),
    );
    expect(late.length).toBeGreaterThan(0);
    expect(lines(stdout).filter((line) => line.includes("(past due)"))).toHaveLength(late.length);
  });

  it("marks nothing past due at the end of the interview", async () => {
    const { stdout } = await box.run(["plan", "sample.json"], { now: SAMPLE_END });
    expect(stdout).not.toContain("past due");
  });
});
