import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { goodLetter, goodLetterToJose, interview } from "./fixtures/interview.js";
import { reviewDraft } from "./review-draft.js";
import type { DraftReview } from "./types.js";

const [dana, jose] = interview.interviewers as [(typeof interview.interviewers)[0], (typeof interview.interviewers)[0]];
const context = { input: interview, recipient: dana, otherCompanies: ["Globex", "Initech"] };

const codesOf = (review: DraftReview) => review.findings.map((item) => item.code);

function issuesOf(run: () => unknown): { path: string; code: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues.map(({ path, code }) => ({ path, code }));
  }
  throw new Error("expected a validation error");
}

describe("reviewDraft", () => {
  it("passes good letters to each interviewer", () => {
    expect(reviewDraft(goodLetter, context)).toEqual({ findings: [], ok: true });
    expect(reviewDraft(goodLetterToJose, { ...context, recipient: jose })).toEqual({ findings: [], ok: true });
  });

  const edits: [name: string, edit: (text: string) => string, codes: string[], ok: boolean][] = [
    [
      "another company left in",
      (t) => t.replace("role at Acme", "role at Globex"),
      ["company-missing", "other-company"],
      false,
    ],
    ["a misspelt surname", (t) => t.replace("Ms. Whitfield", "Ms. Whitfeld"), ["name-misspelled"], true],
    [
      "addressed to the other interviewer",
      (t) => t.replace("Dear Ms. Whitfield", "Dear José"),
      ["wrong-recipient"],
      false,
    ],
    ["a generic greeting", (t) => t.replace("Dear Ms. Whitfield", "Dear Hiring Manager"), ["generic-salutation"], true],
    ["a leftover placeholder", (t) => t.replace("this afternoon", "on [Date]"), ["placeholder"], false],
    ["no thanks", (t) => t.replaceAll("Thank you", "Cheers").replace("thank", "value"), ["missing-thanks"], false],
    [
      "no interest",
      (t) =>
        t.replace("and I left even more excited about the Senior Data Engineer role at Acme", "and Acme's offices"),
      ["missing-interest"],
      true,
    ],
    [
      "no example",
      (t) => t.replace(/When we talked[^\n]+works\./, "I also liked the coffee."),
      ["missing-example"],
      true,
    ],
    [
      "no strength",
      (t) =>
        t.replace(/I also led[^\n]+first week\./, "The view from the office was lovely.").replace("I built", "I wrote"),
      ["missing-differentiator"],
      true,
    ],
    [
      "padded far too long",
      (t) => `${t}\n\nP.S. ${"We also talked about the weather. ".repeat(45)}`,
      ["too-long"],
      true,
    ],
  ];
  it.each(edits)("flags %s", (_name, edit, codes, ok) => {
    const review = reviewDraft(edit(goodLetter), context);
    expect(codesOf(review)).toEqual(codes);
    expect(review.ok).toBe(ok);
  });

  it("lists document-wide findings first, then the rest in reading order", () => {
    const draft = "Dear [Name],\n\nI met Ms. Whitfeld at Globex. XXX";
    const review = reviewDraft(draft, context);
    const positioned = review.findings.filter((item) => item.at);
    const firstPositioned = review.findings.findIndex((item) => item.at);
    expect(review.findings.slice(firstPositioned).every((item) => item.at)).toBe(true);
    expect(positioned.map((item) => item.at!.start)).toEqual(
      positioned.map((item) => item.at!.start).sort((a, b) => a - b),
    );
    expect(positioned.map((item) => draft.slice(item.at!.start, item.at!.end))).toEqual([
      "[Name]",
      "Whitfeld",
      "Globex",
      "XXX",
    ]);
  });

  it("matches the example in its documentation", () => {
    const review = reviewDraft(
      "Dear Ms. Whitfeld,\n\nThank you for meeting me today. I enjoyed our talk about Globex's warehouse migration...",
      { input: interview, recipient: dana, otherCompanies: ["Globex"] },
    );
    expect(review.ok).toBe(false);
    expect(codesOf(review)).toEqual([
      "missing-interest",
      "missing-example",
      "missing-differentiator",
      "company-missing",
      "too-short",
      "name-misspelled",
      "other-company",
    ]);
    expect(review.findings.find((item) => item.code === "name-misspelled")?.at).toEqual({
      start: 9,
      end: 17,
      line: 1,
      column: 10,
    });
  });

  it("uses the channel's limits and the caller's overrides", () => {
    expect(codesOf(reviewDraft(goodLetter, { ...context, channel: "note" }))).toEqual(["too-long"]);
    expect(
      codesOf(reviewDraft(goodLetter, { ...context, channel: "note", limits: { idealMax: 250, max: 250 } })),
    ).toEqual([]);
  });

  it("reads a context from JSON", () => {
    const review = reviewDraft(goodLetter, JSON.parse(JSON.stringify(context)));
    expect(review.ok).toBe(true);
  });
});

