import type { TimeMention } from "../../mention.js";
import { FRENCH_COUNTS } from "./numbers.js";
import { FRENCH_MONTH_SOURCE } from "./periods.js";

const NUMBERS = Object.keys(FRENCH_COUNTS.numbers)
  .map((n) => n.replace(/\s+/g, "\\s+"))
  .join("|");
const COUNT = `\\d+|x|\\[x\\]|${NUMBERS}|quelques|plusieurs|prochains|prochaines|cette|la`;
const UNIT = "jours?|semaines?|mois|heures?|ans?|années?";
const MENTION = /* @__PURE__ */ new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<!pendant\\s+les\\s+)(?:${COUNT})\\s+(?:${UNIT})|\\d+\\s*h|quinzaine|huitaine|${FRENCH_MONTH_SOURCE}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd['’]hui|demain|lendemain|fin\\s+de\\s+(?:semaine|mois)|noël|pâques|nouvel\\s+an|les\\s+fêtes|la\\s+rentrée|l['’]été|trimestre|\\d{1,2}\\/\\d{1,2})(?![\\p{L}\\p{N}])`,
  "iu",
);

/** The first French words that name a time ("sous quinzaine", "lundi", "après les fêtes"); `null` for "prochainement", "dans les meilleurs délais". */
export function frenchMention(text: string): TimeMention | null {
  const match = MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}
