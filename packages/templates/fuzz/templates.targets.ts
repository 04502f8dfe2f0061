/*
 * The public functions of @afterview/templates (src/index.ts) as fuzz targets. compose and
 * composePlan take typed values, so each input passes the edge an app's code would: the interview,
 * plan, offer, recipient and action through core's parsers, the advice from core's
 * `adviseNegotiation`; whatever they accept must compose into a clean document. Garbage is refused
 * there, with an AfterviewError (core's own fuzz targets attack the parsers). The template id,
 * locale, tone and courtesy titles go in as mutated, since compose checks those itself.
 * Besides the harness's mutations, each target gets text mutations (any string leaf rewritten), which
 * the parsers mostly accept: names, topics and notes are where letters break.
 * `bodyWords` takes a typed Document (no parser exists for one): a property test over generated
 * documents covers it (src/text/text.test.ts), and `countWords` is core's.
 */
import {
  adviseNegotiation,
  type InterviewInput,
  type Offer,
  type Plan,
  parseInterviewInput,
  parseOffer,
  parsePlan,
} from "@afterview/core";
import {
  type ComposeContext,
  type ComposePlanOptions,
  compose,
  composePlan,
  DOCUMENT_KINDS,
  type Document,
  LOCALES,
  listTemplates,
  TEMPLATE_IDS,
} from "@afterview/templates";
import { assert, type FuzzTarget } from "@afterview/testing/fuzz";
import {
  NEGOTIATION,
  OFFER,
  OFFER_PLAN,
  PLAN,
  SAMPLE_INPUT,
  SPARSE_INPUT,
  SPARSE_PLAN,
} from "@afterview/testing/samples";
import fc from "fast-check";

// biome-ignore lint/suspicious/noExplicitAny: the fuzzer hands over untyped values; the edge below types them.
type Any = any;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

/** The advice for an offer, from core (which validates the offer and the negotiation context). */
function advice(offer: Offer | undefined, context: unknown) {
  return context === undefined ? undefined : adviseNegotiation(offer ?? OFFER, context as Any);
}

/**
 * An app's edge for a compose context: `{ input, plan, offer?, recipient?, action?, negotiation? }`
 * as JSON, where `negotiation` is the negotiation context the advice is made from.
 */
function typedContext(raw: unknown): ComposeContext {
  const { input: rawInput, plan: rawPlan, offer: rawOffer, recipient, action, negotiation, ...options } = record(raw);
  const input = parseInterviewInput(rawInput);
  const plan = parsePlan(rawPlan);
  const offer = rawOffer === undefined ? undefined : parseOffer(rawOffer);
  const context: ComposeContext = { ...options, input, plan };
  if (offer) context.offer = offer;
  if (recipient !== undefined) {
    context.recipient = parseInterviewInput({ ...record(rawInput), interviewers: [recipient] }).interviewers[0];
  }
  if (action !== undefined) context.action = parsePlan({ ...record(rawPlan), actions: [action] }).actions[0];
  if (negotiation !== undefined) context.negotiation = advice(offer ?? plan.offer, negotiation);
  return context;
}

/** An app's edge for composePlan's arguments. */
function typedPlanArgs([rawPlan, rawInput, rawOptions]: unknown[]): [Plan, InterviewInput, ComposePlanOptions] {
  const plan = parsePlan(rawPlan);
  const input = parseInterviewInput(rawInput);
  const { offer: rawOffer, negotiation, ...options } = record(rawOptions);
  const offer = rawOffer === undefined ? undefined : parseOffer(rawOffer);
  const typed: ComposePlanOptions = { ...options, offer };
  if (negotiation !== undefined) typed.negotiation = advice(offer ?? plan.offer, negotiation);
  return [plan, input, typed];
}

/**
 * Text that has broken letters: list marks, line breaks, quotes, long runs. None holds `{{`, which
 * the check below reads as a tag left unfilled.
 */
const text: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.constantFrom("", " ", "- item", "1. item", "# heading", "a\nb", "Ms.", "O'Brien", "“open", "x".repeat(300)),
  )
  .filter((value) => !value.includes("{{"));

/** Every path to a string in `value`. */
function stringPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === "string") out.push(path);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value))
      stringPaths(item, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/** `valid` argument lists with one to three of their strings rewritten. */
function textMutations(valid: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    ...valid.map((args) => {
      const paths = stringPaths(args);
      return fc
        .array(fc.tuple(fc.nat({ max: paths.length - 1 }), text), { minLength: 1, maxLength: 3 })
        .map((edits) => {
          const copy = structuredClone(args) as unknown[];
          for (const [index, value] of edits) {
            const path = paths[index]!;
            let node = copy as unknown as Record<string | number, unknown>;
            for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
            node[path.at(-1)!] = value;
          }
          return copy;
        });
    }),
  );
}

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

const FULL_CONTEXT = { input: SAMPLE_INPUT, plan: OFFER_PLAN, offer: OFFER, negotiation: NEGOTIATION };

const COMPOSE_ARGS = [
  ...TEMPLATE_IDS.map((id) => [id, FULL_CONTEXT]),
  ["thank-you/email", { input: SPARSE_INPUT, plan: SPARSE_PLAN, locale: "en-US", tone: "formal" }],
  ["thank-you/letter", { input: SAMPLE_INPUT, plan: PLAN, recipient: SAMPLE_INPUT.interviewers[1], honorific: "Dr" }],
  ["follow-up/email", { input: SAMPLE_INPUT, plan: PLAN, action: PLAN.actions.find((a) => a.kind === "follow-up") }],
];
const COMPOSE_PLAN_ARGS = [
  [PLAN, SAMPLE_INPUT],
  [OFFER_PLAN, SAMPLE_INPUT, { negotiation: NEGOTIATION, honorifics: { "Dana Whitfield": "Ms" } }],
  [SPARSE_PLAN, SPARSE_INPUT, { locale: "en-US", tone: "warm", includeDone: true }],
];

/** compose, composePlan and listTemplates. */
export const templatesTargets: FuzzTarget[] = [
  {
    name: "compose (typed by core's parsers)",
    valid: COMPOSE_ARGS,
    input: textMutations(COMPOSE_ARGS),
    call: ([id, context]) => compose(id as Any, typedContext(context)),
    check: isDocument,
  },
  {
    name: "composePlan (typed by core's parsers)",
    valid: COMPOSE_PLAN_ARGS,
    input: textMutations(COMPOSE_PLAN_ARGS),
    call: (args) => composePlan(...typedPlanArgs(args)),
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
];
