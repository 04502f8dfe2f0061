import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "../document/types.js";
import { dateIn, isoDate, longDate } from "../locale/dates.js";
import { CATALOG } from "../registry/catalog.js";
import { TEMPLATE_IDS, type TemplateId } from "../registry/types.js";
import { renderParts } from "../render/document.js";
import { TEMPLATE_SOURCES } from "../templates/index.js";
import { clean, firstName } from "../text/clean.js";
import { VIEWS } from "../views/index.js";
import type { Resolved } from "../views/resolved.js";
import type { ComposeContext } from "./context.js";
import { defaultLocale } from "./defaults.js";
import { documentInstant } from "./document-date.js";
import { recipientParty, senderParty } from "./parties.js";
import { defaultRecipient } from "./recipient.js";
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

/** `compose` for a context that is already validated. */
export function composeValid(id: TemplateId, context: ValidContext): Document {
  const info = CATALOG[id];
  const { resolved, source, view } = prepareView(id, context);
  const parts = renderParts(`${id}.${resolved.tone}`, source, resolved.locale, view);
  const { input } = context;
  const dated = info.kind !== "email";
  const signature = signatureOf(resolved);
  // Fields in reading order (header, body, sign-off), each only when it has a value.
  const doc: Document = {
    templateId: id,
    kind: info.kind,
    locale: resolved.locale,
    ...(parts.subject && { subject: parts.subject }),
    ...(dated && { date: longDate(resolved.date, resolved.locale), isoDate: isoDate(resolved.date) }),
    ...(info.channel !== "self" && { from: senderParty(input, info.kind, resolved.recipient) }),
    ...(resolved.recipient && { to: recipientParty(input, info.kind, resolved.recipient) }),
    ...(parts.salutation && { salutation: parts.salutation }),
    blocks: parts.blocks,
    ...(parts.closing && { closing: parts.closing }),
    ...(signature.length > 0 && { signature }),
  };
  return doc;
}

/** The settled context, the template file and the view for a document (also what the bench renders bare). */
export function prepareView(
  id: TemplateId,
  context: ValidContext,
): { resolved: Resolved; source: string; view: object } {
  const resolved = resolve(id, context);
  return { resolved, source: TEMPLATE_SOURCES[id][resolved.tone], view: VIEWS[id](resolved) };
}

function resolve(id: TemplateId, context: ValidContext): Resolved {
  const info = CATALOG[id];
  const offer = context.offer ?? context.plan.offer;
  if (info.requires.includes("offer") && !offer)
    missing(id, "offer", "pass `offer`, or compose from a plan that holds one");
  if (info.requires.includes("negotiation") && !context.negotiation) {
    missing(id, "negotiation", "pass the negotiation advice (its ask, reasons and levers)");
  }
  return {
    info,
    context: offer ? { ...context, offer } : context,
    locale: context.locale ?? defaultLocale(context.input),
    tone: context.tone ?? info.defaultTone,
    kind: info.kind,
    recipient: defaultRecipient(id, context),
    honorific: context.honorific,
    date: dateIn(documentInstant(id, context), context.input.candidate.timeZone),
  };
}

function missing(id: TemplateId, path: string, hint: string): never {
  throw new AfterviewValidationError(
    [
      {
        path,
        code: "required",
        message: `${id} needs ${path === "offer" ? "an offer" : "the negotiation advice"}: ${hint}`,
      },
    ],
    {
      subject: "compose context",
    },
  );
}

/** The name under a letter or email: the full name, or the first name on a friendly card; scripts have none. */
function signatureOf(r: Resolved): string[] {
  const { candidate } = r.context.input;
  const name = clean(candidate.name)!;
  if (r.kind === "script") return [];
  if (r.kind === "note") return [r.tone === "formal" ? name : firstName(name)];
  if (r.kind === "email") {
    const phone = clean(candidate.phone);
    return phone && r.tone !== "brief" ? [name, phone] : [name];
  }
  return [name];
}
