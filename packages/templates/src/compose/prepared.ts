import { AfterviewValidationError } from "@afterview/core";
import type { Document, DocumentParty } from "../document/types.js";
import { dateIn, isoDate, longDate } from "../locale/dates.js";
import { CATALOG } from "../registry/catalog.js";
import type { TemplateId } from "../registry/types.js";
import { type RenderView, renderView } from "../render/writer.js";
import { TEMPLATE_SOURCES } from "../templates/index.js";
import { clean, firstName } from "../text/clean.js";
import { VIEWS } from "../views/index.js";
import type { Resolved } from "../views/resolved.js";
import { defaultLocale } from "./defaults.js";
import { documentInstant } from "./document-date.js";
import { IdentityMemo } from "./memo.js";
import { recipientParty, senderParty } from "./parties.js";
import { defaultRecipient } from "./recipient.js";
import type { ValidContext } from "./validate.js";

/** Everything of a document but its rendered text: worked out once per validated context. */
export interface PreparedDocument {
  resolved: Resolved;
  /** The template file's name (`thank-you/letter.warm`) and text. */
  name: string;
  source: string;
  /** The view, as built by the template's view builder. */
  view: object;
  /** The same view wrapped for rendering (mustache remembers the names it looked up). */
  renderView: RenderView;
  /** The header and sign-off fields, in reading order. */
  head: Pick<Document, "templateId" | "kind" | "locale" | "date" | "isoDate" | "from" | "to" | "signature">;
}

/*
 * Validated contexts are our own copies and never change, so what is worked out from one is kept,
 * keyed by the identity of its parts. When the caller's data is deeply frozen its validated copy
 * is reused (known.ts) and so is this; otherwise each call brings new copies and simply misses.
 */
const memo = new IdentityMemo<PreparedDocument>();

function keysOf(id: TemplateId, context: ValidContext): unknown[] {
  const { input, plan, recipient, offer, negotiation, locale, tone, action, honorific } = context;
  return [id, input, plan, recipient, offer, negotiation, locale, tone, action, honorific];
}

/** The settled context, the template, the view and the header of a document, worked out once. */
export function prepareDocument(id: TemplateId, context: ValidContext): PreparedDocument {
  const keys = keysOf(id, context);
  return memo.get(keys) ?? memo.set(keys, build(id, context));
}

function build(id: TemplateId, context: ValidContext): PreparedDocument {
  const info = CATALOG[id];
  const resolved = resolve(id, context);
  const view = VIEWS[id](resolved);
  const { input } = resolved.context;
  const head: PreparedDocument["head"] = { templateId: id, kind: info.kind, locale: resolved.locale };
  if (info.kind !== "email") {
    head.date = longDate(resolved.date, resolved.locale);
    head.isoDate = isoDate(resolved.date);
  }
  if (info.channel !== "self") head.from = senderParty(input, info.kind, resolved.recipient);
  if (resolved.recipient) head.to = recipientParty(input, info.kind, resolved.recipient);
  const signature = signatureOf(resolved);
  if (signature.length > 0) head.signature = signature;
  return {
    resolved,
    name: `${id}.${resolved.tone}`,
    source: TEMPLATE_SOURCES[id][resolved.tone],
    view,
    renderView: renderView(view),
    head,
  };
}

/** A fresh copy of a prepared party, so a caller changing one document cannot change the next. */
export function copyParty(party: DocumentParty): DocumentParty {
  return { ...party, lines: [...party.lines] };
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