describe("reviewDraft: validation", () => {
  const cases: [name: string, run: () => unknown, issues: { path: string; code: string }[]][] = [
    [
      "a draft that is not a string",
      () => reviewDraft(42 as unknown as string, context),
      [{ path: "draft", code: "invalid_type" }],
    ],
    [
      "a draft over 50,000 characters",
      () => reviewDraft("a".repeat(50_001), context),
      [{ path: "draft", code: "too_big" }],
    ],
    ["no context", () => reviewDraft("Hi", undefined as never), [{ path: "context", code: "invalid_type" }]],
    [
      "a bad interview",
      () =>
        reviewDraft("Hi", { ...context, input: { ...interview, company: { ...interview.company, name: 7 } } as never }),
      [{ path: "input.company.name", code: "invalid_type" }],
    ],
    [
      "no interview",
      () => reviewDraft("Hi", { otherCompanies: [] } as never),
      [{ path: "input", code: "invalid_type" }],
    ],
    [
      "too many other companies",
      () => reviewDraft("Hi", { ...context, otherCompanies: Array.from({ length: 51 }, (_, i) => `Company ${i}`) }),
      [{ path: "otherCompanies", code: "too_big" }],
    ],
    [
      "another company that is not a string",
      () => reviewDraft("Hi", { ...context, otherCompanies: ["Globex", 3 as unknown as string] }),
      [{ path: "otherCompanies[1]", code: "invalid_type" }],
    ],
    [
      "an unknown channel",
      () => reviewDraft("Hi", { ...context, channel: "fax" as never }),
      [{ path: "channel", code: "invalid_value" }],
    ],
    [
      "a negative limit",
      () => reviewDraft("Hi", { ...context, limits: { max: -1 } }),
      [{ path: "limits.max", code: "too_small" }],
    ],
    [
      "limits out of order",
      () => reviewDraft("Hi", { ...context, limits: { max: 80 } }),
      [{ path: "limits", code: "invalid-order" }],
    ],
    [
      "a misspelt option",
      () => reviewDraft("Hi", { ...context, recipents: [] } as never),
      [{ path: "recipents", code: "unrecognized_keys" }],
    ],
    [
      "a recipient with an unknown field",
      () => reviewDraft("Hi", { ...context, recipient: { name: "Dana", nickname: "D" } as never }),
      [{ path: "recipient.nickname", code: "unrecognized_keys" }],
    ],
    [
      "a forbidden key",
      () =>
        reviewDraft("Hi", JSON.parse(`{"input": ${JSON.stringify(interview)}, "limits": {"__proto__": {"min": 1}}}`)),
      [{ path: "limits.__proto__", code: "forbidden-key" }],
    ],
    [
      "a bad draft and a bad context at once",
      () => reviewDraft(null as never, { ...context, channel: "fax" as never }),
      [
        { path: "draft", code: "invalid_type" },
        { path: "channel", code: "invalid_value" },
      ],
    ],
  ];
  it.each(cases)("refuses %s", (_name, run, issues) => {
    expect(issuesOf(run)).toEqual(issues);
  });

  it("accepts a draft of exactly 50,000 characters", () => {
    expect(() => reviewDraft("a ".repeat(25_000), context)).not.toThrow();
  });
});

describe("reviewDraft: properties", () => {
  const letterish = fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.constantFrom(
          "Dear",
          "Ms.",
          "Whitfeld",
          "Whitfield",
          "José",
          "Jose",
          "Acme",
          "Globex",
          "[Name]",
          "{{x}}",
          "<name>",
          "XXX",
          "___",
          "thank",
          "excited",
          "role",
          "for example",
          "\r\n",
          "\n\n",
          ",",
          ".",
          "’s",
          "😀",
          "\u0301",
        ),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(" "));

  test.prop([fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), letterish)])(
    "never throws on a string, and every position slices to text inside the draft",
    (draft) => {
      const review = reviewDraft(draft, context);
      expect(review.ok).toBe(review.findings.every((item) => item.severity !== "error"));
      for (const item of review.findings) {
        if (!item.at) continue;
        const { start, end, line, column } = item.at;
        expect(0 <= start && start < end && end <= draft.length).toBe(true);
        expect(draft.slice(start, end).trim()).not.toBe("");
        const lines = draft.slice(0, start).split(/\r\n|\r|\n/);
        expect(line).toBe(lines.length);
        expect(column).toBe(lines.at(-1)!.length + 1);
      }
    },
  );

  test.prop([letterish])("gives the same review twice", (draft) => {
    expect(reviewDraft(draft, context)).toEqual(reviewDraft(draft, context));
  });

  const space = fc.constantFrom(" ", "  ", "\t", " \t ", "\u00a0");
  const paragraphBreak = fc.constantFrom("\n\n", "\n\n\n", "\r\n\r\n", "\n \n");
  test.prop([
    fc.infiniteStream(space),
    fc.infiniteStream(paragraphBreak),
    fc.infiniteStream(fc.constantFrom("\n", "\r\n")),
  ])("a clean letter stays clean however its whitespace is laid out", (spaces, breaks, newlines) => {
    const spaceIt = spaces[Symbol.iterator]();
    const breakIt = breaks[Symbol.iterator]();
    const newlineIt = newlines[Symbol.iterator]();
    const varied = goodLetter
      .split("\n\n")
      .map((paragraph) =>
        paragraph
          .split("\n")
          .map((line) =>
            line
              .split(" ")
              .map((word) => word)
              .reduce((out, word) => `${out}${spaceIt.next().value}${word}`, "")
              .trimStart(),
          )
          .join(newlineIt.next().value),
      )
      .join(breakIt.next().value);
    expect(reviewDraft(`${varied}${spaceIt.next().value}`, context).findings).toEqual([]);
  });
});
