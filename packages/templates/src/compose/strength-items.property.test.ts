/*
 * The candidate's strengths are their own free text: a past-tense phrase ("Cut the nightly pipeline
 * ..."), a noun phrase ("deep Postgres tuning experience"), a full sentence, or one that starts with a
 * proper noun. No sentence frame fits all of these, so every template shows each strength it uses
 * as a list item of its own, word for word, under a lead-in that ends with a colon, and never
 * splices it into a sentence. For generated sets of strengths, in every template, tone and locale
 * and for each interviewer, this checks exactly that.
 */
import type { InterviewInput } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Block } from "../document/types.js";
import { en } from "../languages/en/index.js";

/** English data, so the English locales; each other language checks its own letters (review, snapshots) in languages/<lang>/. */
const LOCALES = en.locales;

import { offerPlan, richInput, richNegotiation, richOffer } from "../internal/test-fixtures.js";
import { listTemplates } from "../registry/list-templates.js";
import { TONES } from "../registry/tones.js";
import { asPhrase } from "../text/clean.js";
import { compose } from "./compose.js";

/** Strengths as people write them: verb phrases, noun phrases, whole sentences, proper nouns first. */
const PHRASINGS = [
  "Led a warehouse migration of 40 TB with no missed reporting deadline",
  "Cut the nightly pipeline from six hours to ninety minutes.",
  "deep experience tuning Postgres for write-heavy workloads",
  "I mentored four junior engineers through their first on-call rotation.",
  "Kubernetes operator I wrote that is still in production at Initech",
  "Ten years of building dashboards that finance teams actually use",
  "shipped the billing rewrite two weeks early;",
];

/** The blocks a strength may appear in: list items only, as a whole item. */
function misplaced(blocks: readonly Block[], strength: string): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "list") return block.items.filter((item) => item !== strength && item.includes(strength));
    return block.text.includes(strength) ? [block.text] : [];
  });
}

/** The prose just before each list that holds a strength. */
function leadIns(blocks: readonly Block[], strengths: readonly string[]): (string | undefined)[] {
  return blocks.flatMap((block, index) => {
    if (block.type !== "list" || !block.items.some((item) => strengths.includes(item))) return [];
    const before = blocks[index - 1];
    return [before?.type === "paragraph" || before?.type === "heading" ? before.text : undefined];
  });
}

describe("strengths are list items, never spliced into a sentence", () => {
  test.prop([fc.uniqueArray(fc.constantFrom(...PHRASINGS), { minLength: 1, maxLength: 3 })], { numRuns: 15 })(
    "every template, tone, locale and reader",
    (written) => {
      const input: InterviewInput = { ...richInput, notes: { ...richInput.notes, strengths: written } };
      const strengths = written.map((text) => asPhrase(text) as string);
      const plan = offerPlan(input, richOffer);
      for (const info of listTemplates()) {
        for (const tone of TONES) {
          for (const locale of LOCALES) {
            for (const recipient of input.interviewers) {
              const doc = compose(info.id, { input, plan, tone, locale, recipient, negotiation: richNegotiation });
              const label = `${info.id} ${tone} ${locale} to ${recipient.name}`;
              for (const strength of strengths) expect(misplaced(doc.blocks, strength), label).toEqual([]);
              for (const lead of leadIns(doc.blocks, strengths)) {
                if (lead !== undefined && !info.id.includes("call-script") && !info.id.includes("reflection")) {
                  expect(lead, label).toMatch(/:$/u);
                }
              }
            }
          }
        }
      }
    },
  );

  test("every thank-you version shows at least the reader's lead strength", () => {
    const plan = offerPlan(richInput, richOffer);
    const strengths = richInput.notes?.strengths ?? [];
    for (const id of ["thank-you/letter", "thank-you/email", "thank-you/note"] as const) {
      for (const tone of TONES) {
        for (const recipient of richInput.interviewers) {
          const doc = compose(id, { input: richInput, plan, tone, recipient });
          const items = doc.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
          expect(
            items.some((item) => strengths.includes(item)),
            `${id} ${tone} to ${recipient.name}`,
          ).toBe(true);
        }
      }
    }
  });
});
