/*
 * Every German template as a whole document: `__snapshots__/<family>-<name>.<locale>.<tone>.txt`.
 * de-DE: every id in every tone on the rich Berlin interview, and every id in its default tone on
 * the sparse one (`.sparse.txt`), where missing data drops out whole. de-AT and de-CH: every id in
 * its default tone on the rich interview (Jänner in Austria, ss for ß in Switzerland). Read them as
 * a German reader would when a template changes: the diff is the review.
 */
import { describe, expect, test } from "vitest";
import { compose } from "../../compose/compose.js";
import type { ComposeContext } from "../../compose/context.js";
import type { Document, Locale } from "../../document/types.js";
import { documentText, offerPlan, planFor } from "../../internal/test-fixtures.js";
import { CATALOG } from "../../registry/catalog.js";
import { TONES, type Tone } from "../../registry/tones.js";
import { TEMPLATE_IDS, type TemplateId } from "../../registry/types.js";
import { registerLanguage } from "../registry.js";
import { berlinInput, berlinNegotiation, berlinOffer, sparseGermanInput, sparseGermanOffer } from "./fixtures.js";
import { de } from "./index.js";

// The Node build may carry the pack already; registering it again keeps this file independent of that wiring.
registerLanguage(de);

interface Contexts {
  before: ComposeContext;
  offer: ComposeContext;
}

const rich: Contexts = {
  before: { input: berlinInput, plan: planFor(berlinInput) },
  offer: { input: berlinInput, plan: offerPlan(berlinInput, berlinOffer), negotiation: berlinNegotiation },
};
const sparse: Contexts = {
  before: { input: sparseGermanInput, plan: planFor(sparseGermanInput) },
  offer: {
    input: sparseGermanInput,
    plan: planFor(sparseGermanInput),
    offer: sparseGermanOffer,
    negotiation: { recommendation: "negotiate-other-terms", levers: [], why: [] },
  },
};

function contextFor(id: TemplateId, contexts: Contexts): ComposeContext {
  return id.startsWith("offer/") || id === "outcome/celebrate" ? contexts.offer : contexts.before;
}

/** `thank-you/letter`, de-DE, warm → `./__snapshots__/thank-you-letter.de-DE.warm.txt`. */
function snapshot(id: TemplateId, locale: Locale, variant: string): string {
  return `./__snapshots__/${id.replace("/", "-")}.${locale}.${variant}.txt`;
}

describe.each(TEMPLATE_IDS)("%s, de-DE", (id) => {
  test.each(TONES)("%s, rich Berlin interview", async (tone) => {
    const doc = compose(id, { ...contextFor(id, rich), tone, locale: "de-DE" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "de-DE", tone));
  });

  test(`sparse interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, sparse), locale: "de-DE" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, "de-DE", "sparse"));
  });
});

describe.each(["de-AT", "de-CH"] as const)("%s", (locale) => {
  test.each(TEMPLATE_IDS)(`%s, rich interview, default tone`, async (id) => {
    const doc = compose(id, { ...contextFor(id, rich), locale });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(snapshot(id, locale, CATALOG[id].defaultTone));
  });
});

/** The words the template and the language wrote: subject, greeting, body and closing (not the addresses the user typed). */
function ownText(doc: Document): string {
  const blocks = doc.blocks.map((block) => (block.type === "list" ? block.items.join("\n") : block.text));
  return [doc.subject, doc.salutation, ...blocks, doc.closing].filter(Boolean).join("\n");
}

describe("de-CH writes ss for ß, and only in our own words", () => {
  test.each(TEMPLATE_IDS)("%s: no ß left in any tone", (id) => {
    for (const tone of TONES) {
      const doc = compose(id, { ...contextFor(id, rich), tone, locale: "de-CH" });
      expect(ownText(doc)).not.toContain("ß");
    }
  });

  test("the Swiss closing, and a German address typed with ß keeps it", () => {
    const swiss = compose("thank-you/letter", { ...rich.before, locale: "de-CH" });
    expect(swiss.closing).toBe("Mit freundlichen Grüssen");
    expect(swiss.to?.lines.join(" ")).toContain("Friedrichstraße 68");
    const german = compose("thank-you/letter", { ...rich.before, locale: "de-DE" });
    expect(german.closing).toBe("Mit freundlichen Grüßen");
  });

  test("Swiss leave is Ferien", () => {
    const doc = compose("offer/acceptance", { ...rich.offer, locale: "de-CH" });
    expect(documentText(doc)).toContain("Ferien: 30 Tage im Jahr");
  });
});

test("de-AT writes Jänner for the January start date", () => {
  const doc = compose("offer/acceptance", { ...rich.offer, locale: "de-AT" });
  expect(documentText(doc)).toContain("Arbeitsbeginn: 4. Jänner 2027");
  expect(documentText(compose("offer/acceptance", { ...rich.offer, locale: "de-DE" }))).toContain("4. Januar 2027");
});

describe("letters to the two interviewers differ, and neither guesses a gender", () => {
  const [dana, kim] = berlinInput.interviewers;
  const compose2 = (id: TemplateId, tone: Tone, recipient: typeof dana) =>
    compose(id, { ...rich.before, recipient, tone, locale: "de-DE" });

  test.each(
    (["thank-you/letter", "thank-you/email", "thank-you/note"] as const).flatMap((id) =>
      TONES.map((tone) => [id, tone] as const),
    ),
  )("%s, %s", (id, tone) => {
    const toDana = compose2(id, tone, dana);
    const toKim = compose2(id, tone, kim);
    expect(toKim.blocks[0]).not.toEqual(toDana.blocks[0]);
    const text = documentText(toKim);
    expect(text).toContain("das Streaming verspätet eintreffender Ereignisse");
    expect(text).not.toContain("Bereitschaftsdienst");
    // Kim gave no form of address: the full name after a neutral Guten Tag, never Frau or Herr.
    expect(toKim.salutation).toBe("Guten Tag Kim Nowak,");
    expect(toDana.salutation).toBe(tone === "formal" ? "Sehr geehrte Frau Dr. Weber," : "Guten Tag Frau Dr. Weber,");
  });
});

describe("German letter conventions", () => {
  test.each(TEMPLATE_IDS)(
    "%s: greeting ends with a comma, the body starts in lower case, no comma after the closing",
    (id) => {
      for (const tone of TONES) {
        for (const contexts of [rich, sparse]) {
          const doc = compose(id, { ...contextFor(id, contexts), tone, locale: "de-DE" });
          const text = documentText(doc);
          expect(text).not.toMatch(/(?<!\p{L})(?:the|and|with|Thank|Dear|Hi)(?!\p{L})/u);
          expect(text).not.toMatch(/(?<!\p{L})(\p{L}+) \1(?!\p{L})/u);
          if (!doc.salutation) continue;
          expect(doc.salutation).toMatch(/^(?:Sehr geehrte[r]? |Guten Tag).*,$/u);
          const first = doc.blocks[0];
          expect(first?.type).toBe("paragraph");
          if (first?.type === "paragraph") expect(first.text).toMatch(/^\p{Ll}/u);
          expect(doc.closing).not.toMatch(/,$/u);
        }
      }
    },
  );
});
