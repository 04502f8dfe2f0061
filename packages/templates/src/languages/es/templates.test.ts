/*
 * Every Spanish template as a whole document: `__snapshots__/<family>-<name>.<locale>.<tone>.txt`.
 * es-ES: every id in every tone on the rich Madrid interview, and every id in its default tone on
 * the sparse one (`.sparse.txt`), where missing data drops out whole. es-MX: every id in its
 * default tone on the Mexico City interview. Read them as a Spanish reader would when a template
 * changes: the diff is the review.
 */
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
  madridInput,
  madridNegotiation,
  madridOffer,
  mexicoInput,
  mexicoNegotiation,
  mexicoOffer,
  sparseSpainInput,
} from "./fixtures.js";
import { es } from "./index.js";

// The Node build carries the pack already; registering it again keeps this file independent of that wiring.
registerLanguage(es);

interface Contexts {
  before: ComposeContext;
  offer: ComposeContext;
}

const madrid: Contexts = {
  before: { input: madridInput, plan: planFor(madridInput) },
  offer: { input: madridInput, plan: offerPlan(madridInput, madridOffer), negotiation: madridNegotiation },
};
const mexico: Contexts = {
  before: { input: mexicoInput, plan: planFor(mexicoInput) },
  offer: { input: mexicoInput, plan: offerPlan(mexicoInput, mexicoOffer), negotiation: mexicoNegotiation },
};
const sparse: Contexts = {
  before: { input: sparseSpainInput, plan: planFor(sparseSpainInput) },
  offer: {
    input: sparseSpainInput,
    plan: planFor(sparseSpainInput),
    offer: { base: { amount: 36000, currency: "EUR" }, period: "year" },
    negotiation: { recommendation: "negotiate-other-terms", levers: [], why: [] },
  },
};

function contextFor(id: TemplateId, contexts: Contexts): ComposeContext {
  return id.startsWith("offer/") || id === "outcome/celebrate" ? contexts.offer : contexts.before;
}

/** `thank-you/letter`, es-ES, warm → `./__snapshots__/thank-you-letter.es-ES.warm.txt`. */
function snapshot(id: TemplateId, locale: Locale, variant: string): string {
  return `./__snapshots__/${id.replace("/", "-")}.${locale}.${variant}.txt`;
}

describe.each(TEMPLATE_IDS)("%s, es-ES", (id) => {
  test.each(TONES)("%s, rich Madrid interview", async (tone) => {
    const doc = compose(id, { ...contextFor(id, madrid), tone, locale: "es-ES" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "es-ES", tone));
  });

  test(`sparse interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, sparse), locale: "es-ES" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "es-ES", "sparse"));
  });
});

describe.each(TEMPLATE_IDS)("%s, es-MX", (id) => {
  test(`rich Mexico City interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, mexico), locale: "es-MX" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "es-MX", CATALOG[id].defaultTone));
  });
});

describe("letters to the two interviewers differ, and neither guesses a gender", () => {
  const [lucia, inigo] = madridInput.interviewers;
  const bodyOf = (id: TemplateId, tone: (typeof TONES)[number], recipient: typeof lucia) =>
    compose(id, { ...madrid.before, recipient, tone, locale: "es-ES" });

  test.each(
    (["thank-you/letter", "thank-you/email", "thank-you/note"] as const).flatMap((id) =>
      TONES.map((tone) => [id, tone] as const),
    ),
  )("%s, %s", (id, tone) => {
    const toLucia = bodyOf(id, tone, lucia);
    const toInigo = bodyOf(id, tone, inigo);
    expect(toInigo.blocks[0]).not.toEqual(toLucia.blocks[0]);
    const text = documentText(toInigo);
    expect(text).toContain("la ingesta de eventos en tiempo real con datos que llegan tarde");
    expect(text).not.toContain("la carga de guardias");
    // Íñigo gave no form of address: no Estimado/a, no Sr./Sra.
    expect(toInigo.salutation).not.toMatch(/Estimad|Sr\.|Sra\./u);
  });
});

describe("Spanish text, not English", () => {
  test.each(TEMPLATE_IDS)("%s: no `de el`/`a el`, no English left, the greeting ends with a colon", (id) => {
    for (const tone of TONES) {
      for (const [contexts, locale] of [
        [madrid, "es-ES"],
        [mexico, "es-MX"],
      ] as const) {
        const doc = compose(id, { ...contextFor(id, contexts), tone, locale });
        const text = documentText(doc);
        expect(text).not.toMatch(/(?<!\p{L})(?:de|a) el(?!\p{L})/u);
        expect(text).not.toMatch(/(?<!\p{L})(?:the|and|with|Thank|Dear)(?!\p{L})/u);
        if (doc.salutation) expect(doc.salutation.endsWith(":")).toBe(true);
      }
    }
  });
});
