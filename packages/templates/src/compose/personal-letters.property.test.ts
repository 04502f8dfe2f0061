/*
 * One letter per interviewer, each their own: for the sample interview and for generated panels of
 * two to four interviewers with their own names and topics, core's `reviewDrafts` finds no two
 * letters nearly identical, and every letter still does the four jobs core's `reviewDraft` checks
 * (thanks, interest, the missed example, a strength) whenever the notes hold what a job needs.
 */
import { readFileSync } from "node:fs";
import {
  createPlan,
  type InterviewInput,
  type Person,
  parseInterviewInput,
  reviewDraft,
  reviewDrafts,
} from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Document } from "../document/types.js";
import { letterText } from "../internal/test-fixtures.js";
import { TONES } from "../registry/tones.js";
import { compose } from "./compose.js";
import { composePlan } from "./compose-plan.js";

const THANK_YOU = ["thank-you/letter", "thank-you/email", "thank-you/note"] as const;
const CHANNEL = { "thank-you/letter": "postal", "thank-you/email": "email", "thank-you/note": "note" } as const;

/** The sample interview the examples and `pnpm start` use (in this repository). */
const sample = parseInterviewInput(
  JSON.parse(readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8")),
);

/** Reviews a set of thank-you documents, each to its own recipient; returns the set review. */
function review(input: InterviewInput, docs: { doc: Document; recipient: Person }[]) {
  const drafts = docs.map(({ doc, recipient }) => ({ recipient, text: letterText(doc) }));
  const set = reviewDrafts(drafts, { input });
  for (const [index, { doc, recipient }] of docs.entries()) {
    const single = reviewDraft(letterText(doc), {
      input,
      recipient,
      channel: CHANNEL[doc.templateId as keyof typeof CHANNEL],
    });
    const jobs = single.findings.filter(
      (finding) =>
        finding.severity === "error" ||
        (finding.severity === "warning" &&
          finding.code.startsWith("missing-") &&
          !(finding.code === "missing-differentiator" && !input.notes?.strengths?.length)),
    );
    expect(jobs, `${doc.templateId} to ${recipient.name} (${index})`).toEqual([]);
  }
  return set;
}

function composePlanLetters(input: InterviewInput) {
  const plan = createPlan(input, { now: input.end });
  return composePlan(plan, input)
    .filter((doc) => doc.templateId.startsWith("thank-you/"))
    .map((doc) => ({
      doc,
      recipient: input.interviewers.find((person) => person.name === doc.to?.name) as Person,
    }));
}

function everyVersion(input: InterviewInput) {
  const plan = createPlan(input, { now: input.end });
  return THANK_YOU.flatMap((id) =>
    TONES.map((tone) => ({
      label: `${id} ${tone}`,
      docs: input.interviewers.map((recipient) => ({ doc: compose(id, { input, plan, recipient, tone }), recipient })),
    })),
  );
}

describe("the sample interview", () => {
  test("composePlan's letters: one per interviewer, none a copy of another, each doing the four jobs", () => {
    const letters = composePlanLetters(sample);
    expect(letters.map(({ recipient }) => recipient.name)).toEqual(["Dana Whitfield", "Marek Szczepański"]);
    expect(review(sample, letters).findings).toEqual([]);
  });

  test("every thank-you template and tone: the two letters differ", () => {
    for (const { label, docs } of everyVersion(sample)) {
      expect(review(sample, docs).findings, label).toEqual([]);
    }
  });

  test("the example goes in full to Marek, whom it concerns; Dana's letter mentions it", () => {
    const [dana, marek] = everyVersion(sample)[0]!.docs.map(({ doc }) => letterText(doc));
    expect(marek).toContain("When you asked about late data, I forgot to mention the backfill tool");
    expect(dana).not.toContain("replays a day of events");
    expect(dana).toContain("I am also writing to Marek about the backfill tool I built");
  });
});

const FIRST = ["Dana", "José", "Siobhán", "Li", "Zoë", "Marek", "Aisha", "Kwame"];
const LAST = ["Whitfield", "García-López", "O'Brien", "Szczepański", "Nguyen", "Müller", "Okafor", "Lee"];
const TOPICS = [
  "the warehouse migration",
  "on-call load on the data team",
  "streaming ingestion with late-arriving events",
  "hiring plans for next year",
  "the patient handover process",
  "the design system",
  "budget reviews with finance",
  "how releases are tested",
  "mentoring junior analysts",
];
const STRENGTHS = [
  "Led a warehouse migration of 40 TB with no missed reporting deadline",
  "Cut the nightly pipeline from six hours to ninety minutes",
  "Ten years in paediatric wards",
  "Shipped a design system used by 40 teams",
];
const EXAMPLES = [
  "When Marek asked about late data, I forgot to mention the backfill tool I built.",
  "I never got to explain how I halved onboarding time",
  "The audit I ran found 12 unused licences",
  "When we talked about hiring, I forgot to mention that I ran our graduate scheme for three years.",
];

const panel = fc
  .record({
    size: fc.integer({ min: 2, max: 4 }),
    first: fc.shuffledSubarray(FIRST, { minLength: 4, maxLength: 4 }),
    last: fc.shuffledSubarray(LAST, { minLength: 4, maxLength: 4 }),
    topics: fc.shuffledSubarray(TOPICS, { minLength: TOPICS.length, maxLength: TOPICS.length }),
    counts: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 4, maxLength: 4 }),
    emails: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    missed: fc.option(fc.constantFrom(...EXAMPLES), { nil: undefined }),
    strengths: fc.uniqueArray(fc.constantFrom(...STRENGTHS), { maxLength: 3 }),
    format: fc.constantFrom("onsite", "video", "phone" as const),
  })
  .map((g): InterviewInput => {
    let next = 0;
    const interviewers: Person[] = Array.from({ length: g.size }, (_unused, i) => {
      const topics = g.topics.slice(next, next + g.counts[i]!);
      next += g.counts[i]!;
      const name = `${g.first[i]} ${g.last[i]}`;
      return { name, topics, ...(g.emails[i] && { email: `person${i}@acme.example` }) };
    });
    const notes = { missedExample: g.missed, strengths: g.strengths.length > 0 ? g.strengths : undefined };
    return {
      ...sample,
      format: g.format,
      interviewers,
      notes: Object.fromEntries(Object.entries(notes).filter(([, value]) => value !== undefined)),
    };
  });

describe("generated panels of two to four interviewers", () => {
  test.prop([panel], { numRuns: 40 })("composePlan's letters are each their own and do the four jobs", (input) => {
    const letters = composePlanLetters(input);
    expect(letters).toHaveLength(input.interviewers.length);
    expect(review(input, letters).findings).toEqual([]);
  });

  test.prop([panel], { numRuns: 15 })("so is every thank-you template in every tone", (input) => {
    for (const { label, docs } of everyVersion(input)) {
      expect(review(input, docs).findings, label).toEqual([]);
    }
  });
});
