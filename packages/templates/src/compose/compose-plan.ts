import type { InterviewInput, Offer, Plan, PlanAction } from "@afterview/core";
import type { Document, Locale } from "../document/types.js";
import type { Tone } from "../registry/tones.js";
import { composeDocument } from "./compose.js";
import type { ComposeNegotiation } from "./negotiation.js";
import { checkOptions, checkTemplateId } from "./validate.js";

/** Options for {@link composePlan}: the same for every document. */
export interface ComposePlanOptions {
  /** American or British English; defaults by the candidate's country. */
  locale?: Locale | undefined;
  /** The voice; defaults to each template's `defaultTone`. */
  tone?: Tone | undefined;
  /** The offer, for offer templates; defaults to `plan.offer`. */
  offer?: Offer | undefined;
  /** The negotiation advice, for the negotiation email. Without it a `negotiate` action is skipped. */
  negotiation?: ComposeNegotiation | undefined;
  /** Courtesy titles by recipient name (`{ "Dana Whitfield": "Ms" }`), for the formal tone. */
  honorifics?: Readonly<Record<string, string>> | undefined;
  /** Also compose actions already done or skipped; by default only pending actions are. */
  includeDone?: boolean | undefined;
}

/** `action.to` and template: a send action repeats its write action's letter. */
function key(action: PlanAction): string {
  return `${action.templateId}\u0000${action.to?.name ?? ""}`;
}

/**
 * Composes every draft a plan calls for: one document per pending action with a `templateId`, in
 * the plan's order, each addressed to the action's `to`. A `send-thank-you` action whose letter was
 * already composed for a `write-thank-you` action (same template, same person) is not repeated, and
 * a `negotiate` action is skipped unless `options.negotiation` is given.
 *
 * The plan and interview are typed values as core returns them and are not validated again; a
 * plain object of the same type (JSON read back from storage) gives the same documents. For
 * untyped JSON, parse it first: `composePlan(parsePlan(json.plan), parseInterviewInput(json.input))`.
 *
 * @param plan - A plan from core's `createPlan`, `applyEvent` or `parsePlan`.
 * @param input - The interview the plan was made from.
 * @param options - Locale, tone, offer, negotiation advice, courtesy titles, and whether to include done actions.
 * @throws {AfterviewValidationError} for an unknown `locale` or `tone`, a courtesy title that is
 *   empty or too long, or an action naming a template this version does not have
 *   (`plan.actions[2].templateId`).
 *
 * @example
 * ```ts
 * const plan = createPlan(input, { now: input.end });
 * composePlan(plan, input).map((doc) => [doc.templateId, doc.to?.name]);
 * //=> [["recipients/call-script", "Priya Raman"], ["thank-you/email", "Dana Whitfield"],
 * //    ["thank-you/email", "Marek Szczepański"], ["follow-up/call-script", "Priya Raman"],
 * //    ["follow-up/call-script", "Priya Raman"], ["follow-up/call-script", "Priya Raman"]]
 * ```
 */
export function composePlan(plan: Plan, input: InterviewInput, options: ComposePlanOptions = {}): Document[] {
  const { locale, tone, offer, negotiation } = options;
  checkOptions({ locale, tone });
  const honorifics = options.honorifics ?? {};
  const drafted = new Set<string>();
  const documents: Document[] = [];
  plan.actions.forEach((action, index) => {
    if (action.templateId === undefined) return;
    if (!options.includeDone && action.status !== "pending") return;
    if (action.kind === "negotiate" && !negotiation) return;
    if (action.kind === "send-thank-you" && drafted.has(key(action))) return;
    drafted.add(key(action));
    checkTemplateId(action.templateId, `plan.actions[${index}].templateId`);
    const name = action.to?.name;
    const honorific = name !== undefined ? honorifics[name] : undefined;
    checkOptions({ honorific }, `honorifics[${JSON.stringify(name)}]`);
    const context = { input, plan, locale, tone, offer, negotiation, action, honorific };
    documents.push(composeDocument(action.templateId, context));
  });
  return documents;
}
