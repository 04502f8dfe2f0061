import { readFileSync } from "node:fs";
import { createPlan, type Plan, parseInterviewInput } from "@afterview/core";
import { createColors } from "picocolors";
import { describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { firstSteps, startHereLines } from "./summary.js";

const plain = createColors(false);
const sample = JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8"));
const THURSDAY = "2026-11-26T12:00:00-06:00[America/Chicago]";
const noFiles = { documents: [], planFiles: ["plan.json"], skipped: [] };

const planAt = (now: string, input: unknown = sample): Plan => createPlan(parseInterviewInput(input), { now });

describe("START-HERE: what to do first", () => {
  it("a kit made after some windows closed: the late steps still come first, each saying past due", () => {
    const lines = firstSteps(planAt(THURSDAY), noFiles, plain);
    expect(lines.slice(0, 4)).toEqual([
      "What to do first:",
      expect.stringMatching(
        /^ {2}1\. Tue 2026-11-24 14:30 → 16:00 {2}Confirm names and addresses with Priya Raman by phone {2}\(past due\)$/,
      ),
      expect.stringMatching(/^ {2}2\. .*Write the thank-you letter to Dana Whitfield by email {2}\(past due\)$/),
      expect.stringMatching(/^ {2}3\. .*Write the thank-you letter to Marek Szczepański by email {2}\(past due\)$/),
    ]);
  });

  it("a kit made as the interview ends says past due nowhere", () => {
    expect(firstSteps(planAt(SAMPLE_END), noFiles, plain).join("\n")).not.toContain("past due");
  });

  it("START-HERE lists the plan's warnings before the first steps", () => {
    const input = { ...sample, company: { ...sample.company, timeZone: "Etc/GMT+5" } };
    const lines = startHereLines(planAt(SAMPLE_END, input), noFiles, plain);
    expect(lines[2]).toMatch(
      /^Check company\.timeZone: "Etc\/GMT\+5" is a fixed offset \(UTC-05:00\).*"America\/New_York"/,
    );
    expect(lines[3]).toBe("");
    expect(lines[4]).toBe("What to do first:");
  });

  it("START-HERE for the sample has no check lines", () => {
    const lines = startHereLines(planAt(SAMPLE_END), noFiles, plain);
    expect(lines[2]).toBe("What to do first:");
  });
});
