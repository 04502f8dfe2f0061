/*
 * Every French thank-you letter passes core's review read as French: no error, and on the rich
 * interviews all four jobs done (thanks, interest, the missed example, what sets the candidate
 * apart); letters to the two interviewers are not copies of each other.
 */
import { type InterviewInput, reviewDraft, reviewDrafts } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { compose } from "../../compose/compose.js";
import type { Locale } from "../../document/types.js";
import { letterText, planFor } from "../../internal/test-fixtures.js";
import { TONES } from "../../registry/tones.js";
import { registerLanguage } from "../registry.js";
import { lyonInput, montrealInput, sparseFranceInput } from "./fixtures.js";
import { fr } from "./index.js";

registerLanguage(fr);

const CHANNEL = { "thank-you/letter": "postal", "thank-you/email": "email", "thank-you/note": "note" } as const;
const PURPOSES = ["missing-thanks", "missing-interest", "missing-example", "missing-differentiator"];
const interviews: [string, InterviewInput, Locale][] = [
  ["rich Lyon", lyonInput, "fr-FR"],
  ["rich Montréal", montrealInput, "fr-CA"],
  ["sparse", sparseFranceInput, "fr-FR"],
];

describe.each(interviews)("%s interview", (label, input, locale) => {
  const plan = planFor(input);
  test.each(
    (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]).flatMap((id) => TONES.map((tone) => [id, tone] as const)),
  )("%s, %s", (id, tone) => {
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
