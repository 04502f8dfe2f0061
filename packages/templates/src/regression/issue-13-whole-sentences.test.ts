/*
 * Issue 13, item 1: whole sentences from any notes. The passing mention of an example written to
 * another interviewer was cut at the note's first comma, leaving a bracket open mid-thought; and
 * a note quoted after a colon got a capital mid-sentence. Now the mention ends where a clause
 * ends, outside any bracket or quote, and the note stands as a sentence of its own.
 */
import type { InterviewInput } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { compose } from "../compose/compose.js";
import { documentText, planFor, richInput } from "../internal/test-fixtures.js";

function withNote(missedExample: string): InterviewInput {
  return { ...richInput, notes: { ...richInput.notes, missedExample } };
}

describe("issue 13: whole sentences from any notes", () => {
  test("the mention to another interviewer keeps the bracket whole", () => {
    const input = withNote(
      "When Dana asked about labelling costs, I forgot to mention the weak-supervision pipeline I designed (regexes, heuristics and a small labelled set) that cut labelling costs by 60%.",
    );
    const [, marek] = input.interviewers;
    const doc = compose("thank-you/email", { input, plan: planFor(input), recipient: marek, tone: "formal" });
    expect(documentText(doc)).toMatchInlineSnapshot(`
      "Subject: Thank you: Senior Data Engineer interview on Tuesday, November 24
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Marek Szczepański

      Dear Marek Szczepański:

      Thank you for meeting with me on Tuesday, November 24 to discuss the Senior Data Engineer position, and for speaking so candidly about streaming ingestion with late-arriving events. I am very interested in the position and would welcome the opportunity to join Acme Corp.

      I will write separately to Dana Whitfield about the weak-supervision pipeline I designed (regexes, heuristics and a small labelled set), which I did not have the chance to raise.

      The experience I believe is most relevant to your team:

      - Cut the nightly pipeline from six hours to ninety minutes
      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Thank you once more for your time. I look forward to the next step.

      Sincerely,
      Alex Morgan
      +1 312 555 0147"
    `);
  });

  test("a note that starts in lower case stands as its own sentence, with its capital", () => {
    const input = withNote("ran the A/B test that doubled sign-ups");
    const [dana] = input.interviewers;
    const doc = compose("thank-you/note", { input, plan: planFor(input), recipient: dana, tone: "warm" });
    expect(documentText(doc)).toMatchInlineSnapshot(`
      "Date: November 24, 2026 (2026-11-24)
      From: Alex Morgan <alex.morgan@example.com, +1 312 555 0147>
      To: Dana Whitfield <dana.whitfield@acme.example>

      Dear Dana,

      I enjoyed our talk about the warehouse migration and keep coming back to it. Thank you for meeting with me on Tuesday. I would love to join Acme Corp as its Senior Data Engineer. There is one more example I meant to share. Ran the A/B test that doubled sign-ups. Some of the work I am proudest of:

      - Led a warehouse migration of 40 TB with no missed reporting deadline

      Warm regards,
      Alex"
    `);
  });
});
