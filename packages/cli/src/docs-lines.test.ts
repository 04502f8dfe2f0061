/**
 * Every row of the "what happened | stdout | stderr | exit code" tables in docs/cli.md, run: each
 * row names a case below, and each line the row quotes (in backticks) must be a line the command
 * prints on that stream, with that exit code. FILE, DIR, N, WHEN and the like stand for what
 * varies, and "…" for any text. A row without a case, or a case without a row, fails: the table
 * and the commands cannot drift apart.
 *
 * The tables of `board` and `compare` are checked by their own tests (board.test.ts, compare.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyEvent, createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import manifest from "../package.json" with { type: "json" };
import { systemFontFor } from "./testing/fonts.js";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "./testing/memory-io.js";

const DOCS = new URL("../../../docs/cli.md", import.meta.url);
/** The sections whose tables this file checks, by the command in their heading ("any" for "When something is wrong"). */
const CHECKED = ["init", "kit", "plan", "event", "negotiate", "schema", "any"];

interface Row {
  key: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/** The rows of every outcome table in the checked sections, keyed `command: what happened`. */
function docRows(): Row[] {
  const rows: Row[] = [];
  let section = "";
  let inTable = false;
  for (const line of readFileSync(DOCS, "utf8").split("\n")) {
    const heading = /^## (?:`afterview (\w+)`|(When something is wrong))/.exec(line);
    if (line.startsWith("## ")) section = heading ? (heading[1] ?? "any") : "";
    if (line === "| what happened | stdout | stderr | exit code |") {
      inTable = true;
      continue;
    }
    if (!line.startsWith("|")) inTable = false;
    if (!inTable || line.startsWith("|---") || !CHECKED.includes(section)) continue;
    const cells = line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, "|"));
    const [what = "", stdout = "", stderr = "", exit = ""] = cells;
    rows.push({ key: `${section}: ${what}`, stdout, stderr, exit: Number(/\d/.exec(exit)?.[0]) });
  }
  return rows;
}

const PLACEHOLDER = /\b(FILE|DIR|N|M|ID|STATUS|WHEN|STEP|FIELD|WORD|FONT|DRAFT|ZONE|TITLE|TYPE|FLAG|COMMAND)\b/g;

/** The lines a cell quotes, as patterns for one whole line each. */
function quoted(cell: string): RegExp[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map(([, text = ""]) => {
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`^${escaped.replace(/…/g, ".*").replace(PLACEHOLDER, ".+?")}$`);
  });
}

// ---- The cases ------------------------------------------------------------------------------

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
const input = parseInterviewInput(sample);
const NOW = "2026-11-24T17:00:00-06:00";
const SENT = "2026-11-24T20:00:00-06:00";
const LATER = "2026-11-25T09:00:00-06:00";
const created = createPlan(input, { now: NOW });
const sentEvent = { type: "thank-you-sent", id: "e1", at: SENT, channel: "email" } as const;
const sent = applyEvent(created, sentEvent, { now: SENT });
const allDone = (plan: Plan): Plan => ({ ...plan, actions: plan.actions.map((a) => ({ ...a, status: "done" })) });
const offer = { base: { amount: 95000, currency: "USD" }, period: "year" };
const ranged = { ...offer, range: { min: 90000, max: 120000, source: "posted" } };

let box: Sandbox;
const write = (name: string, value: unknown) =>
  writeFileSync(join(box.dir, name), typeof value === "string" ? value : JSON.stringify(value, null, 2));
const read = (name: string) => readFileSync(join(box.dir, name), "utf8");
const edit = (name: string) => write(name, `${read(name)}\nMy own words.\n`);
const kit = (formats = "txt,md,ics") =>
  box.run(["kit", "sample.json", "--out", "kit", "--formats", formats, "--now", NOW]);
const posted = (names: { first: string; second: string }) => ({
  ...sample,
  statedTimeline: "We will decide in three weeks",
  interviewers: [
    { ...sample.interviewers[0], name: names.first },
    { ...sample.interviewers[1], name: names.second },
  ],
});

interface Case {
  setup?: () => Promise<unknown> | unknown;
  argv: string[];
  /** What the row describes in words rather than lines. */
  check?: (result: { stdout: string; stderr: string }) => void;
  /** Skipped when this resolves to true (a font this machine may not have). */
  skip?: () => Promise<boolean>;
}

