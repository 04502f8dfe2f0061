import type { Document } from "../document/types.js";
import type { TemplateId } from "../registry/types.js";
import { renderParts } from "../render/document.js";
import type { ComposeContext } from "./context.js";
import { prepareDocument } from "./prepared.js";
import { checkOptions, checkTemplateId } from "./validate.js";

/**
 * Fills a template from an interview and its plan and returns the document in the IR: plain text
 * in blocks, with the subject, date, sender and recipient, greeting, closing and signature the
 * template's kind calls for. Nothing is escaped; renderers do that for their format.
 *
 * Every value comes from the context: sentences whose data is missing are left out whole, so no
 * placeholder, empty bracket or dangling comma is ever written. The same context always gives the
 * same document; no clock is read.
 *
 * The context holds typed values as core returns them (`createPlan`, `applyEvent`,
 * `adviseNegotiation`, the `parse*` functions); they are not validated again. A plain object of the
 * same type (JSON read back from storage) gives the same document. For untyped JSON, parse it first:
 * `compose(id, { input: parseInterviewInput(json.input), plan: parsePlan(json.plan) })`.
 *
 * @param templateId - One of `TEMPLATE_IDS`, e.g. `"thank-you/letter"`.
 * @param context - The interview and plan, and optionally the recipient, offer, negotiation advice,
 *   locale, tone, plan action and a courtesy title.
 * @throws {AfterviewValidationError} for an unknown `templateId`, `locale` or `tone`, a courtesy
 *   title that is empty or too long (`honorific`), or a template's missing requirement (`offer`,
 *   `negotiation`).
 *
 * @example
 * ```ts
 * const letter = compose("thank-you/email", { input, plan, recipient: input.interviewers[0], tone: "warm" });
 * letter.salutation;
 * //=> "Dear Dana,"
 * letter.blocks[0];
 * //=> { type: "paragraph", text: "I really enjoyed our talk about the warehouse migration and on-call load on the data team. Thank you for meeting with me on Tuesday. I came away even more sure that I want to be the Senior Data Engineer at Acme Corp." }
 * compose("thank-you/letter", { input, plan, locale: "en-GB" }).date;
 * //=> "24 November 2026"
 * ```
 */
export function compose(templateId: TemplateId, context: ComposeContext): Document {
  checkTemplateId(templateId);
  checkOptions(context);
  return composeDocument(templateId, context);
}

/** `compose` once its options are checked (composePlan checks them once for all its documents). */
export function composeDocument(id: TemplateId, context: ComposeContext): Document {
  const { head, name, source, view, resolved } = prepareDocument(id, context);
  const parts = renderParts(name, source, head.locale, view, resolved.pack.adapt);
  // Fields in reading order (header, body, sign-off), each only when it has a value.
  const doc = { templateId: id, kind: head.kind, locale: head.locale } as Document;
  if (parts.subject) doc.subject = parts.subject;
  if (head.date !== undefined) {
    doc.date = head.date;
    doc.isoDate = head.isoDate;
  }
  if (head.from) doc.from = head.from;
  if (head.to) doc.to = head.to;
  if (parts.salutation) doc.salutation = parts.salutation;
  doc.blocks = parts.blocks;
  if (parts.closing) doc.closing = parts.closing;
  if (head.signature) doc.signature = head.signature;
  return doc;
}
