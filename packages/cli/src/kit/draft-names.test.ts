import { readFileSync } from "node:fs";
import { applyEvent, createPlan, parseInterviewInput } from "@afterview/core";
import { composePlan } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { SAMPLE_END, SAMPLE_INTERVIEW } from "../testing/memory-io.js";
import { nameDrafts } from "./draft-names.js";

const input = parseInterviewInput(JSON.parse(readFileSync(SAMPLE_INTERVIEW, "utf8")));
const plan = createPlan(input, { now: SAMPLE_END });
const LATER = "2026-11-30T10:00:00-05:00";

describe("nameDrafts", () => {
  it("numbers a new kit's drafts in plan order, each named after its action", () => {
    const drafts = nameDrafts(plan, composePlan(plan, input), [], SAMPLE_END);
    expect(drafts.map(({ action, base, madeAt }) => [action, base, madeAt === SAMPLE_END])).toEqual([
      ["confirm-recipients", "01-recipients-call-script-priya-raman", true],
      ["write-thank-you-1", "02-thank-you-email-dana-whitfield", true],
      ["write-thank-you-2", "03-thank-you-email-marek-szczepanski", true],
      ["follow-up-1", "04-follow-up-call-script-priya-raman", true],
      ["follow-up-2", "05-follow-up-call-script-priya-raman", true],
      ["follow-up-3", "06-follow-up-call-script-priya-raman", true],
    ]);
  });

  it("keeps each earlier draft's name and date, and numbers new ones after the highest", () => {
    const earlier = nameDrafts(plan, composePlan(plan, input), [], SAMPLE_END);
    const sent = applyEvent(plan, { type: "thank-you-sent", id: "e1", at: LATER, channel: "email" }, { now: LATER });
    const heard = applyEvent(
      sent,
      { type: "timeline-updated", id: "e2", at: LATER, text: "by Friday" },
      { now: LATER },
    );
    const drafts = nameDrafts(heard, composePlan(heard, input), earlier, LATER);
    // The new timeline replaced follow-ups 1 to 3 with 4 to 6: new drafts, new numbers.
    expect(drafts.map(({ action, base }) => [action, base])).toEqual([
      ["follow-up-4", "07-follow-up-call-script-priya-raman"],
      ["follow-up-5", "08-follow-up-call-script-priya-raman"],
      ["follow-up-6", "09-follow-up-call-script-priya-raman"],
    ]);
    const again = nameDrafts(sent, composePlan(sent, input), earlier, LATER);
    expect(again.map(({ base, madeAt }) => [base, madeAt])).toEqual([
      ["04-follow-up-call-script-priya-raman", SAMPLE_END],
      ["05-follow-up-call-script-priya-raman", SAMPLE_END],
      ["06-follow-up-call-script-priya-raman", SAMPLE_END],
    ]);
  });
});
