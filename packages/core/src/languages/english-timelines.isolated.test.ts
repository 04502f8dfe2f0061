// Isolated: it runs core as the browser build does (no built-in timeline rules, English included)
// and registers English, realm-wide state other test files must not see.
import { describe, expect, it, vi } from "vitest";
import sample from "../../../../examples/data/sample-interview.json" with { type: "json" };
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { en, registerLanguage } from "../languages.js";
import { applyEvent } from "../plan/apply-event.js";
import { createPlan } from "../plan/create-plan.js";
import { reviewDraft } from "../review/review-draft.js";
import { parseInterviewInput } from "../schema/parse.js";
import { detectTimeMention } from "../timeline/mention.js";
import { parseDecisionTimeline } from "../timeline/parse.js";

// The browser build swaps built-in.ts for built-in.browser.ts (scripts/browser-build.ts): so does this file.
vi.mock("./built-in.js", () => import("./built-in.browser.js"));

function issuesOf(act: () => unknown): readonly { path: string; code: string; message: string }[] {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues;
  }
  throw new Error("expected an AfterviewValidationError");
}

const input = parseInterviewInput(sample);
const { statedTimeline, ...silent } = input;
const now = input.end;
const event = {
  type: "timeline-updated",
  id: "call-1",
  at: "2026-11-30T10:00:00-05:00[America/New_York]",
  text: "by Friday",
} as const;

describe("the browser build before the app registers English", () => {
  it("refuses to plan from the employer's words, naming the field and the lines to add", () => {
    expect(statedTimeline).toBe("We'll make a decision within two or three days");
    expect(issuesOf(() => createPlan(input, { now }))).toEqual([
      {
        path: "statedTimeline",
        code: "language-not-registered",
        message:
          "this build reads English timelines only once the app registers the language:\n" +
          '  import { en, registerLanguage } from "@afterview/core/languages";\n' +
          "  registerLanguage(en);",
      },
    ]);
  });

  it("refuses them in a country whose language it would try first", () => {
    const inBerlin = { ...input, company: { name: input.company.name, country: "DE", timeZone: "Europe/Berlin" } };
    expect(issuesOf(() => createPlan(inBerlin, { now })).map((i) => [i.path, i.code])).toEqual([
      ["statedTimeline", "language-not-registered"],
    ]);
  });

  it("plans without them: the default window, as in every build", () => {
    const plan = createPlan(silent, { now });
    expect(plan.decision).toMatchObject({ earliest: "2026-11-25", source: "default" });
    expect(plan.decision.timeline).toBeUndefined();
  });

  it("refuses a later timeline and parseDecisionTimeline the same way", () => {
    const plan = createPlan(silent, { now });
    expect(issuesOf(() => applyEvent(plan, event, { now: event.at })).map((i) => [i.path, i.code])).toEqual([
      ["event.text", "language-not-registered"],
    ]);
    expect(issuesOf(() => parseDecisionTimeline("by Friday", input.end)).map((i) => [i.path, i.code])).toEqual([
      ["text", "language-not-registered"],
    ]);
  });

  it("still finds where words name a time, and reviews English drafts", () => {
    expect(detectTimeMention("We'll decide after the board meets in the spring term")).toEqual({
      text: "in the spring",
      index: 35,
    });
    expect(reviewDraft("Thank you for your time today.", { input }).findings.length).toBeGreaterThan(0);
  });
});

describe("registerLanguage(en)", () => {
  it("reads the employer's words in createPlan, applyEvent and parseDecisionTimeline", () => {
    registerLanguage(en);
    const plan = createPlan(input, { now });
    expect(plan.decision).toMatchObject({ earliest: "2026-11-25", latest: "2026-11-30", source: "stated" });
    expect(plan.decision.timeline).toMatchObject({ text: "within two or three days", min: 2, max: 3 });
    expect(applyEvent(createPlan(silent, { now }), event, { now: event.at }).decision).toMatchObject({
      latest: "2026-12-04",
      source: "stated",
    });
    expect(parseDecisionTimeline("by Friday", input.end)).toMatchObject({ latest: "2026-11-27" });
  });

  it("leaves the review's language vote as it was", () => {
    const german = "Vielen Dank für das freundliche Gespräch und die Zeit, die Sie sich genommen haben.";
    expect(reviewDraft(german, { input }).findings.map((f) => f.code)).toContain("missing-thanks");
  });
});
