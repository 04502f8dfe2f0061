import type { InterviewInput, NegotiationAdvice, Offer, Plan } from "@afterview/core";
import { renderText } from "@afterview/renderers";
import { compose, LOCALES, TONES } from "@afterview/templates";
import { oneOf } from "../inputs/options.js";

/** The two drafts `afterview negotiate --interview` prints, in order. */
export const NEGOTIATION_TEMPLATES = ["offer/negotiation-email", "offer/negotiation-call-script"] as const;

/**
 * The negotiation email and the call script for this offer and advice, as plain text. Loaded on
 * demand by the `negotiate` command, like the kit: templates are only needed when asked for.
 */
export function negotiationScripts(request: {
  input: InterviewInput;
  plan: Plan;
  offer: Offer;
  advice: NegotiationAdvice;
  tone: string | undefined;
  locale: string | undefined;
}): { templateId: string; text: string }[] {
  const tone = oneOf("tone", request.tone, TONES);
  const locale = oneOf("locale", request.locale, LOCALES);
  return NEGOTIATION_TEMPLATES.map((templateId) => {
    const doc = compose(templateId, {
      input: request.input,
      plan: request.plan,
      offer: request.offer,
      negotiation: request.advice,
      tone,
      locale,
    });
    return { templateId, text: renderText(doc) };
  });
}
