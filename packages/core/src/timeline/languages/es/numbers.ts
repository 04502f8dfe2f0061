import type { CountUnit, CountWords } from "../rules/counts.js";

/**
 * Spanish counts: "3-7 días laborables", "entre una y dos semanas", "unos días", "varias semanas",
 * "quince días" (two weeks), "48 horas". Días hábiles and laborables are the employer's business days.
 */
export const SPANISH_COUNTS: CountWords = {
  numbers: {
    un: 1,
    uno: 1,
    una: 1,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
    veinte: 20,
    treinta: 30,
  },
  few: ["unos", "unas", "algunos", "algunas", "unos pocos", "unas pocas", "pocos", "pocas", "un par de"],
  several: ["varios", "varias"],
  to: ["a", "o", "u"],
  between: ["entre", "y"],
  fillers: ["más"],
  units: "d[ií]as?(?:\\s+(?:h[aá]biles|laborables|naturales|corridos|calendario))?|semanas?|mes(?:es)?|horas?|hrs?\\.?",
  unitOf,
  dayWeeks: { 15: 2, 8: 1 },
  through: ["a", "hasta"],
  duration: /\bdurante\s+(?:los\s+|las\s+)?$/iu,
  past: /\b(?:últimos|últimas|pasados|pasadas|hace)\s+$/iu,
};

function unitOf(word: string): CountUnit | undefined {
  const w = word.toLowerCase();
  if (/^d[ií]a/.test(w)) return /naturales|corridos|calendario/.test(w) ? "calendar-day" : "business-day";
  if (w.startsWith("semana")) return "week";
  if (w.startsWith("mes")) return "month";
  if (w.startsWith("h")) return "hour";
  return undefined;
}
