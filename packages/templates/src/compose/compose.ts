import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "../document/types.js";
import { TEMPLATE_IDS, type TemplateId } from "../registry/types.js";
import { renderParts } from "../render/document.js";
import type { Resolved } from "../views/resolved.js";
import type { ComposeContext } from "./context.js";
import { copyParty, prepareDocument } from "./prepared.js";
import { type ValidContext, validateContext } from "./validate.js";

/**
 * Fills a template from an interview and its plan and returns the document in the IR: plain text
 * in blocks, with the subject, date, sender and recipient, greeting, closing and signature the
 * template's kind calls for. Nothing is escaped; renderers do that for their format.
 *
 * Every value comes from the context: sentences whose data is missing are left out whole, so no
 * placeholder, empty bracket or dangling comma is ever written. The same context always gives the
 * same document; no clock is read.
 *
 * @param templateId - One of `TEMPLATE_IDS`, e.g. `"thank-you/letter"`.
 * @param context - The interview and plan, and optionally the recipient, offer, negotiation advice,
 *   locale, tone, plan action and a courtesy title. Untyped JSON is validated.
 * @throws {AfterviewValidationError} for an unknown `templateId`, a context that does not validate
 *   (paths such as `input.candidate.name`, `recipient.email`, `tone`), or a template's missing
 *   requirement (`offer`, `negotiation`).
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
  return composeValid(templateId, validateContext(context));
}

/** Throws unless `templateId` names a shipped template. */
export function checkTemplateId(templateId: unknown, path = "templateId"): asserts templateId is TemplateId {
  if (!TEMPLATE_IDS.includes(templateId as TemplateId)) {
    throw new AfterviewValidationError(
      [
        {
          path,
          code: "unknown-template",
          message:
            typeof templateId === "string"
              ? `unknown template ${JSON.stringify(templateId.slice(0, 100))}; see listTemplates()`
              : `expected a template id such as "thank-you/email", got ${templateId === null ? "null" : typeof templateId}; see listTemplates()`,
        },
      ],
      { subject: "compose context" },
    );
  }
}

/**
 * `compose` for a context that is already validated. What does not depend on the rendering (the
 * view, dates, parties, signature) is prepared once per validated context; each call renders the
 * template's parsed sections and returns a document of its own.
 */
export function composeValid(id: TemplateId, context: ValidContext): Document {
  const prepared = prepareDocument(id, context);
  const { head } = prepared;
  const parts = renderParts(prepared.name, prepared.source, head.locale, prepared.renderView);
  // Fields in reading order (header, body, sign-off), each only when it has a value.
  const doc = { templateId: id, kind: head.kind, locale: head.locale } as Document;
  if (parts.subject) doc.subject = parts.subject;
  if (head.date !== undefined) {
    doc.date = head.date;
    doc.isoDate = head.isoDate;
  }
  if (head.from) doc.from = copyParty(head.from);
  if (head.to) doc.to = copyParty(head.to);
  if (parts.salutation) doc.salutation = parts.salutation;
  doc.blocks = parts.blocks;
  if (parts.closing) doc.closing = parts.closing;
  if (head.signature) doc.signature = [...head.signature];
  return doc;
}

/** The settled context, the template file and the view for a document (also what the bench renders bare). */
export function prepareView(
  id: TemplateId,
  context: ValidContext,
): { resolved: Resolved; source: string; view: object } {
  const { resolved, source, view } = prepareDocument(id, context);
  return { resolved, source, view };
}
