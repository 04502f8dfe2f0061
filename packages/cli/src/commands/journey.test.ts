/**
 * Issue 17's journey, run as a person would: init → kit → sent → heard back with a new timeline →
 * offer → negotiate (the advice, then a better offer) → accept. Each step is `afterview event` with
 * flags on the kit's folder. At the end every file of the kit matches the final plan, and the draft
 * the person edited along the way is still theirs, with the kit's newer version beside it.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  adviseNegotiation,
  applyEvent,
  createPlan,
  type InterviewInput,
  type Plan,
  type PlanEvent,
  parseInterviewInput,
} from "@afterview/core";
import {
  calendarLinks,
  mailtoLink,
  renderEml,
  renderIcs,
  renderMarkdown,
  renderPlanMarkdown,
  renderText,
} from "@afterview/renderers";
import { composePlan, type Document } from "@afterview/templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { calendarPlan } from "../kit/build-kit.js";
import { contentHash } from "../kit/content-hash.js";
import { type Sandbox, sandbox } from "../testing/memory-io.js";

const T = {
  kit: "2026-11-24T17:00:00-06:00",
  sent: "2026-11-24T20:00:00-06:00",
  heard: "2026-11-30T10:00:00-06:00",
  offer: "2026-12-09T10:00:00-06:00",
  better: "2026-12-11T10:00:00-06:00",
  accept: "2026-12-14T09:00:00-06:00",
};
const DEADLINE = "2026-12-18T17:00:00-06:00";
const NEGOTIATION = "10-offer-negotiation-email-priya-raman";
const MY_EDIT = "Dear Priya, thank you for calling me yesterday.";

let box: Sandbox;
let input: InterviewInput;
const out: Record<string, { code: number; stdout: string; stderr: string }> = {};
/** The plan after each step, worked out with core alone, to hold the kit against. */
const plans: Record<string, Plan> = {};
const read = (file: string) => readFileSync(join(box.dir, file), "utf8");
const ls = () => readdirSync(join(box.dir, "kit")).sort();

/** The same event the command line describes, applied with core. */
function apply(plan: Plan, event: PlanEvent): Plan {
  return applyEvent(plan, event, { now: event.at });
}

beforeAll(async () => {
  box = sandbox();
  const run = async (step: string, argv: string[], now?: string) => {
    out[step] = await box.run(now === undefined ? argv : [...argv, "--now", now]);
  };
  await run("init", ["init"]);
  input = parseInterviewInput(parse(read("interview.yaml")));
  await run("kit", ["kit", "interview.yaml", "--out", "kit"], T.kit);
  plans.kit = createPlan(input, { now: T.kit });

  await run("sent", ["event", "kit", "sent", "--at", T.sent], T.sent);
  plans.sent = apply(plans.kit, { type: "thank-you-sent", id: `sent ${T.sent}`, at: T.sent, channel: "email" });

  await run(
    "heard",
    ["event", "kit/plan.json", "heard-back", "--timeline", "by the end of next week", "--at", T.heard],
    T.heard,
  );
  plans.heard = apply(plans.sent, {
    type: "timeline-updated",
    id: `heard-back ${T.heard}`,
    at: T.heard,
    text: "by the end of next week",
  });

  const offer = ["--currency", "USD", "--deadline", DEADLINE];
  await run("offer", ["event", "kit", "offer", "--amount", "95000", ...offer, "--at", T.offer], T.offer);
  const base = { currency: "USD" };
  plans.offer = apply(plans.heard, {
    type: "offer-received",
    id: `offer ${T.offer}`,
    at: T.offer,
    offer: { base: { amount: 95000, ...base }, period: "year", deadline: DEADLINE },
  });

  // The person makes the negotiation email their own before sending it.
  const draft = join(box.dir, "kit", `${NEGOTIATION}.txt`);
  writeFileSync(draft, readFileSync(draft, "utf8").replace("Dear Priya,", MY_EDIT));
  // Negotiate: the advice and the scripts, then the better offer it won.
  writeFileSync(join(box.dir, "offer.yaml"), "base: { amount: 95000, currency: USD }\nperiod: year\n");
  await run("negotiate", ["negotiate", "offer.yaml", "--interview", "interview.yaml"], T.offer);
  await run("better", ["event", "kit", "offer", "--amount", "102,000", ...offer, "--at", T.better], T.better);
  plans.better = apply(plans.offer, {
    type: "offer-received",
    id: `offer ${T.better}`,
    at: T.better,
    offer: { base: { amount: 102000, ...base }, period: "year", deadline: DEADLINE },
  });

  await run("accept", ["event", "kit", "accepted", "--at", T.accept], T.accept);
  plans.accept = apply(plans.better, { type: "offer-accepted", id: `accepted ${T.accept}`, at: T.accept });
  await run("again", ["kit", "kit/plan.json"], T.accept);
}, 120_000);
afterAll(() => box.cleanup());

