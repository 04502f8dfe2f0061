import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createPlan, parseInterviewInput } from "@afterview/core";
import { LOCALES, TONES } from "@afterview/templates";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
const NOW = "2026-11-24T17:00:00-06:00[America/Chicago]";
let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

const ls = (dir: string) => readdirSync(join(box.dir, dir)).sort();
const text = (path: string) => readFileSync(join(box.dir, path), "utf8");
const bytes = (path: string) => readFileSync(join(box.dir, path));
const lines = (s: string) => s.split("\n").filter(Boolean);
const write = (name: string, value: unknown) =>
  writeFileSync(join(box.dir, name), typeof value === "string" ? value : JSON.stringify(value));

const SAMPLE_FILES = [
  "01-recipients-call-script-priya-raman.md",
  "01-recipients-call-script-priya-raman.txt",
  "02-thank-you-email-dana-whitfield.eml",
  "02-thank-you-email-dana-whitfield.md",
  "02-thank-you-email-dana-whitfield.txt",
  "03-thank-you-email-marek-szczepanski.eml",
  "03-thank-you-email-marek-szczepanski.md",
  "03-thank-you-email-marek-szczepanski.txt",
  "04-follow-up-call-script-priya-raman.md",
  "04-follow-up-call-script-priya-raman.txt",
  "05-follow-up-call-script-priya-raman.md",
  "05-follow-up-call-script-priya-raman.txt",
  "06-follow-up-call-script-priya-raman.md",
  "06-follow-up-call-script-priya-raman.txt",
  "START-HERE.txt",
  "kit.json",
  "plan.ics",
  "plan.json",
  "plan.md",
];

