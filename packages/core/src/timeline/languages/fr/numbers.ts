import type { CountUnit, CountWords } from "../rules/counts.js";

/**
 * French counts: "sous 5 jours ouvrés", "deux à trois semaines", "quelques jours", "plusieurs
 * semaines", "une dizaine de jours", "quinze jours" (two weeks), "48h". Jours ouvrés and ouvrables
 * are both the employer's business days (languages/README.md).
 */
export const FRENCH_COUNTS: CountWords = {
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
    "une dizaine de": 10,
    "une quinzaine de": 15,
    "une huitaine de": 8,
    "une vingtaine de": 20,
  },
  few: ["quelques", "quelques petits"],
  several: ["plusieurs"],
  to: ["à", "ou"],
  between: ["entre", "et"],
  fillers: ["supplémentaires", "de plus"],
  units:
    "jours?(?:\\s+(?:ouvrés|ouvrables|ouvres|calendaires|francs))?|semaines?|mois|heures?(?:\\s+ouvrées)?|h(?:\\s+ouvrées)?(?![\\p{L}])",
  unitOf,
  dayWeeks: { 15: 2, 8: 1 },
  through: ["à", "jusqu'à"],
  duration: /\b(?:pendant|durant)\s+(?:les\s+|des\s+)?$/iu,
  past: /\b(?:derniers|dernières|passés|passées)\s+$/iu,
};

function unitOf(word: string): CountUnit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith("jour")) return /calendaires/.test(w) ? "calendar-day" : "business-day";
  if (w.startsWith("semaine")) return "week";
  if (w === "mois") return "month";
  if (w.startsWith("h")) return "hour";
  return undefined;
}