const CASES: Record<string, Case> = {
  "init: the sample written": { argv: ["init"] },
  "init: the sample written as JSON": { argv: ["init", "mine.json"] },
  "init: the file is there already": { setup: () => box.run(["init"]), argv: ["init"] },
  "init: a name that is neither YAML nor JSON": { argv: ["init", "notes.txt"] },
  "init: a language that is not a tag": { argv: ["init", "--language", "german!"] },

  "kit: a new kit": { argv: ["kit", "sample.json", "--out", "kit", "--formats", "txt,md,ics", "--now", NOW] },
  "kit: a draft without a format it cannot have": {
    setup: () => write("no-email.json", { ...sample, candidate: { ...sample.candidate, email: undefined } }),
    argv: ["kit", "no-email.json", "--out", "kit", "--formats", "eml", "--now", NOW],
  },
  "kit: PDFs that needed a font of this machine": {
    setup: () => write("ja.json", posted({ first: "Dana Whitfield", second: "山田 太郎" })),
    argv: ["kit", "ja.json", "--out", "kit", "--formats", "pdf", "--now", NOW],
    skip: async () => !(await systemFontFor(0x5c71)).font,
  },
  "kit: some PDFs could not be made": {
    setup: () => write("he.json", posted({ first: "Dana Whitfield", second: "דוד כהן" })),
    argv: ["kit", "he.json", "--out", "kit", "--formats", "pdf,txt", "--now", NOW],
  },
  "kit: nothing left to do in the plan": {
    setup: () => write("done.json", allDone(created)),
    argv: ["kit", "done.json", "--interview", "sample.json", "--out", "kit", "--now", NOW],
  },
  "kit: from a kit's plan": {
    setup: async () => {
      await kit();
      write("kit/plan.json", sent);
    },
    argv: ["kit", "kit/plan.json", "--now", SENT],
  },
  "kit: from a kit's plan, with a file you changed": {
    setup: async () => {
      await kit();
      edit("kit/plan.md");
      write("kit/plan.json", sent);
    },
    argv: ["kit", "kit/plan.json", "--now", SENT],
  },
  "kit: from a kit's plan that no longer needs a file you changed": {
    setup: async () => {
      await kit();
      edit("kit/02-thank-you-email-dana-whitfield.txt");
      write("kit/plan.json", sent);
    },
    argv: ["kit", "kit", "--now", SENT],
  },
  "kit: the same, with the kit's version beside it": {
    setup: async () => {
      await kit();
      edit("kit/02-thank-you-email-dana-whitfield.txt");
      await box.run(["kit", "kit", "--tone", "brief", "--now", NOW]);
      write("kit/plan.json", sent);
    },
    argv: ["kit", "kit", "--now", SENT],
  },
  "kit: from a kit's plan, every file as it should be": { setup: () => kit(), argv: ["kit", "kit", "--now", NOW] },
  "kit: the interview again, over its kit": {
    setup: async () => {
      await kit();
      await box.run(["event", "kit", "sent", "--to", "Dana Whitfield", "--at", SENT, "--now", SENT]);
      await box.run(["event", "kit", "sent", "--to", "Marek Szczepański", "--at", SENT, "--now", SENT]);
    },
    argv: ["kit", "sample.json", "--out", "kit", "--now", NOW],
  },
  "kit: a folder of other files": {
    setup: () => {
      mkdirSync(join(box.dir, "thesis"));
      write("thesis/chapter-1.tex", "\\section{One}");
    },
    argv: ["kit", "sample.json", "--out", "thesis", "--now", NOW],
  },
  "kit: a plan lacking events of the kit it would replace": {
    setup: async () => {
      await kit();
      write("old.json", created);
      await box.run(["event", "kit", "sent", "--to", "Dana Whitfield", "--at", SENT, "--now", SENT]);
      await box.run(["event", "kit", "sent", "--to", "Marek Szczepański", "--at", SENT, "--now", SENT]);
    },
    argv: ["kit", "old.json", "--out", "kit", "--now", SENT],
  },
  "kit: the kit of another interview in the folder": {
    setup: async () => {
      await kit();
      write("other.json", createPlan(parseInterviewInput({ ...sample, id: "globex" }), { now: NOW }));
    },
    argv: ["kit", "other.json", "--out", "kit", "--now", NOW],
  },
  "kit: a plan, and no interview to write its drafts from": {
    setup: () => write("plan.json", created),
    argv: ["kit", "plan.json", "--out", "kit", "--now", NOW],
  },
  "kit: a kit whose kit.json does not keep the interview": {
    setup: async () => {
      await kit();
      const { interview: _, ...rest } = JSON.parse(read("kit/kit.json"));
      write("kit/kit.json", rest);
    },
    argv: ["kit", "kit", "--now", NOW],
  },
  "kit: an interview that is not the plan's": {
    setup: () => {
      write("plan.json", created);
      write("globex.json", { ...sample, id: "globex" });
    },
    argv: ["kit", "plan.json", "--interview", "globex.json", "--out", "kit", "--now", NOW],
  },
  "kit: --interview with an interview": { argv: ["kit", "sample.json", "--interview", "sample.json"] },
  "kit: a folder that is not a kit": { setup: () => mkdirSync(join(box.dir, "empty")), argv: ["kit", "empty"] },
  "kit: a kit.json afterview cannot read": {
    setup: async () => {
      await kit();
      write("kit/kit.json", "{}");
    },
    argv: ["kit", "kit", "--now", NOW],
  },
  "kit: an option to fix": { argv: ["kit", "sample.json", "--formats", "pdf,xls"] },
  "kit: an interview that does not validate": {
    setup: () => write("bad.json", { ...sample, candidate: { ...sample.candidate, timeZone: "Europe/Lundon" } }),
    argv: ["kit", "bad.json"],
  },
  "kit: the folder cannot be written": { argv: ["kit", "sample.json", "--out", "sample.json/kit", "--now", NOW] },

  "plan: the timeline": { argv: ["plan", "sample.json", "--now", SAMPLE_END] },
  "plan: a quiet stretch after the thank-you": {
    setup: () => write("p.json", sent),
    argv: ["plan", "p.json", "--now", SENT],
  },
  "plan: steps done or skipped": {
    setup: () => write("p.json", applyEvent(sent, { type: "rejected", id: "e2", at: LATER }, { now: LATER })),
    argv: ["plan", "p.json", "--now", LATER],
  },
  "plan: a step whose window has closed": { argv: ["plan", "sample.json", "--now", "2026-11-26T12:00:00-06:00"] },
  "plan: doubts about the input": {
    setup: () => write("gmt.json", { ...sample, company: { ...sample.company, timeZone: "Etc/GMT+5" } }),
    argv: ["plan", "gmt.json", "--now", SAMPLE_END],
  },
  "plan: --json": {
    argv: ["plan", "sample.json", "--json", "--now", SAMPLE_END],
    check: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ version: 1, interviewId: sample.id }),
  },
  "plan: a file that cannot be read or does not validate": { argv: ["plan", "nothere.yaml"] },

  "event: applied, in a kit": { setup: () => kit(), argv: ["event", "kit", "sent", "--at", SENT, "--now", SENT] },
  "event: applied to a plan of its own, or with --out": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "sent", "--at", SENT, "--now", SENT],
  },
  "event: nothing left to do": {
    setup: () => write("plan.json", allDone(created)),
    argv: ["event", "plan.json", "sent", "--at", SENT, "--now", SENT],
  },
  "event: the event already in the history": {
    setup: async () => {
      write("plan.json", created);
      await box.run(["event", "plan.json", "sent", "--at", SENT, "--now", SENT]);
    },
    argv: ["event", "plan.json", "sent", "--at", SENT, "--now", SENT],
  },
  "event: the same, with --out": {
    setup: () => {
      write("plan.json", sent);
      write("sent.json", sentEvent);
    },
    argv: ["event", "plan.json", "sent.json", "--out", "copy.json", "--now", SENT],
  },
  "event: a kit brought up to date without some PDFs": {
    setup: async () => {
      write("he.json", posted({ first: "Dana Whitfield", second: "דוד כהן" }));
      await box.run(["kit", "he.json", "--out", "kit", "--formats", "pdf,txt", "--now", NOW]);
    },
    argv: ["event", "kit", "heard-back", "--timeline", "in four weeks", "--at", SENT, "--now", SENT],
  },
  "event: a flag the event needs, missing": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "offer", "--currency", "USD"],
  },
  "event: a flag the event does not take": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "rejected", "--amount", "5"],
  },
  "event: a flag's value refused": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "offer", "--amount", "95000", "--currency", "usd"],
  },
  "event: an amount that is not a number": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "offer", "--amount", "lots", "--currency", "USD"],
  },
  "event: event flags with an event file": {
    setup: () => {
      write("plan.json", created);
      write("sent.json", sentEvent);
    },
    argv: ["event", "plan.json", "sent.json", "--to", "Dana Whitfield"],
  },
  "event: neither an event file nor an event": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "hired"],
  },
  "event: an event the plan cannot take": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "accepted", "--now", SENT],
  },
  "event: a kit whose kit.json does not keep the interview": {
    setup: async () => {
      await kit();
      const { interview: _, ...rest } = JSON.parse(read("kit/kit.json"));
      write("kit/kit.json", rest);
    },
    argv: ["event", "kit", "sent", "--at", SENT, "--now", SENT],
  },
  "event: a folder that is not a kit": {
    setup: () => mkdirSync(join(box.dir, "empty")),
    argv: ["event", "empty", "sent"],
  },
  "event: a plan or event file that cannot be read or does not validate": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "none.json"],
  },
  "event: the plan cannot be written": {
    setup: () => write("plan.json", created),
    argv: ["event", "plan.json", "sent", "--at", SENT, "--now", SENT, "--out", "no/such/plan.json"],
  },

  "negotiate: the advice": { setup: () => write("offer.json", offer), argv: ["negotiate", "offer.json"] },
  "negotiate: a range to place the offer in": {
    setup: () => write("offer.json", ranged),
    argv: ["negotiate", "offer.json"],
  },
  "negotiate: a counter": { setup: () => write("offer.json", ranged), argv: ["negotiate", "offer.json"] },
  "negotiate: no counter": {
    setup: () => write("offer.json", { ...offer, salaryFixed: true }),
    argv: ["negotiate", "offer.json"],
  },
  "negotiate: other offers in --context": {
    setup: () => {
      write("offer.json", offer);
      write("me.json", {
        competingOffers: [{ id: "globex", base: { amount: 100000, currency: "USD" }, period: "year" }],
      });
    },
    argv: ["negotiate", "offer.json", "--context", "me.json"],
  },
  "negotiate: --interview": {
    setup: () => write("offer.json", offer),
    argv: ["negotiate", "offer.json", "--interview", "sample.json", "--now", NOW],
  },
  "negotiate: --json": {
    setup: () => write("offer.json", offer),
    argv: ["negotiate", "offer.json", "--json"],
    check: ({ stdout }) => expect(JSON.parse(stdout)).toHaveProperty("recommendation"),
  },
  "negotiate: a file that cannot be read or does not validate": { argv: ["negotiate", "nothere.json"] },

  "schema: the schema": {
    argv: ["schema"],
    check: ({ stdout }) => expect(JSON.parse(stdout)).toHaveProperty("$schema"),
  },
  "schema: an unknown kind": { argv: ["schema", "letter"] },

  "any: --help, or no command": { argv: [], check: ({ stdout }) => expect(stdout).toMatch(/^Usage:$/m) },
  "any: --version": { argv: ["--version"], check: ({ stdout }) => expect(stdout).toBe(`${manifest.version}\n`) },
  "any: an unknown command": { argv: ["hire"] },
  "any: an unknown option or a missing argument": { argv: ["kit", "sample.json", "--colour"] },
};

