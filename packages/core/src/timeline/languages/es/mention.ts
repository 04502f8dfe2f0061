import type { TimeMention } from "../../mention.js";
import { SPANISH_COUNTS } from "./numbers.js";
import { SPANISH_MONTH_SOURCE } from "./periods.js";

const COUNT = `\\d+|x|\\[x\\]|${Object.keys(SPANISH_COUNTS.numbers).join("|")}|unos|unas|algunos|algunas|varios|varias|próximos|próximas|esta|la|hasta`;
const UNIT = "d[ií]as?|semanas?|mes(?:es)?|horas?|años?";
const MENTION = /* @__PURE__ */ new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${COUNT})\\s+(?:${UNIT})|\\[x\\]\\s*d[ií]as|quincena|${SPANISH_MONTH_SOURCE}|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|(?<!(?:la|esta|por\\s+la)\\s+)mañana|fin\\s+de\\s+semana|navidad|reyes|semana\\s+santa|año\\s+nuevo|las\\s+fiestas|verano|trimestre|\\d{1,2}\\/\\d{1,2})(?![\\p{L}\\p{N}])`,
  "iu",
);

/** The first Spanish words that name a time ("en dos semanas", "antes de Navidad", "[X] días"); `null` for "pronto", "en breve", "más adelante". */
export function spanishMention(text: string): TimeMention | null {
  const match = MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}
