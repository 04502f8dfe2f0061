import type { LanguagePack } from "../types.js";
import { TEMPLATE_SOURCES } from "./templates/index.js";
import { adapt } from "./typography.js";
import { words } from "./words.js";

/**
 * French in France (`fr-FR`, the default) and in Quebec (`fr-CA`). Every tone says `vous`; what
 * changes is the greeting, the closing and how personal the sentences are. No `personal` part:
 * every interviewer gets the missed example in full.
 */
export const fr: LanguagePack = {
  language: "fr",
  locales: ["fr-FR", "fr-CA"],
  tones: {
    warm: "Friendly but always `vous`: `Bonjour Madame Durand,` (or `Bonjour Claire Durand,` when no form of address is given) … `Bien cordialement,` (`Cordialement,` in Quebec).",
    formal:
      "A business-letter register: a letter or card opens with `Madame,` / `Monsieur,` when the form of address is known (else `Bonjour Claire Durand,`) and ends with a formule de politesse that repeats it, `Je vous prie d'agréer, Madame, mes salutations distinguées.` (`Veuillez agréer, Madame, …` in Quebec); an email opens `Bonjour Madame Durand,` and ends `Bien cordialement,`.",
    brief: "The shortest version that still does the job, still `vous`: `Bonjour Madame Durand,` … `Cordialement,`.",
  },
  sources: TEMPLATE_SOURCES,
  words,
  adapt,
};