/** Rows whose case runs elsewhere: a failure that is not the input needs a mocked renderer. */
const ELSEWHERE: Record<string, string> = {
  "any: a failure that is not your input": "commands/kit-failure.isolated.test.ts",
};

const rows = docRows();

beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.cleanup());

describe("docs/cli.md: the tables of what each command prints", () => {
  it("has a case for every row, and a row for every case", () => {
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((key) => !(key in CASES) && !(key in ELSEWHERE))).toEqual([]);
    expect(Object.keys(CASES).filter((key) => !keys.includes(key))).toEqual([]);
    expect(CHECKED.every((section) => keys.some((key) => key.startsWith(`${section}: `)))).toBe(true);
  });

  it.each(Object.entries(ELSEWHERE))("%s is checked in %s", (key, file) => {
    const row = rows.find((r) => r.key === key);
    const test = readFileSync(new URL(file, import.meta.url), "utf8");
    for (const pattern of quoted(row?.stderr ?? "")) {
      const literal = pattern.source.slice(1, -1).split(".*")[0]?.replace(/\\/g, "") ?? "";
      expect(test).toContain(literal);
    }
    expect(test).toContain(`toBe(${row?.exit})`);
  });

  it.each(rows.filter((row) => row.key in CASES).map((row) => [row.key, row] as const))(
    "%s",
    { timeout: 60_000 },
    async (_key, row) => {
      const spec = CASES[row.key] as Case;
      if (spec.skip && (await spec.skip())) return;
      await spec.setup?.();
      const result = await box.run(spec.argv);
      expect({ code: result.code, stderr: row.stderr === "nothing" ? result.stderr : "" }).toEqual({
        code: row.exit,
        stderr: "",
      });
      for (const [stream, cell] of [
        ["stdout", row.stdout],
        ["stderr", row.stderr],
      ] as const) {
        const text = result[stream];
        if (cell === "nothing") {
          expect(text, stream).toBe("");
          continue;
        }
        expect(text, stream).not.toBe("");
        const printed = text.split("\n");
        for (const pattern of quoted(cell)) {
          expect(
            printed.some((line) => pattern.test(line)),
            `${stream} has no line like ${pattern}:\n${text}`,
          ).toBe(true);
        }
        if (stream === "stderr") expect(printed.filter(Boolean).length === 1 || /one line each/.test(cell)).toBe(true);
      }
      spec.check?.(result);
    },
  );
});
