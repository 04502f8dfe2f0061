import { readFileSync } from "node:fs";
import { applyEvent, coordinatePlans, createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { findConflicts } from "./conflicts.js";

const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
const OFFER_AT = "2026-11-27T10:00:00-06:00";

/** The sample interview at another company: same days, same calls (Tue 2026-12-01 08:30 → 10:30 Chicago first). */
function planAt(company: string, timeline = sample.statedTimeline): Plan {
  const id = company.toLowerCase().replace(/ /g, "-");
  return createPlan(
    parseInterviewInput({ ...sample, id, company: { ...sample.company, name: company }, statedTimeline: timeline }),
    {
      now: SAMPLE_END,
    },
  );
}

function withOffer(plan: Plan, deadline: string): Plan {
  const offer = { base: { amount: 1, currency: "USD" }, period: "year" as const, deadline };
  return applyEvent(plan, { type: "offer-received", id: "o1", at: OFFER_AT, offer }, { now: OFFER_AT });
}

const label = (plans: Plan[], now: string) =>
  coordinatePlans(plans, { now }).map((plan) => ({ plan, label: plan.context.company }));

describe("findConflicts: calls", () => {
  it("flags calls to two employers in the same hours, not one employer's own calls", () => {
    const conflicts = findConflicts(label([planAt("Globex"), planAt("Initech")], SAMPLE_END), SAMPLE_END);
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.kind === "calls-overlap")).toBe(true);
    expect(conflicts[0]).toMatchObject({
      calls: [{ plan: "globex" }, { plan: "initech" }],
      from: "2026-11-24T14:30:00-06:00[America/Chicago]",
    });
    expect(findConflicts(label([planAt("Globex")], SAMPLE_END), SAMPLE_END)).toEqual([]);
  });

  it("leaves out calls whose window has closed", () => {
    const later = "2026-12-20T12:00:00-06:00";
    expect(findConflicts(label([planAt("Globex"), planAt("Initech")], later), later)).toEqual([]);
  });
});

describe("findConflicts: an offer deadline and another employer's decision", () => {
  // Globex says "by the end of next week": it expects to decide by Fri 2026-12-04.
  const globex = planAt("Globex", "We will decide by the end of next week");
  const now = "2026-11-27T12:00:00-06:00";
  const deadlines = (deadline: string) =>
    findConflicts(label([withOffer(planAt("Acme Corp"), deadline), globex], now), now)
      .filter((c) => c.kind === "deadline-before-decision")
      .map((c) => c.text);

  it.each([
    ["already passed", "2026-11-26T17:00:00-05:00", []],
    [
      "inside it",
      "2026-12-02T17:00:00-05:00[America/New_York]",
      [
        "Acme Corp wants your answer by Wed 2026-12-02 16:00, while Globex may still be deciding (expected Wed 2026-11-25 to Fri 2026-12-04).",
      ],
    ],
    [
      "on its last day",
      "2026-12-04T12:00:00-05:00[America/New_York]",
      [
        "Acme Corp wants your answer by Fri 2026-12-04 11:00, while Globex may still be deciding (expected Wed 2026-11-25 to Fri 2026-12-04).",
      ],
    ],
    ["after it", "2026-12-07T17:00:00-05:00[America/New_York]", []],
  ])("a deadline %s (%s)", (_, deadline, expected) => {
    expect(deadlines(deadline)).toEqual(expected);
  });

  it("says so when the deadline comes before the employer even expects to decide", () => {
    const hooli = planAt("Hooli", "We'll decide in two to three weeks");
    const acme = withOffer(planAt("Acme Corp"), "2026-12-02T17:00:00-05:00[America/New_York]");
    const [conflict] = findConflicts(label([acme, hooli], now), now);
    expect(conflict?.text).toMatch(
      /^Acme Corp wants your answer by Wed 2026-12-02 16:00, before Hooli expects to decide \(/,
    );
  });

  it("carries coordinatePlans' advice for the employer still deciding", () => {
    const [conflict] = findConflicts(
      label([withOffer(planAt("Acme Corp"), "2026-12-02T17:00:00-05:00[America/New_York]"), globex], now),
      now,
    ).filter((c) => c.kind === "deadline-before-decision");
    expect(conflict).toMatchObject({
      offer: "acme-corp",
      waiting: "globex",
      advice: { rule: "offers.share-deadline", source: "E-FU-WAIT" },
    });
  });
});
