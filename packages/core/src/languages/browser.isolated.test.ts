// Isolated: it runs core as the browser build does (no built-in languages) and registers languages,
// realm-wide state other test files must not see.
import { describe, expect, it, vi } from "vitest";
import { businessCalendar } from "../calendar/business-calendar.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { de, fr, registerLanguage } from "../languages.js";
import { goodLetterDe, interviewDe } from "../review/fixtures/letters-de.js";
import { goodLetterFr, interviewFr } from "../review/fixtures/letters-fr.js";
import { reviewDraft } from "../review/review-draft.js";
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

const BERLIN = "2026-12-17T16:00:00+01:00[Europe/Berlin]";
const calendar = businessCalendar({ country: "DE" });

describe("the browser build before the app registers a language", () => {
  it("refuses a review in German asked for by the context, with the lines to add", () => {
    const input = { ...interviewDe, language: undefined };
    expect(issuesOf(() => reviewDraft(goodLetterDe, { input, language: "de-AT" }))).toEqual([
      {
        path: "language",
        code: "language-not-registered",
        message:
          'asks for German ("de-AT"), but this build reads German drafts only once the app registers the language:\n' +
          '  import { de, registerLanguage } from "@afterview/core/languages";\n' +
          "  registerLanguage(de);",
      },
    ]);
  });

  it("refuses a review in French asked for by the interview, naming input.language", () => {
    const issues = issuesOf(() => reviewDraft(goodLetterFr, { input: { ...interviewFr, language: "fr-FR" } }));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([["input.language", "language-not-registered"]]);
    expect(issues[0]?.message).toContain('import { fr, registerLanguage } from "@afterview/core/languages";');
  });

  it("reads a draft only detected as German with the English rules, quietly", () => {
    const input = { ...interviewDe, language: undefined };
    const codes = reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0] }).findings.map((f) => f.code);
    // English rules find neither the German thanks nor the interest.
    expect(codes).toContain("missing-thanks");
    expect(codes).toContain("missing-interest");
  });

  it("still reads English, and a language core has no rules for", () => {
    const input = { ...interviewDe, language: "it-IT" };
    expect(() => reviewDraft(goodLetterDe, { input, language: "en-GB" })).not.toThrow();
    expect(() => reviewDraft(goodLetterDe, { input })).not.toThrow();
  });

  it("refuses a German timeline with the same code", () => {
    const issues = issuesOf(() => parseDecisionTimeline("in zwei Wochen", BERLIN, { calendar, language: "de" }));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([["options.language", "language-not-registered"]]);
  });
});

describe("registerLanguage", () => {
  it("refuses what is not a language", () => {
    expect(issuesOf(() => registerLanguage({ tag: "de" } as never))).toEqual([
      {
        path: "languages[0]",
        code: "invalid_type",
        message: 'expected a language, e.g. de from "@afterview/core/languages"',
      },
    ]);
  });

  it("makes one registration serve the timeline and the review", () => {
    registerLanguage(de, fr);
    expect(parseDecisionTimeline("in zwei Wochen", BERLIN, { calendar, language: "de" })).not.toBeNull();
    const input = { ...interviewDe, language: undefined };
    expect(reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0] })).toEqual({ findings: [], ok: true });
    expect(reviewDraft(goodLetterDe, { input, recipient: input.interviewers[0], language: "de" }).ok).toBe(true);
    const fromInterview = { ...interviewFr, language: "fr-CA" };
    expect(reviewDraft(goodLetterFr, { input: fromInterview, recipient: fromInterview.interviewers[0] }).ok).toBe(true);
  });
});
