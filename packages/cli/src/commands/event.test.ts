import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyEvent, createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

const sample = parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8")));
const plan = createPlan(sample, { now: SAMPLE_END });
const NOW = "2026-11-25T12:00:00-05:00";
const sent = { type: "thank-you-sent", id: "e1", at: "2026-11-25T10:00:00-05:00", channel: "email" } as const;
const rejected = { type: "rejected", id: "e2", at: "2026-11-27T10:00:00-05:00" } as const;

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
  write("plan.json", JSON.stringify(plan, null, 2));
});
afterEach(() => box.cleanup());

const write = (name: string, value: unknown) =>
  writeFileSync(join(box.dir, name), typeof value === "string" ? value : JSON.stringify(value));
const read = (name: string): Plan => JSON.parse(readFileSync(join(box.dir, name), "utf8"));

describe("afterview event", () => {
  it("applies one event and rewrites the plan in place", async () => {
    write("sent.json", sent);
    const { code, stdout, stderr } = await box.run(["event", "plan.json", "sent.json", "--now", NOW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(read("plan.json")).toEqual(applyEvent(plan, sent, { now: NOW }));
    expect(stdout).toContain("Applied 1 event; the plan is now: waiting for their decision.");
    expect(stdout).toContain("Wrote plan.json");
    expect(stdout).toMatch(/^Next: /m);
  });

  it("applies a list of events in order (YAML works too) and writes to --out, leaving the plan alone", async () => {
    write(
      "events.yaml",
      `- type: thank-you-sent\n  id: e1\n  at: "${sent.at}"\n  channel: email\n- type: rejected\n  id: e2\n  at: "${rejected.at}"\n`,
    );
    const { code, stdout } = await box.run(["event", "plan.json", "events.yaml", "--now", NOW, "--out", "next.json"]);
    expect(code).toBe(0);
    const expected = applyEvent(applyEvent(plan, sent, { now: NOW }), rejected, { now: NOW });
    expect(read("next.json")).toEqual(expected);
    expect(read("plan.json")).toEqual(plan);
    expect(stdout).toContain("Applied 2 events; the plan is now: not selected.");
  });

  it("is idempotent: the same event twice changes nothing the second time", async () => {
    write("sent.json", sent);
    await box.run(["event", "plan.json", "sent.json", "--now", NOW]);
    const once = read("plan.json");
    const again = await box.run(["event", "plan.json", "sent.json", "--now", NOW]);
    expect(again.code).toBe(0);
    expect(again.stdout.split("\n")[0]).toBe("Nothing changed: sent.json was already in the plan's history.");
    expect(again.stdout).not.toContain("Wrote");
    expect(read("plan.json")).toEqual(once);
  });

  it("leaves no temporary files beside the plan", async () => {
    write("sent.json", sent);
    await box.run(["event", "plan.json", "sent.json", "--now", NOW]);
    expect(readdirSync(box.dir).sort()).toEqual(["plan.json", "sample.json", "sent.json"]);
  });
});

describe("afterview event: bad input is one line, exit 2, and the plan is untouched", () => {
  it.each([
    {
      name: "an event of an unknown type",
      files: { "e.json": { type: "hired", id: "e9", at: NOW } },
      argv: ["event", "plan.json", "e.json"],
      line: /^afterview: e\.json: type: must be one of /,
    },
    {
      name: "a bad event inside a list names its index",
      files: { "e.json": [sent, { type: "rejected", id: "e2" }] },
      argv: ["event", "plan.json", "e.json"],
      line: /^afterview: e\.json: \[1\]\.at: /,
    },
    {
      name: "an empty list",
      files: { "e.json": [] },
      argv: ["event", "plan.json", "e.json"],
      line: "afterview: e.json: the list of events is empty; add at least one event",
    },
    {
      name: "an event the plan's status does not accept",
      files: { "e.json": { type: "offer-accepted", id: "e3", at: NOW } },
      argv: ["event", "plan.json", "e.json"],
      line: /^afterview: e\.json: cannot apply "offer-accepted" to a plan that is awaiting-decision/,
    },
    {
      name: "an interview given as the plan",
      files: { "e.json": sent },
      argv: ["event", "sample.json", "e.json"],
      line: /^afterview: sample\.json: not a plan \(no "version" and "actions"\); make one with /,
    },
    {
      name: "a plan that does not validate",
      files: { "e.json": sent, "old.json": { ...plan, version: 2 } },
      argv: ["event", "old.json", "e.json"],
      line: /^afterview: old\.json: version: must be 1/,
    },
    {
      name: "a missing event file",
      files: {},
      argv: ["event", "plan.json", "none.json"],
      line: /^afterview: none\.json: no such file/,
    },
  ])("$name", async ({ files, argv, line }) => {
    for (const [name, value] of Object.entries(files)) write(name, value);
    const { code, stderr } = await box.run([...argv, "--now", NOW]);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter(Boolean)).toHaveLength(1);
    if (typeof line === "string") expect(stderr.trimEnd()).toBe(line);
    else expect(stderr.trimEnd()).toMatch(line);
    expect(read("plan.json")).toEqual(plan);
  });
});

describe("afterview event: where the new plan cannot be written", () => {
  it.each([
    {
      name: "a folder that does not exist",
      out: "no/such/plan.json",
      line: "afterview: no/such/plan.json: cannot write there: the folder does not exist",
    },
    { name: "a folder", out: ".", line: "afterview: .: cannot write there: it is a folder" },
  ])("$name: exit 2, one line, the plan untouched", async ({ out, line }) => {
    write("sent.json", sent);
    const { code, stderr } = await box.run(["event", "plan.json", "sent.json", "--now", NOW, "--out", out]);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe(line);
    expect(read("plan.json")).toEqual(plan);
  });
});
