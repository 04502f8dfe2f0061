import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyEvent, createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { renderPlanMarkdown } from "@afterview/renderers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

// `afterview event` on a kit, and `afterview kit` on a plan: the kit follows the plan, and what the
// person changed in it stays theirs.

const sample = parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8")));
const NOW = "2026-11-24T17:00:00-06:00";
const SENT = "2026-11-24T20:00:00-06:00";
const HEARD = "2026-11-30T10:00:00-06:00";
const FOLLOW_UP = "04-follow-up-call-script-priya-raman";

let box: Sandbox;
beforeEach(async () => {
  box = sandbox();
  const made = await box.run(["kit", "sample.json", "--out", "kit", "--formats", "eml,txt,md,ics", "--now", NOW]);
  expect(made.code).toBe(0);
});
afterEach(() => box.cleanup());

const read = (file: string) => readFileSync(join(box.dir, file), "utf8");
const write = (file: string, text: string) => writeFileSync(join(box.dir, file), text);
const ls = (dir = "kit") => readdirSync(join(box.dir, dir)).sort();
const lines = (text: string) => text.split("\n").filter(Boolean);
const snapshot = () => Object.fromEntries(ls().map((name) => [name, read(`kit/${name}`)]));
const created = createPlan(sample, { now: NOW });
const sent = applyEvent(
  created,
  { type: "thank-you-sent", id: `sent ${SENT}`, at: SENT, channel: "email" },
  { now: SENT },
);

