import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "../document/types.js";
import { packFor } from "../languages/registry.js";
import { dateIn, isoDate } from "../locale/dates.js";
import { CATALOG } from "../registry/catalog.js";
import type { TemplateId } from "../registry/types.js";
import { clean, firstName } from "../text/clean.js";
import { VIEWS } from "../views/index.js";
import type { Resolved } from "../views/resolved.js";
import type { ComposeContext } from "./context.js";
import { defaultLocale } from "./defaults.js";
import { documentInstant } from "./document-date.js";
import { recipientParty, senderParty } from "./parties.js";
import { defaultRecipient } from "./recipient.js";

/** Everything of a document but its rendered text. */
export interface PreparedDocument {
  resolved: Resolved;
  /** The template file's name (`thank-you/letter.warm`) and text. */
  name: string;
  source: string;
  /** The view, as built by the template's view builder. */
  view: object;
  /** The header and sign-off fields, in reading order. */
  head: Pick<Document, "templateId" | "kind" | "locale" | "date" | "isoDate" | "from" | "to" | "signature">;
}

/** The settled context, the template, the view and the header of a document. */
export function prepareDocument(id: TemplateId, context: ComposeContext): PreparedDocument {
  const info = CATALOG[id];
  const resolved = resolve(id, context);
  const { input } = resolved.context;
  const head: PreparedDocument["head"] = { templateId: id, kind: info.kind, locale: resolved.locale };
  if (info.kind !== "email") {
    head.date = resolved.words.longDate(resolved.date, resolved.locale);
    head.isoDate = isoDate(resolved.date);
  }
  if (info.channel !== "self")
    head.from = senderParty(input, info.kind, resolved.words.countryName, resolved.recipient);
  if (resolved.recipient)
    head.to = recipientParty(input, info.kind, resolved.words, resolved.recipient, resolved.locale);
  const signature = signatureOf(resolved);
  if (signature.length > 0) head.signature = signature;
  return {
    resolved,
    name: `${id}.${resolved.tone}`,
    source: resolved.pack.sources[id][resolved.tone],
    view: VIEWS[id](resolved),
    head,
  };
}

function resolve(id: TemplateId, context: ComposeContext): Resolved {
  const info = CATALOG[id];
  const offer = context.offer ?? context.plan.offer;
  if (info.requires.includes("offer") && !offer)
    missing(id, "offer", "pass `offer`, or compose from a plan that holds one");
  if (info.requires.includes("negotiation") && !context.negotiation) {
    missing(id, "negotiation", "pass the negotiation advice (its ask, reasons and levers)");
  }
  const locale = context.locale ?? defaultLocale(context.input);
  const pack = packFor(locale);
  return {
    info,
    context: offer ? { ...context, offer } : context,
    locale,
    pack,
    words: pack.words,
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
  // A first name alone suits an English card; under a Sie, vous or usted greeting it reads wrong.
  if (r.kind === "note") return [r.tone === "formal" || r.pack.language !== "en" ? name : firstName(name)];
  if (r.kind === "email") {
    const phone = clean(candidate.phone);
    return phone && r.tone !== "brief" ? [name, phone] : [name];
  }
  return [name];
}
