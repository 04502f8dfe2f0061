/*
 * For generated interviews (names with accents and apostrophes, any subset of the optional fields,
 * notes pasted with bullets and line breaks, four countries, dates over two years), every template
 * in every tone and locale, and every draft composePlan returns, is clean plain text: no mustache
 * left, no brackets, no "undefined", "null" or "NaN", no doubled or stray spaces, no dangling
 * punctuation, no empty block, and a word count within the template's range.
 */

import { createPlan } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Document } from "../document/types.js";
import { LOCALES } from "../document/types.js";
import { interview } from "../internal/test-arbitraries.js";
import { listTemplates } from "../registry/list-templates.js";
import { TONES } from "../registry/tones.js";
import { bodyWords } from "../text/words.js";
import { compose } from "./compose.js";
import { composePlan } from "./compose-plan.js";

/** Every piece of text in a document. */
function texts(doc: Document): string[] {
  const out = [doc.subject, doc.date, doc.salutation, doc.closing, ...(doc.signature ?? [])];
  for (const party of [doc.from, doc.to]) if (party) out.push(party.name, party.email, party.phone, ...party.lines);
  for (const block of doc.blocks) out.push(...(block.type === "list" ? block.items : [block.text]));
  return out.filter((text): text is string => text !== undefined);
}

function expectClean(doc: Document): void {
  for (const text of texts(doc)) {
    expect(text, doc.templateId).not.toMatch(/\{\{|\}\}|\[|\]|undefined|null|NaN/u);
    expect(text, doc.templateId).not.toMatch(/\s{2}|^\s|\s$/u);
    // French typography puts a no-break space (U+00A0 or U+202F) before : ; ! ?, and nothing else does.
    const stray = doc.locale.startsWith("fr") ? /[^\S\u00a0\u202f][,.;:!?]|[\u00a0\u202f][,.]/u : /\s[,.;:!?]/u;
    expect(text, doc.templateId).not.toMatch(stray);
    expect(text, doc.templateId).not.toMatch(/,\s*[,.;:]/u);
    expect(text.length, doc.templateId).toBeGreaterThan(0);
  }
  expect(doc.blocks.length).toBeGreaterThan(0);
  for (const block of doc.blocks) {
    if (block.type === "list") expect(block.items.length).toBeGreaterThan(0);
    // A sentence never ends on a comma or semicolon left by a missing value.
    else expect(block.text, doc.templateId).not.toMatch(/[,;]$/u);
  }
  const info = listTemplates().find((template) => template.id === doc.templateId)!;
  const words = bodyWords(doc);
  expect(words, doc.templateId).toBeGreaterThanOrEqual(info.words.min);
  expect(words, doc.templateId).toBeLessThanOrEqual(info.words.max);
}

const offer = { base: { amount: 95000.5, currency: "USD" }, period: "year", startDate: "2027-02-01" } as const;
const negotiation = {
  recommendation: "negotiate",
  ask: { amount: 104000, currency: "USD" },
  levers: ["title"],
} as const;

describe("composed documents are clean plain text", () => {
  test.prop([interview, fc.constantFrom(...TONES), fc.constantFrom(...LOCALES)], { numRuns: 60 })(
    "every template",
    (input, tone, locale) => {
      const plan = createPlan(input, { now: input.end });
      for (const template of listTemplates()) {
        expectClean(compose(template.id, { input, plan, tone, locale, offer, negotiation }));
      }
    },
  );

  test.prop([interview], { numRuns: 40 })("every draft of composePlan", (input) => {
    const plan = createPlan(input, { now: input.end });
    const docs = composePlan(plan, input);
    for (const doc of docs) expectClean(doc);
    expect(docs.length).toBeGreaterThan(0);
  });

  test.prop([interview, fc.constantFrom(...TONES)], { numRuns: 30 })(
    "the same context gives the same document",
    (input, tone) => {
      const plan = createPlan(input, { now: input.end });
      expect(compose("thank-you/letter", { input, plan, tone })).toEqual(
        compose("thank-you/letter", { input, plan, tone }),
      );
    },
  );
});
