/*
 * The drafts are nearly ready to send: every thank-you letter passes core's review with no error
 * (and, for a full interview, does all four jobs with no warning about them), letters to two
 * interviewers differ, and every template stays within its word range.
 */
import { type InterviewInput, type Plan, reviewDraft, reviewDrafts } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { en } from "../languages/en/index.js";

/** English data, so the English locales; each other language checks its own letters (review, snapshots) in languages/<lang>/. */
const LOCALES = en.locales;

import {
  letterText,
  offerPlan,
  planFor,
  richInput,
  richNegotiation,
  richOffer,
  sparseInput,
} from "../internal/test-fixtures.js";
import { listTemplates } from "../registry/list-templates.js";
import { TONES } from "../registry/tones.js";
import { bodyWords } from "../text/words.js";
import { compose } from "./compose.js";

const THANK_YOU = ["thank-you/letter", "thank-you/email", "thank-you/note"] as const;
const CHANNEL = { "thank-you/letter": "postal", "thank-you/email": "email", "thank-you/note": "note" } as const;
const PURPOSES = ["missing-thanks", "missing-interest", "missing-example", "missing-differentiator"];

const interviews: [string, InterviewInput][] = [
  ["rich", richInput],
  ["sparse", sparseInput],
];

describe("thank-you letters pass core's review", () => {
  for (const [label, input] of interviews) {
    const plan = planFor(input);
    for (const id of THANK_YOU) {
      for (const tone of TONES) {
        for (const locale of LOCALES) {
          test(`${label}: ${id}, ${tone}, ${locale}`, () => {
            const drafts = input.interviewers.map((recipient) => ({
              recipient,
              text: letterText(compose(id, { input, plan, recipient, tone, locale })),
            }));
            for (const draft of drafts) {
              const review = reviewDraft(draft.text, { input, recipient: draft.recipient, channel: CHANNEL[id] });
              expect(review.findings.filter((finding) => finding.severity === "error")).toEqual([]);
              expect(review.ok).toBe(true);
              if (label === "rich") {
                // With topics, a missed example and strengths, the letter does all four jobs.
                expect(review.findings.filter((finding) => PURPOSES.includes(finding.code))).toEqual([]);
              }
            }
            const set = reviewDrafts(drafts, { input, channel: CHANNEL[id] });
            expect(set.ok).toBe(true);
          });
        }
      }
    }
  }

  test("each letter names its reader's own topics and no one else's", () => {
    const plan = planFor(richInput);
    const [dana, marek] = richInput.interviewers;
    const toDana = letterText(compose("thank-you/letter", { input: richInput, plan, recipient: dana }));
    const toMarek = letterText(compose("thank-you/letter", { input: richInput, plan, recipient: marek }));
    expect(toDana).toContain("the warehouse migration");
    expect(toDana).not.toContain("streaming ingestion");
    expect(toMarek).toContain("streaming ingestion with late-arriving events");
    expect(toMarek).not.toContain("on-call load");
  });
});

describe("word counts stay within each template's range", () => {
  const contexts: [string, InterviewInput, Plan][] = [
    ["rich", richInput, offerPlan(richInput, richOffer)],
    ["sparse", sparseInput, planFor(sparseInput)],
  ];
  for (const info of listTemplates()) {
    test(info.id, () => {
      for (const [, input, plan] of contexts) {
        for (const tone of TONES) {
          for (const locale of LOCALES) {
            const doc = compose(info.id, {
              input,
              plan,
              tone,
              locale,
              offer: plan.offer ?? { base: { amount: 42000, currency: "GBP" }, period: "year" },
              negotiation: richNegotiation,
            });
            const words = bodyWords(doc);
            expect(words, `${tone} ${locale}`).toBeGreaterThanOrEqual(info.words.min);
            expect(words, `${tone} ${locale}`).toBeLessThanOrEqual(info.words.max);
          }
        }
      }
    });
  }
});