/** The drafts the plan needs, as the kit composes them (the negotiation email from the offer's advice). */
function drafts(plan: Plan): Document[] {
  return composePlan(plan, input, { negotiation: plan.offer ? adviseNegotiation(plan.offer) : undefined });
}

describe("the journey, step by step", () => {
  it("every step exits 0 with nothing on stderr", () => {
    for (const [step, result] of Object.entries(out)) {
      expect(result.stderr, step).toBe("");
      expect(result.code, step).toBe(0);
    }
  });

  it("each event says what it applied and what it wrote, and never both 'Nothing changed' and 'Wrote'", () => {
    expect(out.sent?.stdout.split("\n").slice(0, 2)).toEqual([
      "Applied 1 event; the plan is now: waiting for their decision.",
      "Updated kit/: wrote 5 files, removed 8.",
    ]);
    for (const step of ["sent", "heard", "offer", "better", "accept"]) {
      expect(out[step]?.stdout, step).toMatch(/^Applied 1 event; the plan is now: /);
      expect(out[step]?.stdout, step).toMatch(/^Next: /m);
    }
    expect(out.heard?.stdout).toContain("  wrote    plan.json  plan.md  plan.ics  START-HERE.txt  kit.json\n");
    expect(out.heard?.stdout).toContain("           07-follow-up-call-script-priya-raman  .txt .md\n");
    expect(out.offer?.stdout).toContain(`           ${NEGOTIATION}  .eml .txt .md\n`);
    expect(out.better?.stdout).toContain(
      `  kept     ${NEGOTIATION}.txt, which you changed; the new version is beside it: ${NEGOTIATION}.new.txt\n`,
    );
    expect(out.accept?.stdout).toContain(
      `  kept     ${NEGOTIATION}.txt, which you changed, and the kit's last version of it, ${NEGOTIATION}.new.txt; the plan no longer needs them, so they are yours now\n`,
    );
    expect(out.negotiate?.stdout).toMatch(/^Advice: /m);
  });

  it("the new timeline's follow-ups replace the old ones in the calendar: cancelled, not duplicated", () => {
    const ics = read("kit/plan.ics");
    for (const n of [1, 2, 3]) {
      const event = ics.slice(ics.indexOf(`-follow-up-${n}@afterview`));
      expect(event.slice(0, event.indexOf("END:VEVENT"))).toContain("STATUS:CANCELLED");
    }
    expect(ics.match(/^UID:/gm)).toHaveLength(new Set(ics.match(/^UID:.*$/gm)).size);
  });
});

