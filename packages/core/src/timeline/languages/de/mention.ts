import type { TimeMention } from "../../mention.js";
import { GERMAN_COUNTS } from "./numbers.js";
import { GERMAN_MONTH_SOURCE } from "./periods.js";

const COUNT = `\\d+|x|\\[x\\]|${Object.keys(GERMAN_COUNTS.numbers).join("|")}|einige[n]?|wenige[n]?|paar|mehrere[n]?|nächste[n]?|kommende[n]?|diese[rnm]?`;
const UNIT = "(?:werk|arbeits|kalender)?tag(?:e|en)?|wochen?|monat(?:e|en)?|stunden?|jahr(?:e|en)?";
const MENTION = /* @__PURE__ */ new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${COUNT})\\s+(?:${UNIT})|\\p{L}+wöchig\\w*|wochen-?|monatelang|eine\\s+weile|${GERMAN_MONTH_SOURCE}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|übermorgen|wochenende|monatsende|jahresende|jahresanfang|kw\\s*\\d|weihnachten|ostern|pfingsten|neujahr|jahreswechsel|feiertage[n]?|zwischen\\s+den\\s+jahren|sommer|herbst|winter|frühjahr|frühling|quartal|\\d{1,2}\\.\\d{1,2}\\.?)(?![\\p{L}\\p{N}])`,
  "iu",
);

/** The first German words that name a time ("zwei Wochen", "Montag", "nach Ostern", "eine Weile"); `null` for "zeitnah", "in Kürze", "bald". */
export function germanMention(text: string): TimeMention | null {
  const match = MENTION.exec(text);
  return match ? { text: match[0], index: match.index } : null;
}