describe("afterview event on a kit", () => {
  it.each(["kit", "kit/", "kit/plan.json"])(
    "given as %s: the plan and every file made from it are written again",
    async (target) => {
      const { code, stdout, stderr } = await box.run(["event", target, "sent", "--at", SENT, "--now", SENT]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(lines(stdout)).toEqual([
        "Applied 1 event; the plan is now: waiting for their decision.",
        "Updated kit/: wrote 5 files, removed 8.",
        "  wrote    plan.json  plan.md  plan.ics  START-HERE.txt  kit.json",
        "  removed  01-recipients-call-script-priya-raman  .txt .md",
        "           02-thank-you-email-dana-whitfield      .eml .txt .md",
        "           03-thank-you-email-marek-szczepanski   .eml .txt .md",
        "Next: Tue 2026-12-01 08:30 → 10:30  Follow up with Priya Raman by phone",
      ]);
      expect(JSON.parse(read("kit/plan.json"))).toEqual(sent);
      expect(read("kit/plan.md").startsWith(renderPlanMarkdown(sent))).toBe(true);
      expect(read("kit/plan.ics")).toMatch(/^SEQUENCE:1\r$/m);
      expect(read("kit/START-HERE.txt")).toContain(
        "  1. Tue 2026-12-01 08:30 → 10:30  Follow up with Priya Raman by phone\n",
      );
      expect(ls().filter((name) => /^\d\d-/.test(name))).toEqual([
        `${FOLLOW_UP}.md`,
        `${FOLLOW_UP}.txt`,
        "05-follow-up-call-script-priya-raman.md",
        "05-follow-up-call-script-priya-raman.txt",
        "06-follow-up-call-script-priya-raman.md",
        "06-follow-up-call-script-priya-raman.txt",
      ]);
      expect(ls(".")).toEqual(["kit", "sample.json"]);
    },
  );

  it("the same event again changes nothing and writes nothing", async () => {
    await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
    const before = snapshot();
    const mtime = statSync(join(box.dir, "kit", "kit.json")).mtimeMs;
    const { code, stdout } = await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      `Nothing changed: the event "sent ${SENT}" was already in the plan's history.`,
      "Next: Tue 2026-12-01 08:30 → 10:30  Follow up with Priya Raman by phone",
    ]);
    expect(snapshot()).toEqual(before);
    expect(statSync(join(box.dir, "kit", "kit.json")).mtimeMs).toBe(mtime);
  });

  it("keeps a draft the person changed, writes the new version beside it, and says so", async () => {
    await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
    write(`kit/${FOLLOW_UP}.txt`, "My own script.\n");
    write("kit/notes.txt", "Ask about the on-call rota.\n");
    symlinkSync("notes.txt", join(box.dir, "kit", "notes-link.txt"));
    // "In two days" moves the follow-ups: the new timeline's calls get new drafts, the old ones go.
    const { stdout } = await box.run([
      "event",
      "kit",
      "heard-back",
      "--timeline",
      "in two days",
      "--at",
      HEARD,
      "--now",
      HEARD,
    ]);
    expect(stdout).toContain(
      `  kept     ${FOLLOW_UP}.txt, which you changed; the plan no longer needs it, so it is yours now\n`,
    );
    expect(read(`kit/${FOLLOW_UP}.txt`)).toBe("My own script.\n");
    expect(ls()).not.toContain(`${FOLLOW_UP}.md`);
    expect(read("kit/notes.txt")).toBe("Ask about the on-call rota.\n");
    expect(read("kit/notes-link.txt")).toBe("Ask about the on-call rota.\n");
    expect(JSON.parse(read("kit/kit.json")).files).not.toContain(`${FOLLOW_UP}.txt`);
  });

  it("a changed plan.md stays, and the new one is written beside it", async () => {
    write("kit/plan.md", `${read("kit/plan.md")}\n- [x] bought stamps\n`);
    const { stdout } = await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
    expect(stdout).toContain("  kept     plan.md, which you changed; the new version is beside it: plan.new.md\n");
    expect(read("kit/plan.md")).toContain("- [x] bought stamps");
    expect(read("kit/plan.new.md").startsWith(renderPlanMarkdown(sent))).toBe(true);
  });

  it("--out writes only the new plan there; the kit stays as it was", async () => {
    const before = snapshot();
    const { code, stdout } = await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT, "--out", "next.json"]);
    expect(code).toBe(0);
    expect(lines(stdout).slice(0, 2)).toEqual([
      "Applied 1 event; the plan is now: waiting for their decision.",
      "Wrote next.json",
    ]);
    expect(JSON.parse(read("next.json"))).toEqual(sent);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    {
      name: "a flag the event does not take",
      argv: ["rejected", "--amount", "5"],
      line: 'afterview: --amount: a "rejected" event does not take it; it takes --at, --id',
    },
    {
      name: "an offer without its amount",
      argv: ["offer", "--currency", "USD"],
      line: "afterview: --amount: missing; give the base pay the offer names, e.g. --amount 95000 --currency USD",
    },
    {
      name: "an event flag with an event file",
      argv: ["sent.json", "--to", "Dana Whitfield"],
      line: "afterview: --to: goes with an event named on the command line (afterview event <kit> sent --to …); sent.json already holds the whole event",
    },
    {
      name: "a word that is no event",
      argv: ["hired"],
      line: "afterview: hired: not an event file, nor an event; name a .json or .yaml file, or one of sent, called, heard-back, offer, accepted, declined, rejected, withdrew, no-response",
    },
    {
      name: "an event the plan cannot take",
      argv: ["accepted", "--at", SENT],
      line: /^afterview: the event "accepted 2026-11-24T20:00:00-06:00": cannot apply "offer-accepted" to a plan that is awaiting-decision/,
    },
  ])("$name: one line, exit 2, the kit untouched", async ({ argv, line }) => {
    write("sent.json", JSON.stringify({ type: "thank-you-sent", id: "e1", at: SENT, channel: "email" }));
    const before = snapshot();
    const { code, stdout, stderr } = await box.run(["event", "kit", ...argv, "--now", SENT]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(lines(stderr)).toHaveLength(1);
    if (typeof line === "string") expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
    expect(snapshot()).toEqual(before);
  });

  it("a kit whose kit.json does not keep the interview asks for --interview, then works with it", async () => {
    const manifest = JSON.parse(read("kit/kit.json"));
    delete manifest.interview;
    write("kit/kit.json", JSON.stringify(manifest));
    const without = await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(
      "afterview: kit/kit.json does not keep the interview (an earlier afterview wrote it); pass --interview <file>, the interview the plan was made from\n",
    );
    const withIt = await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT, "--interview", "sample.json"]);
    expect(withIt.code).toBe(0);
    expect(JSON.parse(read("kit/kit.json")).interview).toEqual(JSON.parse(JSON.stringify(sample)));
  });
});