describe("the kit at the end matches the final plan", () => {
  it("plan.json is the plan core gives for the same events", () => {
    expect(JSON.parse(read("kit/plan.json"))).toEqual(plans.accept);
  });

  it("plan.md and plan.ics are written from it: every earlier event keeps its UID, SEQUENCE is the history", () => {
    const final = plans.accept as Plan;
    const markdown = read("kit/plan.md");
    expect(markdown.startsWith(renderPlanMarkdown(final))).toBe(true);
    // Then the hand-offs: each pending step's calendar links, and the email of each email draft.
    const links = markdown.slice(renderPlanMarkdown(final).length);
    expect(links).toMatch(/^\n## Hand-offs\n/);
    const pending = final.actions.filter((action) => action.status === "pending");
    expect(links.match(/^- /gm)).toHaveLength(pending.length);
    for (const action of pending) {
      const calendar = calendarLinks(action, final);
      expect(links).toContain(`[Google Calendar](<${calendar?.google}>)`);
      expect(links).toContain(`[Outlook](<${calendar?.outlook}>)`);
    }
    for (const doc of drafts(final).filter((d) => d.kind === "email")) {
      const mail = mailtoLink(doc);
      expect(mail.complete).toBe(true);
      expect(links).toContain(`[email](<${mail.href}>)`);
      expect(new URL(mail.href).protocol).toBe("mailto:");
    }
    const dropped = plans.sent?.actions.filter((a) => !plans.heard?.actions.some((b) => b.id === a.id)) ?? [];
    expect(dropped.map((a) => a.id)).toEqual(["follow-up-1", "follow-up-2", "follow-up-3"]);
    expect(read("kit/plan.ics")).toBe(renderIcs(calendarPlan(final, dropped)));
    const first = renderIcs(plans.kit as Plan).match(/^UID:.*$/gm) ?? [];
    for (const uid of first) expect(read("kit/plan.ics")).toContain(uid);
    expect(read("kit/plan.ics")).toMatch(/^SEQUENCE:5\r$/m);
  });

  it("holds exactly the drafts the final plan needs, each as the renderers write it, and the person's pair", () => {
    const docs = drafts(plans.accept as Plan);
    expect(docs.map((doc) => doc.templateId)).toEqual(["offer/acceptance", "outcome/withdrawal", "outcome/celebrate"]);
    const bases = ["11-offer-acceptance-priya-raman", "12-outcome-withdrawal", "13-outcome-celebrate"];
    docs.forEach((doc, index) => {
      const base = bases[index];
      expect(read(`kit/${base}.txt`)).toBe(renderText(doc));
      expect(read(`kit/${base}.md`)).toBe(renderMarkdown(doc));
      if (doc.kind === "email") expect(read(`kit/${base}.eml`)).toBe(renderEml(doc, { date: T.accept }));
    });
    expect(ls()).toEqual(
      [
        "START-HERE.txt",
        "kit.json",
        "plan.ics",
        "plan.json",
        "plan.md",
        `${NEGOTIATION}.new.txt`,
        `${NEGOTIATION}.txt`,
        "11-offer-acceptance-priya-raman.eml",
        "11-offer-acceptance-priya-raman.md",
        "11-offer-acceptance-priya-raman.txt",
        "12-outcome-withdrawal.eml",
        "12-outcome-withdrawal.md",
        "12-outcome-withdrawal.txt",
        "13-outcome-celebrate.md",
        "13-outcome-celebrate.txt",
      ].sort(),
    );
  });

  it("START-HERE.txt leads with the final plan's first steps and their files", () => {
    const start = read("kit/START-HERE.txt");
    expect(start).toMatch(/^Senior Data Engineer at Acme Corp: your follow-through kit\n/);
    expect(start).toContain("Accept the offer in writing to Priya Raman by email");
    expect(start).toContain("     open 11-offer-acceptance-priya-raman.eml\n");
    expect(start).not.toContain("negotiation");
    expect(start).toContain("Links for these steps (plan.md has them for every step):\n");
    const accept = (plans.accept as Plan).actions.find((action) => action.id === "accept-offer");
    expect(start).toContain(`    Google Calendar: ${calendarLinks(accept as never, plans.accept as Plan)?.google}\n`);
  });

  it("the edited draft keeps the edit; beside it, the kit's version for the better offer", () => {
    expect(read(`kit/${NEGOTIATION}.txt`)).toContain(MY_EDIT);
    const negotiation = drafts(plans.better as Plan).find((doc) => doc.templateId === "offer/negotiation-email");
    expect(read(`kit/${NEGOTIATION}.new.txt`)).toBe(renderText(negotiation as Document));
    expect(read(`kit/${NEGOTIATION}.new.txt`)).toContain("$102,000");
  });

  it("kit.json lists the kit's files with the hash of each as it is on disk; the person's pair is theirs now", () => {
    const manifest = JSON.parse(read("kit/kit.json"));
    const kitFiles = ls().filter((name) => name !== "kit.json" && !name.startsWith(NEGOTIATION));
    expect([...manifest.files].sort()).toEqual(kitFiles);
    for (const file of manifest.files) {
      expect(manifest.hashes[file], file).toBe(contentHash(readFileSync(join(box.dir, "kit", file))));
    }
  });

  it("refreshing it from its own plan finds nothing to write", () => {
    expect(out.again?.stdout.split("\n")[0]).toBe("kit/ already matched the plan, so nothing was written.");
  });
});
