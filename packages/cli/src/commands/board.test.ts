import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { coordinatePlans, type Plan, parsePlan } from "@afterview/core";
import { renderIcs } from "@afterview/renderers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Board } from "../board/board.js";
import { SAMPLE_END, SAMPLE_INTERVIEW, type Sandbox, sandbox } from "../testing/memory-io.js";

/**
 * ical.js is a devDependency of @afterview/renderers, not of the CLI, so it does not resolve from
 * here; it is loaded from the renderers' folder (its CommonJS build) to read the calendars back.
 */
interface IcalComponent {
  getAllSubcomponents(name: string): IcalComponent[];
  getFirstPropertyValue(name: string): unknown;
}
const ICAL = createRequire(new URL("../../../renderers/package.json", import.meta.url))("ical.js") as {
  parse(text: string): unknown;
  Component: new (jcal: unknown) => IcalComponent;
};
const uidsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents("vevent")
    .map((event) => String(event.getFirstPropertyValue("uid")));

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));

/** Another employer's interview, the same morning as the sample's, in the same city. */
function interview(id: string, company: string, role: string, person: string, end: string) {
  const first = person.split(" ")[0]!.toLowerCase();
  const domain = `${company.toLowerCase()}.example`;
  return {
    ...sample,
    id,
    role,
    company: { ...sample.company, name: company },
    start: end.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) - 1).padStart(2, "0")}`),
    end,
    statedTimeline: "We'll make a decision within two or three days",
    interviewers: [{ name: person, title: "Head of Data", email: `${first}@${domain}`, spellingConfirmed: true }],
    scheduler: { name: `${person} Office`, email: `jobs@${domain}`, phone: "+1 212 555 0111" },
  };
}

// Friday after the interviews; the Acme offer came in the morning and must be answered by Monday 17:00
// New York, while Globex and Initech are still expected to decide until Monday.
const OFFER_AT = "2026-11-27T10:00:00-06:00";
const NOW = "2026-11-27T12:00:00-06:00";
const offer = {
  type: "offer-received",
  id: "acme-offer",
  at: OFFER_AT,
  offer: {
    id: "acme",
    base: { amount: 150000, currency: "USD" },
    period: "year",
    deadline: "2026-11-30T17:00:00-05:00[America/New_York]",
  },
};

let box: Sandbox;
const read = (file: string) => readFileSync(join(box.dir, file), "utf8");
const plan = (kit: string): Plan => parsePlan(JSON.parse(read(`kits/${kit}/plan.json`)));

beforeAll(async () => {
  box = sandbox();
  const inputs = {
    acme: sample,
    globex: interview("globex-data-engineer", "Globex", "Data Engineer", "Lena Ortiz", "2026-11-24T12:00:00-05:00"),
    initech: interview(
      "initech-analytics",
      "Initech",
      "Analytics Engineer",
      "Joanna Park",
      "2026-11-24T10:00:00-05:00",
    ),
  };
  for (const [name, input] of Object.entries(inputs)) {
    writeFileSync(join(box.dir, `${name}.json`), JSON.stringify(input));
    const made = await box.run([
      "kit",
      `${name}.json`,
      "--out",
      `kits/${name}`,
      "--formats",
      "ics,md",
      "--now",
      SAMPLE_END,
    ]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
  }
  writeFileSync(join(box.dir, "offer.json"), JSON.stringify(offer));
  const applied = await box.run(["event", "kits/acme/plan.json", "offer.json", "--now", OFFER_AT]);
  expect(applied.stderr).toBe("");
  expect(applied.code).toBe(0);
});
afterAll(() => box.cleanup());

describe("afterview board over three kits", () => {
  it("prints one timeline, next step first, each line naming its company, and the conflicts with core's advice", async () => {
    const { code, stdout, stderr } = await box.run(["board", "kits", "--now", NOW]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("3 interviews, as of Fri 2026-11-27 12:00:");
    expect(stdout).toContain(
      "  Senior Data Engineer at Acme Corp: an offer is on the table, answer by Mon 2026-11-30 16:00  (kits/acme/plan.json)",
    );
    expect(stdout).toContain("Next steps, soonest first (your time, America/Chicago):");
    const steps = lines.filter((line) => /^ {2}[ \d]{2}\d?\. /.test(line));
    expect(steps.length).toBeGreaterThan(6);
    for (const line of steps) expect(line).toMatch(/ {2}(Acme Corp|Globex|Initech): /);
    expect(steps[0]).toMatch(/\(past due\) {2}← first$/);
    expect(steps.filter((line) => line.includes("(past due)")).length).toBeGreaterThan(0);

    const conflicts = lines.slice(lines.findIndex((line) => line.startsWith("Conflicts (")));
    // Globex and Initech expect to decide on the same days, so their follow-up calls fall together each week.
    expect(conflicts.slice(1, 4)).toEqual([
      "  ! Two calls in the same hours, Tue 2026-12-01 08:30 → 10:30; decide which to make first:",
      "      Globex: Follow up with Lena Ortiz Office by phone, Tue 2026-12-01 08:30 → 10:30",
      "      Initech: Follow up with Joanna Park Office by phone, Tue 2026-12-01 08:30 → 10:30",
    ]);
    expect(conflicts.filter((line) => line.includes("Two calls in the same hours"))).toHaveLength(3);
    expect(stdout).toContain(
      "Fri 2026-11-27 12:00 → Mon 2026-11-30 16:00  Globex: Follow up with Lena Ortiz Office by email about Acme Corp's offer deadline",
    );
    for (const other of ["Globex", "Initech"]) {
      expect(stdout).toContain(
        `! Acme Corp wants your answer by Mon 2026-11-30 16:00, while ${other} may still be deciding (expected Wed 2026-11-25 to Mon 2026-11-30).`,
      );
      expect(stdout).toMatch(
        new RegExp(
          `^ {6}Acme Corp expects your answer by Mon, Nov 30, 4:00 PM CST: tell ${other} and ask whether they can decide by then, .* \\[E-FU-WAIT\\]$`,
          "m",
        ),
      );
    }
    expect(lines.at(-2)).toMatch(/^Wrote kits\/board\.ics \(\d+ events from 3 plans\)$/);
  });

  it("writes one calendar that ical.js reads, every event once, with the UIDs of each kit's own calendar", async () => {
    await box.run(["board", "kits", "--now", NOW]);
    const board = uidsOf(read("kits/board.ics"));
    expect(new Set(board).size).toBe(board.length);
    // Each kit's own calendar (Acme's as `event` refreshed it after the offer) is on the board, UID for UID.
    for (const kit of ["acme", "globex", "initech"]) {
      const own = uidsOf(read(`kits/${kit}/plan.ics`));
      expect(own).toEqual(uidsOf(renderIcs(plan(kit))));
      for (const uid of own) expect(board).toContain(uid);
    }
    // And nothing else but coordinatePlans' steps: one per dated action of the coordinated plans.
    const coordinated = coordinatePlans([plan("acme"), plan("globex"), plan("initech")], { now: NOW });
    expect(board).toHaveLength(coordinated.flatMap((p) => p.actions.filter((a) => a.due)).length);
    expect(board.filter((uid) => uid.includes("offer-deadline"))).toHaveLength(2);
  });

  it("--json prints the board for apps", async () => {
    const { code, stdout } = await box.run(["board", "kits", "--now", NOW, "--json", "--out", "all.ics"]);
    expect(code).toBe(0);
    const board = JSON.parse(stdout) as Board;
    expect(board).toMatchObject({ version: 1, now: NOW, problems: [], calendar: "all.ics" });
    expect(board.plans.map((p) => [p.label, p.status, p.file])).toEqual([
      ["Acme Corp", "offer", "kits/acme/plan.json"],
      ["Globex", "awaiting-decision", "kits/globex/plan.json"],
      ["Initech", "awaiting-decision", "kits/initech/plan.json"],
    ]);
    expect(board.steps[0]).toMatchObject({ pastDue: true, label: expect.any(String), text: expect.any(String) });
    expect(board.steps.some((s) => s.action === "offer-deadline-acme-senior-data-engineer")).toBe(true);
    expect(board.conflicts.map((c) => c.kind).sort()).toEqual([
      "calls-overlap",
      "calls-overlap",
      "calls-overlap",
      "deadline-before-decision",
      "deadline-before-decision",
    ]);
    const deadline = board.conflicts.find((c) => c.kind === "deadline-before-decision");
    expect(deadline).toMatchObject({
      offer: "acme-senior-data-engineer",
      advice: { rule: "offers.share-deadline", source: "E-FU-WAIT" },
    });
    expect(uidsOf(read("all.ics")).length).toBeGreaterThan(0);
  });
});

describe("afterview board: what cannot be read is left out, the rest shown", () => {
  it("names a broken plan and a kit's copy in one line each, shows and writes the rest, exit 3", async () => {
    mkdirSync(join(box.dir, "more/broken"), { recursive: true });
    mkdirSync(join(box.dir, "more/copy"), { recursive: true });
    writeFileSync(join(box.dir, "more/broken/plan.json"), "{\n  version: 1\n}\n");
    writeFileSync(join(box.dir, "more/copy/plan.json"), read("kits/globex/plan.json"));
    const { code, stdout, stderr } = await box.run(["board", "kits", "more", "--now", NOW]);
    expect(code).toBe(3);
    expect(stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^afterview: skipped more\/broken\/plan\.json: not valid JSON at line 2, column 3: /),
      'afterview: skipped more/copy/plan.json: the same interview ("globex-data-engineer") as kits/globex/plan.json, which is shown instead (it has as many events); remove the copy you no longer use',
    ]);
    expect(stdout).toMatch(/^3 interviews, /);
    expect(stdout).toContain("Wrote kits/board.ics");
  });

  it("with no plan at all, says how to make one: exit 2, nothing written", async () => {
    mkdirSync(join(box.dir, "empty"), { recursive: true });
    const { code, stdout, stderr } = await box.run(["board", "empty", "--now", NOW]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "afterview: empty: no plan.json below; make a kit with `afterview kit <interview>`, or give the folders that hold your kits\n",
    );
  });

  it("with no plan that can be read, says why in one line: exit 2, nothing written", async () => {
    mkdirSync(join(box.dir, "bad/one"), { recursive: true });
    writeFileSync(join(box.dir, "bad/one/plan.json"), '{ "version": 1 }');
    writeFileSync(join(box.dir, "bad/kit.json"), "{}");
    const { code, stdout, stderr } = await box.run(["board", "bad", "--now", NOW]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "afterview: bad: no plan could be read, so nothing was written; bad/kit.json: a kit without its plan.json, so there is nothing to show; make the kit again from its interview with `afterview kit` (and 1 more: bad/one/plan.json)\n",
    );
  });

  it.each([
    [
      ["board", "nowhere"],
      /^afterview: nowhere: no such folder \(looked for .*\); give folders that hold kits or plan\.json files$/,
    ],
    [["board", "kits", "--now", "friday"], /^afterview: --now: /],
  ])("%j is one line, exit 2", async (argv, line) => {
    const { code, stderr } = await box.run(argv);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toMatch(line);
  });
});
