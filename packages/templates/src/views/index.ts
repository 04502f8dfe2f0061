import type { TemplateId } from "../registry/types.js";
import { followUpView } from "./follow-up.js";
import { offerView } from "./offer.js";
import { celebrateView, reflectionView, replyView } from "./outcome.js";
import { recipientsView } from "./recipients.js";
import type { Resolved } from "./resolved.js";
import { thankYouView } from "./thank-you.js";

/** The view builder of each template: all the logic, so the templates hold none. */
export const VIEWS: Readonly<Record<TemplateId, (r: Resolved) => object>> = {
  "thank-you/letter": thankYouView,
  "thank-you/email": thankYouView,
  "thank-you/note": thankYouView,
  "recipients/call-script": recipientsView,
  "follow-up/call-script": followUpView,
  "follow-up/voicemail": followUpView,
  "follow-up/email": followUpView,
  "offer/negotiation-email": offerView,
  "offer/negotiation-call-script": offerView,
  "offer/acceptance": offerView,
  "offer/decline": offerView,
  "outcome/rejection-reply": replyView,
  "outcome/withdrawal": replyView,
  "outcome/reflection": reflectionView,
  "outcome/celebrate": celebrateView,
};
