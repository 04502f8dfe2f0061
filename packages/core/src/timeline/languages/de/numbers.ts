import type { CountUnit, CountWords } from "../rules/counts.js";

/**
 * German counts: "zwei bis drei Werktage", "einige Tage", "mehrere Wochen", "14 Tage".
 * Werktage and Arbeitstage are both the employer's business days (languages/README.md); "14 Tage"
 * is two weeks and "8 Tage" one.
 */
export const GERMAN_COUNTS: CountWords = {
  numbers: {
    ein: 1,
    eine: 1,
    einen: 1,
    einem: 1,
    einer: 1,
    eins: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    vierzehn: 14,
    fünfzehn: 15,
    zwanzig: 20,
    dreißig: 30,
  },
  few: ["einige", "einigen", "ein paar", "wenige", "wenigen", "paar"],
  several: ["mehrere", "mehreren"],
  to: ["bis spätestens", "bis maximal", "bis", "oder"],
  between: ["zwischen", "und"],
  fillers: ["weitere", "weiteren", "weiterer"],
  units: "(?:werk|arbeits|geschäfts|kalender)?tag(?:e|en|es)?|wochen?|monat(?:e|en|s)?|stunden?|std\\.?|h(?![\\p{L}])",
  unitOf,
  dayWeeks: { 14: 2, 8: 1 },
  through: ["bis zu", "bis maximal", "bis"],
  duration: /\bwährend\s+(?:der\s+|den\s+)?$/iu,
  past: /\b(?:letzten|vergangenen|vorigen)\s+$/iu,
};

function unitOf(word: string): CountUnit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith("kalender")) return "calendar-day";
  if (/tag/.test(w)) return "business-day";
  if (w.startsWith("woche")) return "week";
  if (w.startsWith("monat")) return "month";
  if (w.startsWith("st") || w === "h") return "hour";
  return undefined;
}
