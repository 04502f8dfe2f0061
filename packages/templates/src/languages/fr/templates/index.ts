/// <reference path="../../../mustache.d.ts" />
import type { Tone } from "../../../registry/tones.js";
import type { TemplateId } from "../../../registry/types.js";
import followUpCallScriptBrief from "./follow-up/call-script.brief.mustache";
import followUpCallScriptFormal from "./follow-up/call-script.formal.mustache";
import followUpCallScriptWarm from "./follow-up/call-script.warm.mustache";
import followUpEmailBrief from "./follow-up/email.brief.mustache";
import followUpEmailFormal from "./follow-up/email.formal.mustache";
import followUpEmailWarm from "./follow-up/email.warm.mustache";
import followUpVoicemailBrief from "./follow-up/voicemail.brief.mustache";
import followUpVoicemailFormal from "./follow-up/voicemail.formal.mustache";
import followUpVoicemailWarm from "./follow-up/voicemail.warm.mustache";
import offerAcceptanceBrief from "./offer/acceptance.brief.mustache";
import offerAcceptanceFormal from "./offer/acceptance.formal.mustache";
import offerAcceptanceWarm from "./offer/acceptance.warm.mustache";
import offerDeclineBrief from "./offer/decline.brief.mustache";
import offerDeclineFormal from "./offer/decline.formal.mustache";
import offerDeclineWarm from "./offer/decline.warm.mustache";
import offerNegotiationCallScriptBrief from "./offer/negotiation-call-script.brief.mustache";
import offerNegotiationCallScriptFormal from "./offer/negotiation-call-script.formal.mustache";
import offerNegotiationCallScriptWarm from "./offer/negotiation-call-script.warm.mustache";
import offerNegotiationEmailBrief from "./offer/negotiation-email.brief.mustache";
import offerNegotiationEmailFormal from "./offer/negotiation-email.formal.mustache";
import offerNegotiationEmailWarm from "./offer/negotiation-email.warm.mustache";
import outcomeCelebrateBrief from "./outcome/celebrate.brief.mustache";
import outcomeCelebrateFormal from "./outcome/celebrate.formal.mustache";
import outcomeCelebrateWarm from "./outcome/celebrate.warm.mustache";
import outcomeReflectionBrief from "./outcome/reflection.brief.mustache";
import outcomeReflectionFormal from "./outcome/reflection.formal.mustache";
import outcomeReflectionWarm from "./outcome/reflection.warm.mustache";
import outcomeRejectionReplyBrief from "./outcome/rejection-reply.brief.mustache";
import outcomeRejectionReplyFormal from "./outcome/rejection-reply.formal.mustache";
import outcomeRejectionReplyWarm from "./outcome/rejection-reply.warm.mustache";
import outcomeWithdrawalBrief from "./outcome/withdrawal.brief.mustache";
import outcomeWithdrawalFormal from "./outcome/withdrawal.formal.mustache";
import outcomeWithdrawalWarm from "./outcome/withdrawal.warm.mustache";
import recipientsCallScriptBrief from "./recipients/call-script.brief.mustache";
import recipientsCallScriptFormal from "./recipients/call-script.formal.mustache";
import recipientsCallScriptWarm from "./recipients/call-script.warm.mustache";
import thankYouEmailBrief from "./thank-you/email.brief.mustache";
import thankYouEmailFormal from "./thank-you/email.formal.mustache";
import thankYouEmailWarm from "./thank-you/email.warm.mustache";
import thankYouLetterBrief from "./thank-you/letter.brief.mustache";
import thankYouLetterFormal from "./thank-you/letter.formal.mustache";
import thankYouLetterWarm from "./thank-you/letter.warm.mustache";
import thankYouNoteBrief from "./thank-you/note.brief.mustache";
import thankYouNoteFormal from "./thank-you/note.formal.mustache";
import thankYouNoteWarm from "./thank-you/note.warm.mustache";

/** The source of every French template file, by id and tone (bundled as strings at build time). */
export const TEMPLATE_SOURCES: Readonly<Record<TemplateId, Readonly<Record<Tone, string>>>> = {
  "thank-you/letter": { warm: thankYouLetterWarm, formal: thankYouLetterFormal, brief: thankYouLetterBrief },
  "thank-you/email": { warm: thankYouEmailWarm, formal: thankYouEmailFormal, brief: thankYouEmailBrief },
  "thank-you/note": { warm: thankYouNoteWarm, formal: thankYouNoteFormal, brief: thankYouNoteBrief },
  "recipients/call-script": {
    warm: recipientsCallScriptWarm,
    formal: recipientsCallScriptFormal,
    brief: recipientsCallScriptBrief,
  },
  "follow-up/call-script": {
    warm: followUpCallScriptWarm,
    formal: followUpCallScriptFormal,
    brief: followUpCallScriptBrief,
  },
  "follow-up/voicemail": {
    warm: followUpVoicemailWarm,
    formal: followUpVoicemailFormal,
    brief: followUpVoicemailBrief,
  },
  "follow-up/email": { warm: followUpEmailWarm, formal: followUpEmailFormal, brief: followUpEmailBrief },
  "offer/negotiation-email": {
    warm: offerNegotiationEmailWarm,
    formal: offerNegotiationEmailFormal,
    brief: offerNegotiationEmailBrief,
  },
  "offer/negotiation-call-script": {
    warm: offerNegotiationCallScriptWarm,
    formal: offerNegotiationCallScriptFormal,
    brief: offerNegotiationCallScriptBrief,
  },
  "offer/acceptance": { warm: offerAcceptanceWarm, formal: offerAcceptanceFormal, brief: offerAcceptanceBrief },
  "offer/decline": { warm: offerDeclineWarm, formal: offerDeclineFormal, brief: offerDeclineBrief },
  "outcome/rejection-reply": {
    warm: outcomeRejectionReplyWarm,
    formal: outcomeRejectionReplyFormal,
    brief: outcomeRejectionReplyBrief,
  },
  "outcome/withdrawal": { warm: outcomeWithdrawalWarm, formal: outcomeWithdrawalFormal, brief: outcomeWithdrawalBrief },
  "outcome/reflection": { warm: outcomeReflectionWarm, formal: outcomeReflectionFormal, brief: outcomeReflectionBrief },
  "outcome/celebrate": { warm: outcomeCelebrateWarm, formal: outcomeCelebrateFormal, brief: outcomeCelebrateBrief },
};
