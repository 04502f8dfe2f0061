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
import { words } from "./words.js";

/** Every Spanish template file, by id and tone (bundled as strings at build time). */
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
 * Words of our own template prose that Mexico says otherwise, and their Mexican forms. Only the
 * literal text of a template changes, never the values filled in; whole words, a capital first
 * letter kept. Everything else (usted, `vacaciones`, `puesto`, the dates) is shared.
 */
const ES_TO_MX: ReadonlyArray<readonly [string, string]> = [
  ["enhorabuena", "felicidades"],
  // With the article, since the Mexican word's gender differs.
  ["un bolígrafo", "una pluma"],
  ["el móvil", "el celular"],
  ["un móvil", "un celular"],
  ["el ordenador", "la computadora"],
  ["un ordenador", "una computadora"],
  ["fecha de incorporación", "fecha de ingreso"],
];

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ES_TO_MX.map(([es]) => es.replace(/ /gu, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);
const LOOKUP = new Map(ES_TO_MX);

/** One run of prose in Mexican vocabulary. */
function toMexican(prose: string): string {
  return prose.replace(PATTERN, (found) => {
    const mx = LOOKUP.get(found.toLocaleLowerCase("es").replace(/\s+/gu, " "));
    if (mx === undefined) return found;
    return found.charAt(0) === found.charAt(0).toLocaleUpperCase("es")
      ? mx.charAt(0).toLocaleUpperCase("es") + mx.slice(1)
      : mx;
  });
}

/**
 * A template's literal text for one locale: es-ES as written; es-MX with Mexico's words for the few
 * things Spain calls otherwise (`bolígrafo` → `pluma`, `¡Enhorabuena!` → `¡Felicidades!`). Every
 * `{{tag}}` is left as it is, so no value filled in is ever changed.
 *
 * @example
 * ```ts
 * es.adapt("¡Enhorabuena, {{candidateFirst}}! Tenga a mano un bolígrafo.", "es-MX");
 * //=> "¡Felicidades, {{candidateFirst}}! Tenga a mano una pluma."
 * ```
 */
function adapt(source: string, locale: Locale): string {
  if (locale !== "es-MX") return source;
  return changeLiteralText(source, toMexican);
}

/**
 * Spanish for Spain (the default) and Mexico. Every tone addresses the reader as usted; the tones
 * differ in warmth and length, not in the pronoun.
 */
export const es: LanguagePack = {
  language: "es",
  locales: ["es-ES", "es-MX"],
  tones: {
    warm: "Cercano pero de usted: el nombre de pila en el saludo (`Estimada Lucía:` o, sin forma de trato, `Buenos días, Lucía:`), frases personales, `Un cordial saludo` (España) o `Saludos cordiales` (México).",
    formal:
      "Registro de carta comercial, de usted: `Estimada Sra. Fernández:` cuando se conoce la forma de trato, si no `Buenos días, Lucía Fernández:`; cierre `Atentamente`.",
    brief: "Lo más corto que cumple su función, de usted: `Hola, Lucía:` en correos y tarjetas, cierre `Saludos`.",
  },
  sources: SOURCES,
  words,
  adapt,
};
