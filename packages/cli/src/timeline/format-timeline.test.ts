import { readFileSync } from "node:fs";
import { createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { formatTimeline, isPastDue, warningLines } from "./format-timeline.js";

const plain = createColors(false);
const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
// Thursday after the interview, on the candidate's clock: the thank-you steps are late, the calls are not.
const THURSDAY = "2026-11-26T12:00:00-06:00[America/Chicago]";

const planAt = (now: string, input: unknown = sample): Plan => createPlan(parseInterviewInput(input), { now });
const pastDueLines = (lines: string[]) => lines.filter((line) => line.includes("(past due)"));

describe("formatTimeline: past due", () => {
  it("follows the plan's overdue mark with no clock of its own", () => {
    const plan = planAt(THURSDAY);
    const overdue = plan.actions.filter((a) => a.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    const lines = pastDueLines(formatTimeline(plan, plain));
    expect(lines).toHaveLength(overdue.length);
    expect(lines[0]).toMatch(/Confirm names and addresses with Priya Raman by phone {2}\(past due\) {2}← first$/);
  });

  it("also marks what has fallen due since a stored plan was made, at the time it is shown", () => {
    const plan = planAt(SAMPLE_END);
    expect(pastDueLines(formatTimeline(plan, plain))).toEqual([]);
    expect(pastDueLines(formatTimeline(plan, plain, THURSDAY))).toHaveLength(
      planAt(THURSDAY).actions.filter((a) => a.overdue).length,
    );
  });

  it("isPastDue: the mark or the clock, and only for pending actions", () => {
    const [action] = planAt(THURSDAY).actions;
    expect(action?.overdue).toBe(true);
    expect(isPastDue(action!)).toBe(true);
    expect(isPastDue({ ...action!, status: "done" })).toBe(false);
    const { overdue: _, ...unmarked } = action!;
    expect(isPastDue(unmarked)).toBe(false);
    expect(isPastDue(unmarked, THURSDAY)).toBe(true);
  });
});

describe("formatTimeline: warnings", () => {
  it("prints each warning after the header, naming the field", () => {
    const input = { ...sample, candidate: { ...sample.candidate, timeZone: "EST" } };
    const lines = formatTimeline(planAt(SAMPLE_END, input), plain);
    const check = lines.findIndex((line) => line.startsWith("Check candidate.timeZone: "));
    expect(lines[check]).toContain('"EST" is a fixed offset (UTC-05:00)');
    expect(check).toBeLessThan(lines.findIndex((line) => line.startsWith("What to do")));
  });

  it("prints none for the sample", () => {
    expect(warningLines(planAt(SAMPLE_END), plain)).toEqual([]);
  });
});
