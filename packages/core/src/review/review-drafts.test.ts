import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { goodLetter, goodLetterToJose, interview } from "./fixtures/interview.js";
import { reviewDrafts } from "./review-drafts.js";

const [dana, jose] = interview.interviewers as [(typeof interview.interviewers)[0], (typeof interview.interviewers)[0]];

describe("reviewDrafts", () => {
  it("passes two personal letters", () => {
    const result = reviewDrafts(
      [
        { recipient: dana, text: goodLetter },
        { recipient: jose, text: goodLetterToJose },
      ],
      { input: interview },
    );
    expect(result).toEqual({
      reviews: [
        { findings: [], ok: true },
        { findings: [], ok: true },
      ],
      findings: [],
      ok: true,
    });
  });

  it("flags the same letter sent to two people, in the set and in each review", () => {
    const copy = goodLetter.replace("Dear Ms. Whitfield", "Dear José");
    const result = reviewDrafts(
      [
        { recipient: dana, text: goodLetter },
        { recipient: jose, text: copy },
      ],
      { input: interview },
    );
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: "warning", code: "identical-letters", drafts: [0, 1], overlap: 1 }),
    ]);
    expect(result.findings[0]?.message).toContain("mention what you discussed with each person");
    expect(result.reviews.map((review) => review.findings.map((item) => item.code))).toEqual([
      ["identical-letters"],
      ["identical-letters"],
    ]);
    expect(result.reviews[1]?.findings[0]?.message).toContain("Dana Whitfield");
    expect(result.reviews[0]?.findings[0]?.message).toContain("the warehouse migration");
    expect(result.ok).toBe(true);
  });

  it("reviews each draft with its own recipient", () => {
    const result = reviewDrafts(
      [
        { recipient: dana, text: goodLetterToJose },
        { recipient: jose, text: goodLetterToJose },
      ],
      { input: interview },
    );
    expect(result.reviews.map((review) => review.findings.map((item) => item.code))).toEqual([
      ["identical-letters", "wrong-recipient"],
      ["identical-letters"],
    ]);
    expect(result.ok).toBe(false);
  });

  it("uses the caller's similarity threshold", () => {
    const drafts = [
      { recipient: dana, text: goodLetter },
      { recipient: jose, text: goodLetterToJose },
    ];
    expect(reviewDrafts(drafts, { input: interview, similarityThreshold: 0.3 }).findings).toHaveLength(1);
  });

  it("reviews an empty set", () => {
    expect(reviewDrafts([], { input: interview })).toEqual({ reviews: [], findings: [], ok: true });
  });

  it.each([
    ["a draft that is not text", [{ recipient: dana, text: 5 }], {}, "drafts[0].text"],
    ["a draft that is too long", [{ recipient: dana, text: "a".repeat(50_001) }], {}, "drafts[0].text"],
    ["a recipient with a bad field", [{ recipient: { name: 3 }, text: "Hi" }], {}, "drafts[0].recipient.name"],
    ["too many drafts", Array.from({ length: 51 }, () => ({ recipient: dana, text: "Hi" })), {}, "drafts"],
    ["drafts that are not a list", "Hi", {}, "drafts"],
    ["a threshold above 1", [], { similarityThreshold: 1.5 }, "similarityThreshold"],
    ["a recipient for the whole set", [], { recipient: dana }, "recipient"],
  ])("refuses %s", (_name, drafts, extra, path) => {
    let error: unknown;
    try {
      reviewDrafts(drafts as never, { input: interview, ...extra } as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((issue) => issue.path)).toEqual([path]);
  });
});
