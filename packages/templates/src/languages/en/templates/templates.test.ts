/*
 * Every template file as a whole document, in en-US: `<family>/__snapshots__/<name>.<tone>.txt`
 * beside `<family>/<name>.<tone>.mustache` holds what it gives for the rich interview (every
 * optional field), and `<name>.sparse.txt` what the template gives in its default tone for the
 * sparse one (only what the schema requires), where missing data drops out whole. Read them when a
 * template changes: the diff is the review. `<name>.en-GB.txt` is the rich interview in British
 * English, in the default tone; what en-GB changes is also tested on its own (../en-gb.test.ts); what makes each interviewer's letter their own, below.
 */
import { describe, expect, test } from "vitest";
import { compose } from "../../../compose/compose.js";
import type { ComposeContext } from "../../../compose/context.js";
import {
  documentText,
  offerPlan,
  planFor,
  richInput,
  richNegotiation,
  richOffer,
  sparseInput,
} from "../../../internal/test-fixtures.js";
import { CATALOG } from "../../../registry/catalog.js";
import { TONES } from "../../../registry/tones.js";
import { TEMPLATE_IDS, type TemplateId } from "../../../registry/types.js";

/** Offer templates (and the celebration) compose from the plan after an offer; the others from the plan as the interview ends. */
const rich = {
  before: { input: richInput, plan: planFor(richInput) },
  offer: { input: richInput, plan: offerPlan(richInput, richOffer), negotiation: richNegotiation },
} satisfies Record<string, ComposeContext>;
const sparse = {
  before: { input: sparseInput, plan: planFor(sparseInput) },
  offer: {
    input: sparseInput,
    plan: planFor(sparseInput),
    offer: { base: { amount: 42000, currency: "GBP" }, period: "year" },
    negotiation: { recommendation: "negotiate-other-terms", levers: [], why: [] },
  },
} satisfies Record<string, ComposeContext>;

function contextFor(id: TemplateId, contexts: typeof rich | typeof sparse): ComposeContext {
  return id.startsWith("offer/") || id === "outcome/celebrate" ? contexts.offer : contexts.before;
}

/** `thank-you/letter` → `./thank-you/__snapshots__/letter` (the snapshot's path, less its ending). */
function snapshotPath(id: TemplateId): string {
  const [family, name] = id.split("/");
  return `./${family}/__snapshots__/${name}`;
}

describe.each(TEMPLATE_IDS)("%s, en-US", (id) => {
  test.each(TONES)("%s, rich interview", async (tone) => {
    const doc = compose(id, { ...contextFor(id, rich), tone, locale: "en-US" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(`${snapshotPath(id)}.${tone}.txt`);
  });

  test(`sparse interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, sparse), locale: "en-US" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(`${snapshotPath(id)}.sparse.txt`);
  });
});

describe.each(TEMPLATE_IDS)("%s, en-GB", (id) => {
  test(`rich interview, default tone (${CATALOG[id].defaultTone})`, async () => {
    const doc = compose(id, { ...contextFor(id, rich), locale: "en-GB" });
    await expect(`${documentText(doc)}\n`).toMatchFileSnapshot(`${snapshotPath(id)}.en-GB.txt`);
  });
});

describe("the thank-you letters to the second interviewer are their own", () => {
  const [dana, marek] = richInput.interviewers;
  const bodyOf = (id: TemplateId, tone: (typeof TONES)[number], recipient: typeof dana) =>
    compose(id, { ...rich.before, recipient, tone }).blocks.map((block) =>
      block.type === "list" ? block.items.join("\n") : block.text,
    );

  test.each(
    (["thank-you/letter", "thank-you/email", "thank-you/note"] as const).flatMap((id) =>
      TONES.map((tone) => [id, tone] as const),
    ),
  )("%s, %s: his own topic, the example in full and spoken to him, another opening than Dana's", (id, tone) => {
    const forMarek = bodyOf(id, tone, marek);
    const text = forMarek.join("\n");
    expect(text).toContain("streaming ingestion with late-arriving events");
    expect(text).toContain("When you asked about late data, I forgot to mention the backfill tool I built");
    expect(text).not.toContain("warehouse migration and on-call");
    expect(forMarek[0]).not.toBe(bodyOf(id, tone, dana)[0]);
  });
});
