import type { Locale } from "../../document/types.js";
import { changeLiteralText } from "../literal-text.js";

/**
 * American spellings in our own template prose and their British forms. Only template text is
 * respelled, never the caller's words (a company called "Color Labs" keeps its name).
 * Entries are whole words or phrases; a capital first letter is kept.
 */
const US_TO_GB: ReadonlyArray<readonly [string, string]> = [
  ["organization", "organisation"],
  ["organizations", "organisations"],
  ["organize", "organise"],
  ["organized", "organised"],
  ["organizing", "organising"],
  ["realize", "realise"],
  ["realized", "realised"],
  ["recognize", "recognise"],
  ["recognized", "recognised"],
  ["prioritize", "prioritise"],
  ["apologize", "apologise"],
  ["emphasize", "emphasise"],
  ["summarize", "summarise"],
  ["analyze", "analyse"],
  ["behavior", "behaviour"],
  ["color", "colour"],
  ["favorite", "favourite"],
  ["honor", "honour"],
  ["center", "centre"],
  ["fulfill", "fulfil"],
  ["to practice", "to practise"],
  ["practicing", "practising"],
  ["enroll", "enrol"],
];

const PATTERN = new RegExp(`\\b(${US_TO_GB.map(([us]) => us.replace(" ", "\\s+")).join("|")})\\b`, "giu");
const LOOKUP = new Map(US_TO_GB.map(([us, gb]) => [us, gb]));

/** Respells one run of prose for the locale (en-US text is returned as is). */
export function respell(prose: string, locale: Locale): string {
  if (locale === "en-US") return prose;
  return prose.replace(PATTERN, (word) => {
    const gb = LOOKUP.get(word.toLowerCase().replace(/\s+/gu, " "));
    if (gb === undefined) return word;
    return word.charAt(0) === word.charAt(0).toUpperCase() ? gb.charAt(0).toUpperCase() + gb.slice(1) : gb;
  });
}

/**
 * Respells a mustache template's literal text for the locale, leaving every `{{tag}}` as it is, so
 * only our prose changes and never the values filled in.
 */
export function respellTemplate(source: string, locale: Locale): string {
  if (locale === "en-US") return source;
  return changeLiteralText(source, (prose) => respell(prose, locale));
}