describe("afterview kit on the sample", () => {
  it("writes every format for every document, the plan files and the index", { timeout: 60_000 }, async () => {
    const { code, stderr } = await box.run(["kit", "sample.json", "--out", "kit", "--now", NOW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(ls("kit")).toEqual(SAMPLE_FILES);
    expect(ls(".")).toEqual(["kit", "sample.json"]);

    expect(JSON.parse(text("kit/plan.json"))).toEqual(createPlan(parseInterviewInput(sample), { now: NOW }));
    const manifest = JSON.parse(text("kit/kit.json"));
    expect(manifest).toMatchObject({ afterviewKit: 1, interviewId: sample.id, madeAt: NOW });
    expect([...manifest.files, "kit.json"].sort()).toEqual(SAMPLE_FILES);

    const eml = text("kit/02-thank-you-email-dana-whitfield.eml");
    expect(eml).toMatch(/^Date: Tue, 24 Nov 2026 17:00:00 -0600\r\n/);
    expect(eml).toContain("X-Unsent: 1");
    expect(eml).toContain("<dana.whitfield@acme.example>");
    expect(text("kit/plan.ics")).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text("kit/02-thank-you-email-dana-whitfield.txt")).toContain("Dear Dana");
    expect(text("kit/plan.md")).toMatch(/^# Senior Data Engineer at Acme Corp/);
  });

  it("a letter that goes by post gets its PDF, its envelope and a .docx", { timeout: 60_000 }, async () => {
    // Three weeks leave time for the post, so both letters go by post (E-TY-CHANNEL).
    write("posted.json", { ...sample, statedTimeline: "We will decide in three weeks" });
    const { code, stderr } = await box.run([
      "kit",
      "posted.json",
      "--out",
      "kit",
      "--formats",
      "pdf,docx",
      "--now",
      NOW,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    for (const who of ["02-thank-you-letter-dana-whitfield", "03-thank-you-letter-marek-szczepanski"]) {
      expect(bytes(`kit/${who}.pdf`).subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes(`kit/${who}-envelope.pdf`).subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes(`kit/${who}.docx`).subarray(0, 2).toString()).toBe("PK");
    }
  });

  it("prints what it wrote and the first three steps with the file to open, in plain text", async () => {
    const { stdout } = await box.run(["kit", "sample.json", "--out", "kit", "--now", NOW]);
    expect(stdout).not.toContain("\u001b[");
    expect(lines(stdout)[0]).toBe("Wrote kit/ (19 files):");
    expect(stdout).toContain("  03-thank-you-email-marek-szczepanski   .eml .txt .md");
    const first = stdout.slice(stdout.indexOf("What to do first:"));
    expect(lines(first).slice(0, 7)).toEqual([
      "What to do first:",
      // Made at 17:00 Chicago: the confirming call's window closed at 16:00.
      "  1. Tue 2026-11-24 14:30 → 16:00  Confirm names and addresses with Priya Raman by phone  (past due)",
      "     open 01-recipients-call-script-priya-raman.txt",
      "  2. Tue 2026-11-24 15:15 → 21:00  Write the thank-you letter to Dana Whitfield by email",
      "     open 02-thank-you-email-dana-whitfield.eml",
      "  3. Tue 2026-11-24 15:15 → 21:00  Write the thank-you letter to Marek Szczepański by email",
      "     open 03-thank-you-email-marek-szczepanski.eml",
    ]);
    expect(text("kit/START-HERE.txt")).toContain(first.split("\n\n")[0]!);
  });

  it("is deterministic: the same interview and --now give byte-identical kits", { timeout: 60_000 }, async () => {
    await box.run(["kit", "sample.json", "--out", "a", "--now", NOW]);
    await box.run(["kit", "sample.json", "--out", "b", "--now", NOW]);
    for (const name of ls("a")) expect(bytes(`b/${name}`).equals(bytes(`a/${name}`)), name).toBe(true);
  });

  it("defaults --out to afterview-<interview id> and --now to the clock", async () => {
    const { code } = await box.run(["kit", "sample.json", "--formats", "txt"], { now: SAMPLE_END });
    expect(code).toBe(0);
    expect(JSON.parse(text("afterview-acme-senior-data-engineer/plan.json"))).toEqual(
      createPlan(parseInterviewInput(sample), { now: SAMPLE_END }),
    );
  });

  it("reads a YAML interview", async () => {
    write("sample.yaml", stringify(sample));
    const { code } = await box.run(["kit", "sample.yaml", "--out", "kit", "--formats", "md", "--now", NOW]);
    expect(code).toBe(0);
    expect(ls("kit")).toContain("plan.md");
  });
});

describe("afterview kit options", () => {
  it.each([
    {
      // The sample's letters all go by email (the decision is too close for the post): no PDF.
      formats: "pdf,ics",
      files: ["START-HERE.txt", "kit.json", "plan.ics", "plan.json"],
    },
    {
      formats: "EML, .txt",
      files: [
        "01-recipients-call-script-priya-raman.txt",
        "02-thank-you-email-dana-whitfield.eml",
        "02-thank-you-email-dana-whitfield.txt",
        "03-thank-you-email-marek-szczepanski.eml",
        "03-thank-you-email-marek-szczepanski.txt",
        "04-follow-up-call-script-priya-raman.txt",
        "05-follow-up-call-script-priya-raman.txt",
        "06-follow-up-call-script-priya-raman.txt",
        "START-HERE.txt",
        "kit.json",
        "plan.json",
      ],
    },
  ])("--formats $formats writes only those (plus plan.json, START-HERE.txt, kit.json)", async ({ formats, files }) => {
    const { code } = await box.run(["kit", "sample.json", "--out", "kit", "--formats", formats, "--now", NOW]);
    expect(code).toBe(0);
    expect(ls("kit")).toEqual(files);
  });

  it("--locale en-GB and --tone brief reach the letters", async () => {
    write("posted.json", { ...sample, statedTimeline: "We will decide in three weeks" });
    await box.run(["kit", "posted.json", "--out", "us", "--formats", "txt", "--now", NOW]);
    await box.run(["kit", "posted.json", "--out", "gb", "--formats", "txt", "--now", NOW, "--locale", "en-GB"]);
    await box.run(["kit", "posted.json", "--out", "brief", "--formats", "txt", "--now", NOW, "--tone", "brief"]);
    const letter = "03-thank-you-letter-marek-szczepanski.txt";
    expect(text(`us/${letter}`)).toContain("November 24, 2026");
    expect(text(`gb/${letter}`)).toContain("24 November 2026");
    expect(text(`brief/${letter}`)).not.toBe(text(`us/${letter}`));
  });

  it("without a candidate email there is no .eml, and the kit says why", async () => {
    const { email: _, ...candidate } = sample.candidate;
    write("no-email.json", { ...sample, candidate });
    const { code, stdout } = await box.run(["kit", "no-email.json", "--out", "kit", "--formats", "eml", "--now", NOW]);
    expect(code).toBe(0);
    expect(ls("kit").filter((name) => name.endsWith(".eml"))).toEqual([]);
    expect(stdout).toContain(
      "note: 02-thank-you-email-dana-whitfield: no .eml, because the interview has no candidate.email",
    );
  });

  it("refuses to make a kit from the interview again over an earlier one, saying how to refresh or start over", async () => {
    await box.run(["kit", "sample.json", "--out", "kit", "--formats", "txt", "--now", NOW]);
    await box.run(["event", "kit", "sent", "--at", NOW]);
    const before = Object.fromEntries(ls("kit").map((name) => [name, text(`kit/${name}`)]));
    const { code, stdout, stderr } = await box.run(["kit", "sample.json", "--out", "kit", "--now", NOW]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "afterview: kit: already holds a kit (its plan has 1 event since the interview); to bring it up to date, run afterview kit kit/plan.json; to start over, remove kit or choose another --out\n",
    );
    expect(Object.fromEntries(ls("kit").map((name) => [name, text(`kit/${name}`)]))).toEqual(before);
  });
});

describe("afterview kit: bad input is one line, exit 2, and nothing is written", () => {
  it.each([
    {
      name: "unknown format",
      argv: ["--formats", "pdf,xls"],
      line: 'afterview: --formats: unknown format "xls"; use any of pdf,docx,eml,txt,md,ics',
    },
    {
      name: "no format",
      argv: ["--formats", ","],
      line: "afterview: --formats: name at least one of pdf,docx,eml,txt,md,ics",
    },
    {
      name: "unknown tone",
      argv: ["--tone", "cheeky"],
      line: 'afterview: --tone: unknown tone "cheeky"; use one of warm, formal, brief',
    },
    {
      name: "unknown locale",
      argv: ["--locale", "fr-BE"],
      line: 'afterview: --locale: unknown locale "fr-BE"; use one of en-US, en-GB, de-DE, de-AT, de-CH, fr-FR, fr-CA, es-ES, es-MX',
    },
    { name: "bad --now", argv: ["--now", "soon"], line: /^afterview: --now: / },
  ])("$name", async ({ argv, line }) => {
    const { code, stdout, stderr } = await box.run(["kit", "sample.json", "--out", "kit", ...argv]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    if (typeof line === "string") expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
    expect(ls(".")).toEqual(["sample.json"]);
  });

  it("an unknown zone names the file and candidate.timeZone", async () => {
    write("bad.json", { ...sample, candidate: { ...sample.candidate, timeZone: "Europe/Lundon" } });
    const { code, stderr } = await box.run(["kit", "bad.json", "--out", "kit"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^afterview: bad\.json: candidate\.timeZone: unknown time zone "Europe\/Lundon" \(use /);
    expect(lines(stderr)).toHaveLength(1);
    expect(ls(".")).toEqual(["bad.json", "sample.json"]);
  });

  it("a folder of other files is not replaced", async () => {
    mkdirSync(join(box.dir, "thesis"));
    write("thesis/chapter-1.tex", "\\section{One}");
    const { code, stderr } = await box.run(["kit", "sample.json", "--out", "thesis", "--now", NOW]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^afterview: thesis: the folder exists and holds other files/);
    expect(ls("thesis")).toEqual(["chapter-1.tex"]);
    expect(ls(".")).toEqual(["sample.json", "thesis"]);
  });

  // A character no font can draw no longer fails the kit: see kit-scripts.test.ts.
});

describe("afterview kit --help", () => {
  it("lists the tones and locales the templates have", async () => {
    const { stdout } = await box.run(["kit", "--help"]);
    expect(stdout).toMatch(new RegExp(`--tone <tone> +${TONES.join(" \\| ")} `));
    expect(stdout).toContain(LOCALES.join(" | "));
  });
});

describe("afterview kit: where the kit cannot be written", () => {
  it("--out under a file: exit 2 naming --out, nothing written", async () => {
    const { code, stderr } = await box.run(["kit", "sample.json", "--out", "sample.json/kit", "--now", NOW]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe(
      "afterview: sample.json/kit: cannot write there: part of the path is a file, not a folder",
    );
    expect(ls(".")).toEqual(["sample.json"]);
  });
});
