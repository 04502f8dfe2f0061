/*
 * Every French template as a whole document: `__snapshots__/<family>-<name>.<locale>.<tone>.txt`.
 * fr-FR: every id in every tone on the rich Lyon interview, and every id in its default tone on
 * the sparse one (`.sparse.txt`), where missing data drops out whole. fr-CA: every id in its
 * default tone on the Montréal interview. Read them as a French reader would when a template
 * changes (elision, agreement, spacing before `:;?!`): the diff is the review.
 */
import type { Plan } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { compose } from "../../compose/compose.js";
import type { ComposeContext } from "../../compose/context.js";
import type { Locale } from "../../document/types.js";
import { documentText, offerPlan, planFor } from "../../internal/test-fixtures.js";
import { CATALOG } from "../../registry/catalog.js";
import { TONES } from "../../registry/tones.js";
import { TEMPLATE_IDS, type TemplateId } from "../../registry/types.js";
import { registerLanguage } from "../registry.js";
import {
  lyonInput,
  lyonNegotiation,
  lyonOffer,
  montrealInput,
  montrealNegotiation,
  montrealOffer,
  sparseFranceInput,
} from "./fixtures.js";
import { fr } from "./index.js";
import { NBSP, NNBSP } from "./typography.js";

// The Node build carries the pack already; registering it again keeps this file independent of that wiring.
registerLanguage(fr);

interface Contexts {
  before: ComposeContext;
  offer: ComposeContext;
}

/**
 * The plan with its decision date as if the employer had stated it, so the `statedBy` sentences are
 * in the snapshots whatever core's timeline parser makes of a French phrase.
 */
function stated(plan: Plan): Plan {
  return { ...plan, decision: { ...plan.decision, source: "stated" } };
}

const lyon: Contexts = {
  before: { input: lyonInput, plan: stated(planFor(lyonInput)) },
  offer: { input: lyonInput, plan: offerPlan(lyonInput, lyonOffer), negotiation: lyonNegotiation },
};
const montreal: Contexts = {
  before: { input: montrealInput, plan: stated(planFor(montrealInput)) },
  offer: { input: montrealInput, plan: offerPlan(montrealInput, montrealOffer), negotiation: montrealNegotiation },
};
const sparse: Contexts = {
  before: { input: sparseFranceInput, plan: planFor(sparseFranceInput) },
  offer: {
    input: sparseFranceInput,
    plan: planFor(sparseFranceInput),
    offer: { base: { amount: 38000, currency: "EUR" }, period: "year" },
    negotiation: { recommendation: "negotiate-other-terms", levers: [], why: [] },
  },
};

function contextFor(id: TemplateId, contexts: Contexts): ComposeContext {
  return id.startsWith("offer/") || id === "outcome/celebrate" ? contexts.offer : contexts.before;
}

/** `thank-you/letter`, fr-FR, warm → `./__snapshots__/thank-you-letter.fr-FR.warm.txt`. */
function snapshot(id: TemplateId, locale: Locale, variant: string): string {
  return `./__snapshots__/${id.replace("/", "-")}.${locale}.${variant}.txt`;
}

describe.each(TEMPLATE_IDS)("%s, fr-FR", (id) => {
  test.each(TONES)("%s, rich Lyon interview", async (tone) => {
    const doc = compose(id, { ...contextFor(id, lyon), tone, locale: "fr-FR" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "fr-FR", tone));
  });

  test(`sparse interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, sparse), locale: "fr-FR" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "fr-FR", "sparse"));
  });
});

describe.each(TEMPLATE_IDS)("%s, fr-CA", (id) => {
  test(`rich Montréal interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, montreal), locale: "fr-CA" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "fr-CA", CATALOG[id].defaultTone));
  });
});

describe("French conventions across the composed documents", () => {
  const all = (contexts: Contexts, locale: Locale) =>
    TEMPLATE_IDS.flatMap((id) =>
      TONES.map((tone) => documentText(compose(id, { ...contextFor(id, contexts), tone, locale }))),
    );

  test("fr-FR: no plain space is left before : ; ? ! nor inside guillemets", () => {
    for (const text of all(lyon, "fr-FR")) {
      expect(text).not.toMatch(/ [:;?!]|« | »/u);
      expect(text).not.toMatch(new RegExp(`${NBSP}[;?!]`, "u"));
    }
  });

  test("fr-CA: no space before ; ? ! and a no-break space before :", () => {
    for (const text of all(montreal, "fr-CA")) {
      const body = text.split("\n").filter((line) => !/^(From|To|Subject|Date): /u.test(line));
      for (const line of body) {
        expect(line).not.toMatch(new RegExp(`[ ${NNBSP}${NBSP}][;?!]`, "u"));
        expect(line).not.toMatch(/ :/u);
      }
    }
  });

  test("no unelided « de » or « que » before a vowel, and no « de le » or « à le »", () => {
    for (const text of [...all(lyon, "fr-FR"), ...all(sparse, "fr-FR"), ...all(montreal, "fr-CA")]) {
      expect(text).not.toMatch(/(?<![-\p{L}])(de|que|le|la|je|ne|me|se) [aeéèêiîoôuAEÉIOU]/u);
      expect(text).not.toMatch(/(?<![-\p{L}])(de|à) (le|les) /u);
    }
  });
});

describe("the thank-you letters to the second interviewer are their own", () => {
  const [claire, julien] = lyonInput.interviewers;
  const bodyOf = (id: TemplateId, tone: (typeof TONES)[number], recipient: typeof claire) =>
    compose(id, { ...lyon.before, recipient, tone, locale: "fr-FR" }).blocks.map((block) =>
      block.type === "list" ? block.items.join("\n") : block.text,
    );

  test.each(
    (["thank-you/letter", "thank-you/email", "thank-you/note"] as const).flatMap((id) =>
      TONES.map((tone) => [id, tone] as const),
    ),
  )("%s, %s: his own topic, the example in full, another opening than Claire's", (id, tone) => {
    const forJulien = bodyOf(id, tone, julien);
    const text = forJulien.join("\n");
    expect(text).toContain("l'ingestion de flux en temps réel");
    expect(text).toContain("l'outil de rejeu que j'ai développé");
    expect(text).not.toContain("la charge d'astreinte");
    expect(forJulien[0]).not.toBe(bodyOf(id, tone, claire)[0]);
  });
});