describe("afterview kit on a plan", () => {
  it("a kit's plan.json brings that kit up to date; a second run finds nothing to write", async () => {
    write("kit/plan.json", JSON.stringify(sent, null, 2));
    const first = await box.run(["kit", "kit/plan.json", "--now", SENT]);
    expect(first.code).toBe(0);
    expect(lines(first.stdout)[0]).toBe("Updated kit/: wrote 4 files, removed 8.");
    expect(read("kit/plan.md").startsWith(renderPlanMarkdown(sent))).toBe(true);
    const second = await box.run(["kit", "kit", "--now", SENT]);
    expect(lines(second.stdout)[0]).toBe("kit/ already matched the plan, so nothing was written.");
    expect(lines(second.stdout).at(-1)).toBe(
      "Read kit/START-HERE.txt for the rest; as things happen: afterview event kit <what happened>",
    );
  });

  it("a plan of its own, with --interview, makes a new kit (default folder afterview-<id>)", async () => {
    write("plan.json", JSON.stringify(sent));
    const { code, stdout } = await box.run(["kit", "plan.json", "--interview", "sample.json", "--now", SENT]);
    expect(code).toBe(0);
    expect(lines(stdout)[0]).toBe("Wrote afterview-acme-senior-data-engineer/ (11 files):");
    const made = JSON.parse(read("afterview-acme-senior-data-engineer/plan.json")) as Plan;
    expect(made.history).toHaveLength(1);
  });

  it.each([
    {
      name: "a plan of its own without --interview",
      setup: () => write("plan.json", JSON.stringify(sent)),
      argv: ["kit", "plan.json", "--out", "other"],
      line: "afterview: a plan does not keep the interview its drafts are written from; pass --interview <file>, the interview the plan was made from",
    },
    {
      name: "--interview of another interview",
      setup: () => {
        write("plan.json", JSON.stringify(sent));
        write("other.json", JSON.stringify({ ...sample, id: "globex" }));
      },
      argv: ["kit", "plan.json", "--interview", "other.json", "--out", "other"],
      line: 'afterview: other.json: this is the interview "globex", but the plan is for "acme-senior-data-engineer"; give the interview the plan was made from',
    },
    {
      name: "a plan that lacks events the kit there has",
      setup: async () => {
        write("old.json", JSON.stringify(created));
        await box.run(["event", "kit", "sent", "--at", SENT, "--now", SENT]);
      },
      argv: ["kit", "old.json", "--out", "kit"],
      line: `afterview: kit: its plan holds 1 event this plan lacks ("sent ${SENT}"); run afterview kit kit/plan.json to bring that kit up to date, or choose another --out`,
    },
    {
      name: "--interview with an interview",
      setup: () => {},
      argv: ["kit", "sample.json", "--interview", "sample.json", "--out", "other"],
      line: "afterview: --interview: only with a plan; sample.json is the interview itself",
    },
    {
      name: "a folder that is not a kit",
      setup: () => write("notes", ""),
      argv: ["kit", "."],
      line: "afterview: .: a folder, but not a kit (there is no kit.json in it); give a kit's folder or a plan file",
    },
  ])("$name: one line, exit 2, nothing written", async ({ setup, argv, line }) => {
    await setup();
    const before = snapshot();
    const { code, stdout, stderr } = await box.run([...argv, "--now", SENT]);
    expect(stderr).toBe(`${line}\n`);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(snapshot()).toEqual(before);
    expect(ls(".")).not.toContain("other");
  });
});
