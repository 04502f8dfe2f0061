import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../schema/interview-input.js";
import { interview, interviewWithoutNotes } from "../fixtures/interview.js";
import { subjectOf } from "../fixtures/subject.js";
import { checkPurposes } from "./purposes.js";

const THANKS = "Thank you for meeting with me today.";
const INTEREST = "I came away more excited than ever about the data engineering role at Acme.";
const EXAMPLE = "I forgot to mention the backfill tool I wrote, which replays a day of events in under an hour.";
const STRENGTH = "I led a 40 TB warehouse migration with no missed reporting deadline.";

const codes = (draft: string, input: InterviewInput = interview) =>
  checkPurposes(subjectOf(draft, { input })).map((item) => `${item.severity} ${item.code}`);

describe("checkPurposes", () => {
  it("is quiet when all four jobs are done", () => {
    expect(codes([THANKS, INTEREST, EXAMPLE, STRENGTH].join(" "))).toEqual([]);
  });

  describe("thanks", () => {
    const rest = [INTEREST, EXAMPLE, STRENGTH].join(" ");
    it.each([
      ["thank you", "Thank you for your time."],
      ["thanks", "Many thanks for the tour."],
      ["appreciate", "I really appreciated the chance to meet the team."],
      ["grateful", "I am grateful for your time."],
      ["gratitude", "With gratitude for a kind afternoon."],
    ])("accepts %s", (_name, sentence) => {
      expect(codes(`${sentence} ${rest}`)).toEqual([]);
    });
    it("reports a letter that never thanks as an error", () => {
      expect(codes(rest)).toEqual(["error missing-thanks"]);
    });
  });

  describe("interest", () => {
    const rest = [THANKS, EXAMPLE, STRENGTH].join(" ");
    const restates: [string, string][] = [
      ["excited about the role", "I am excited about this role."],
      ["would love to join the company", "I would love to join Acme."],
      ["keen to contribute", "I am keen to contribute to your pipelines."],
      ["looking forward to working together", "I look forward to working with you."],
      ["want with the job title", "This Data Engineer post is exactly what I want."],
      ["eager, with a company possessive", "I am eager to help with Acme's migration."],
      ["interested, after a title", "Ms. Whitfield, I am very interested in the position."],
      ["couldn't be more excited", "I couldn't be more excited about the opportunity."],
      ["would welcome the chance", "I would welcome the chance to join your team."],
    ];
    it.each(restates)("accepts %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`)).toEqual([]);
    });

    const missing: [string, string][] = [
      ["no interest at all", "The office was lovely."],
      ["looking forward to hearing back only", "I look forward to hearing from you."],
      ["wanting to thank is not wanting the job", "I wanted to thank you for showing me around Acme."],
      ["a negated interest", "I am no longer interested in the role."],
      ["interest and role in different sentences", "I am excited. The role was described well."],
    ];
    it.each(missing)("warns on %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`)).toEqual(["warning missing-interest"]);
    });

    it("says the job is not wanted instead, when the notes say so", () => {
      const input: InterviewInput = { ...interview, interest: "not-interested" };
      expect(codes(rest, input)).toEqual(["warning not-interested"]);
      expect(codes(`${rest} ${INTEREST}`, input)).toEqual(["warning not-interested"]);
    });
  });

  describe("the missed example from the notes", () => {
    const rest = [THANKS, INTEREST, STRENGTH].join(" ");
    it.each([
      [
        "the example in other words",
        "I never got to tell you about the backfill tool I built: it replays a day's events in an hour.",
      ],
      ["the example nearly word for word", EXAMPLE],
    ])("accepts %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`)).toEqual([]);
    });
    it.each([
      ["nothing of it", "I also enjoyed lunch."],
      ["only words any letter to a data team would use", "Late data is a hard problem for any data team."],
      ["an unrelated example", "For example, I once organised a hackathon."],
    ])("warns on %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`)).toEqual(["warning missing-example"]);
    });
    it("quotes the example in the message", () => {
      const [item] = checkPurposes(subjectOf(rest));
      expect(item?.message).toContain("backfill tool");
    });
  });

  describe("an explanation, when the notes hold no example", () => {
    const rest = [THANKS, INTEREST, "I have a track record of calm, careful delivery."].join(" ");
    it.each([
      ["for example", "For example, I once rebuilt a reporting stack in a month."],
      ["I forgot to mention", "I forgot to mention my work on data contracts."],
      ["to add to", "To add to our chat about testing, I wrote our test guide."],
      ["a topic discussed", "Our talk about streaming ingestion stayed with me."],
    ])("accepts %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`, interviewWithoutNotes)).toEqual([]);
    });
    it("suggests one at info level when there is none", () => {
      expect(codes(rest, interviewWithoutNotes)).toEqual(["info missing-example"]);
    });
  });

  describe("what sets the candidate apart", () => {
    const rest = [THANKS, INTEREST, EXAMPLE].join(" ");
    it.each([
      ["a strength from the notes", "Having led a warehouse migration of 40 TB, I know the risks."],
      ["what I bring", "Here is what I bring: calm on-call habits."],
      ["experience in", "I have six years of experience in streaming systems."],
      ["a track record", "I have a track record of shipping on time."],
    ])("accepts %s", (_name, sentence) => {
      expect(codes(`${rest} ${sentence}`)).toEqual([]);
    });
    it("warns, naming a strength from the notes, when there is none", () => {
      const findings = checkPurposes(subjectOf(rest));
      expect(findings.map((item) => `${item.severity} ${item.code}`)).toEqual(["warning missing-differentiator"]);
      expect(findings[0]?.message).toContain("warehouse migration");
    });
    it("warns without notes too", () => {
      expect(codes(`${rest} Thanks again.`, interviewWithoutNotes)).toEqual(["warning missing-differentiator"]);
    });
  });

  it("reports every missing job of an empty draft, without positions", () => {
    const findings = checkPurposes(subjectOf(""));
    expect(findings.map((item) => item.code)).toEqual([
      "missing-thanks",
      "missing-interest",
      "missing-example",
      "missing-differentiator",
    ]);
    expect(findings.every((item) => item.at === undefined)).toBe(true);
  });
});
