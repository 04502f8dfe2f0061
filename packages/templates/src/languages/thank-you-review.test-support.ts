/*
 * The check every language's review.test.ts runs: each thank-you letter, email and card, in every
 * tone and each locale given, passes core's review read in that locale with no error; on a rich
 * interview all four jobs are done (thanks, interest, the missed example, what sets the candidate
 * apart); and the letters to the interviewers are not copies of each other.
 */
import { type InterviewInput, reviewDraft, reviewDrafts } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { compose } from "../compose/compose.js";
import type { Locale } from "../document/types.js";
import { letterText, planFor } from "../internal/test-fixtures.js";
import { TONES } from "../registry/tones.js";

const CHANNEL = { "thank-you/letter": "postal", "thank-you/email": "email", "thank-you/note": "note" } as const;
const PURPOSES = ["missing-thanks", "missing-interest", "missing-example", "missing-differentiator"];

/** One interview to check: its label (`rich …` ones must do all four jobs), the input, its locales. */
export type ReviewCase = [label: string, input: InterviewInput, locales: readonly Locale[]];

export function checkThankYouReviews(cases: readonly ReviewCase[]): void {
  describe.each(cases)("%s interview", (label, input, locales) => {
    const plan = planFor(input);
    test.each(
      (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]).flatMap((id) =>
        TONES.flatMap((tone) => locales.map((locale) => [id, tone, locale] as const)),
      ),
    )("%s, %s, %s", (id, tone, locale) => {
      const drafts = input.interviewers.map((recipient) => ({
        recipient,
        text: letterText(compose(id, { input, plan, recipient, tone, locale })),
      }));
      for (const draft of drafts) {
        const review = reviewDraft(draft.text, {
          input,
          recipient: draft.recipient,
          channel: CHANNEL[id],
          language: locale,
        });
        expect(review.findings.filter((finding) => finding.severity === "error")).toEqual([]);
        if (label.startsWith("rich")) {
          expect(review.findings.filter((finding) => PURPOSES.includes(finding.code))).toEqual([]);
        }
      }
      expect(reviewDrafts(drafts, { input, channel: CHANNEL[id], language: locale }).ok).toBe(true);
    });
  });
}
