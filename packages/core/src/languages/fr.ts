import { french } from "../review/languages/fr.js";
import { isFrenchFunctionWord } from "../review/languages/function-words.js";
import { frenchTimeline } from "../timeline/languages/fr/index.js";
import type { ReadingLanguage } from "./types.js";

/**
 * French (`fr`, with `fr-CA`, `fr-BE`, `fr-CH`): timelines such as "sous quinzaine", "d'ici la fin
 * de la semaine prochaine", "après les fêtes", and thank-you drafts ("je vous remercie pour notre
 * entretien").
 */
export const fr: ReadingLanguage = {
  tag: "fr",
  name: "French",
  timeline: frenchTimeline,
  review: { isFunctionWord: isFrenchFunctionWord, build: french },
};
