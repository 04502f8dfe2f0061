/*
 * Every public function of @afterview/templates (src/index.ts) as a fuzz target: valid argument
 * lists (each template with the sample interview, its plan, an offer and negotiation advice) to
 * mutate, and what each output must satisfy.
 */
import { adviseNegotiation } from "@afterview/core";
import {
  bodyWords,
  compose,
  composePlan,
  countWords,
  DOCUMENT_KINDS,
  type Document,
  LOCALES,
  listTemplates,
  TEMPLATE_IDS,
} from "@afterview/templates";
import { assert, type FuzzTarget } from "../../core/fuzz/harness.js";
import {
  NEGOTIATION,
  OFFER,
  OFFER_PLAN,
  PLAN,
  SAMPLE_INPUT,
  SPARSE_INPUT,
  SPARSE_PLAN,
} from "../../core/fuzz/samples.js";

// biome-ignore lint/suspicious/noExplicitAny: the targets call typed functions with untyped JSON on purpose.
type Any = any;

const NEGOTIATION_ADVICE = adviseNegotiation(OFFER, NEGOTIATION as Any);
const FULL_CONTEXT = { input: SAMPLE_INPUT, plan: OFFER_PLAN, offer: OFFER, negotiation: NEGOTIATION_ADVICE };

/** A document: a known kind and locale, blocks of text, every text field a string. */
export function isDocument(out: unknown): asserts out is Document {
  const doc = out as Document;
  assert(DOCUMENT_KINDS.includes(doc.kind), `unknown kind ${String(doc.kind)}`);
  assert(LOCALES.includes(doc.locale), `unknown locale ${String(doc.locale)}`);
  assert(Array.isArray(doc.blocks) && doc.blocks.length > 0, "expected blocks");
  for (const block of doc.blocks) {
    const texts = block.type === "list" ? block.items : [block.text];
    assert(
      texts.every((t) => typeof t === "string" && t.trim() !== "" && !t.includes("{{")),
      "empty or unfilled text",
    );
  }
}

/** Every public function of @afterview/templates. */
export const templatesTargets: FuzzTarget[] = [
  {
    name: "compose",
    valid: [
      ...TEMPLATE_IDS.map((id) => [id, FULL_CONTEXT]),
      ["thank-you/email", { input: SPARSE_INPUT, plan: SPARSE_PLAN, locale: "en-US", tone: "formal" }],
      [
        "follow-up/email",
        { input: SAMPLE_INPUT, plan: PLAN, action: PLAN.actions.find((a) => a.kind === "follow-up") },
      ],
    ],
    call: ([id, context]) => compose(id as Any, context as Any),
    check: isDocument,
  },
  {
    name: "composePlan",
    valid: [
      [PLAN, SAMPLE_INPUT],
      [OFFER_PLAN, SAMPLE_INPUT, { negotiation: NEGOTIATION_ADVICE, honorifics: { "Dana Whitfield": "Ms" } }],
      [SPARSE_PLAN, SPARSE_INPUT, { locale: "en-US", tone: "warm", includeDone: true }],
    ],
    call: ([plan, input, options]) => composePlan(plan as Any, input as Any, options as Any),
    check: (out) => {
      assert(Array.isArray(out), "expected documents");
      for (const doc of out) isDocument(doc);
    },
  },
  {
    name: "listTemplates",
    valid: [[], [{}], [{ family: "offer" }], [{ kind: "email", locale: "en-GB", tone: "formal", channel: "email" }]],
    call: ([filter]) => listTemplates(filter as Any),
    check: (out) => assert(Array.isArray(out), "expected a list"),
  },
  {
    name: "bodyWords",
    valid: [[compose("thank-you/letter", FULL_CONTEXT)], [{ blocks: [] }]],
    call: ([doc]) => bodyWords(doc as Any),
    check: (out) => assert(Number.isSafeInteger(out) && (out as number) >= 0, "expected a count"),
  },
  {
    name: "countWords",
    valid: [["Thank you for your time today."], [""]],
    call: ([text]) => countWords(text as Any),
    check: (out) => assert(Number.isSafeInteger(out) && (out as number) >= 0, "expected a count"),
  },
];
