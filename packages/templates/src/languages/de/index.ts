/// <reference path="../../mustache.d.ts" />
import type { Locale } from "../../document/types.js";
import type { Tone } from "../../registry/tones.js";
import type { TemplateId } from "../../registry/types.js";
import { changeLiteralText } from "../literal-text.js";
import type { LanguagePack } from "../types.js";
import followUpCallScriptBrief from "./templates/follow-up/call-script.brief.mustache";
import followUpCallScriptFormal from "./templates/follow-up/call-script.formal.mustache";
import followUpCallScriptWarm from "./templates/follow-up/call-script.warm.mustache";
import followUpEmailBrief from "./templates/follow-up/email.brief.mustache";
import followUpEmailFormal from "./templates/follow-up/email.formal.mustache";
import followUpEmailWarm from "./templates/follow-up/email.warm.mustache";
import followUpVoicemailBrief from "./templates/follow-up/voicemail.brief.mustache";
import followUpVoicemailFormal from "./templates/follow-up/voicemail.formal.mustache";
import followUpVoicemailWarm from "./templates/follow-up/voicemail.warm.mustache";
import offerAcceptanceBrief from "./templates/offer/acceptance.brief.mustache";
import offerAcceptanceFormal from "./templates/offer/acceptance.formal.mustache";
import offerAcceptanceWarm from "./templates/offer/acceptance.warm.mustache";
import offerDeclineBrief from "./templates/offer/decline.brief.mustache";
import offerDeclineFormal from "./templates/offer/decline.formal.mustache";
import offerDeclineWarm from "./templates/offer/decline.warm.mustache";
import offerNegotiationCallScriptBrief from "./templates/offer/negotiation-call-script.brief.mustache";
import offerNegotiationCallScriptFormal from "./templates/offer/negotiation-call-script.formal.mustache";
import offerNegotiationCallScriptWarm from "./templates/offer/negotiation-call-script.warm.mustache";
import offerNegotiationEmailBrief from "./templates/offer/negotiation-email.brief.mustache";
import offerNegotiationEmailFormal from "./templates/offer/negotiation-email.formal.mustache";
import offerNegotiationEmailWarm from "./templates/offer/negotiation-email.warm.mustache";
import outcomeCelebrateBrief from "./templates/outcome/celebrate.brief.mustache";
import outcomeCelebrateFormal from "./templates/outcome/celebrate.formal.mustache";
import outcomeCelebrateWarm from "./templates/outcome/celebrate.warm.mustache";
import outcomeReflectionBrief from "./templates/outcome/reflection.brief.mustache";
import outcomeReflectionFormal from "./templates/outcome/reflection.formal.mustache";
import outcomeReflectionWarm from "./templates/outcome/reflection.warm.mustache";
import outcomeRejectionReplyBrief from "./templates/outcome/rejection-reply.brief.mustache";
import outcomeRejectionReplyFormal from "./templates/outcome/rejection-reply.formal.mustache";
import outcomeRejectionReplyWarm from "./templates/outcome/rejection-reply.warm.mustache";
import outcomeWithdrawalBrief from "./templates/outcome/withdrawal.brief.mustache";
import outcomeWithdrawalFormal from "./templates/outcome/withdrawal.formal.mustache";
import outcomeWithdrawalWarm from "./templates/outcome/withdrawal.warm.mustache";
import recipientsCallScriptBrief from "./templates/recipients/call-script.brief.mustache";
import recipientsCallScriptFormal from "./templates/recipients/call-script.formal.mustache";
import recipientsCallScriptWarm from "./templates/recipients/call-script.warm.mustache";
import thankYouEmailBrief from "./templates/thank-you/email.brief.mustache";
import thankYouEmailFormal from "./templates/thank-you/email.formal.mustache";
import thankYouEmailWarm from "./templates/thank-you/email.warm.mustache";
import thankYouLetterBrief from "./templates/thank-you/letter.brief.mustache";
import thankYouLetterFormal from "./templates/thank-you/letter.formal.mustache";
import thankYouLetterWarm from "./templates/thank-you/letter.warm.mustache";
import thankYouNoteBrief from "./templates/thank-you/note.brief.mustache";
import thankYouNoteFormal from "./templates/thank-you/note.formal.mustache";
import thankYouNoteWarm from "./templates/thank-you/note.warm.mustache";
import { germanWords } from "./words.js";

/** The source of every German template file, by id and tone (bundled as strings at build time). */
const SOURCES: Readonly<Record<TemplateId, Readonly<Record<Tone, string>>>> = {
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

/**
 * Adapts a template's own words for the locale, never a `{{tag}}` nor the values filled in:
 * Swiss Standard German writes `ss` for `ß` (`Grüsse`, `ausserdem`); Germany and Austria keep `ß`.
 *
 * @example
 * ```ts
 * de.adapt("Außerdem, {{großTag}}: Grüße", "de-CH");
 * //=> "Ausserdem, {{großTag}}: Grüsse"
 * ```
 */
function adapt(source: string, locale: Locale): string {
  if (locale !== "de-CH") return source;
  return changeLiteralText(source, (prose) => prose.replaceAll("ß", "ss"));
}

/**
 * German for Germany (the default), Austria and Switzerland. Every tone says Sie; the tones differ
 * in the greeting, the closing formula and length, never in the pronoun.
 */
export const de: LanguagePack = {
  language: "de",
  locales: ["de-DE", "de-AT", "de-CH"],
  tones: {
    warm: "Friendly and personal, still `Sie`: `Guten Tag Frau Weber,` (or the full name, `Guten Tag Kim Nowak,`) … `Viele Grüße`.",
    formal:
      "A business letter: `Sehr geehrte Frau Dr. Weber,` / `Sehr geehrter Herr Krüger,` when the person's form of address is known, else `Guten Tag Kim Nowak,` … `Mit freundlichen Grüßen` (no comma after it; `Grüssen` in Switzerland).",
    brief: "The shortest version that still does the job, still `Sie`: `Guten Tag Frau Weber,` … `Freundliche Grüße`.",
  },
  sources: SOURCES,
  words: germanWords,
  adapt,
};
