import { readdirSync, readFileSync } from "node:fs";
import { businessCalendar } from "../../calendar/business-calendar.js";
import { detectTimeMention } from "../mention.js";
import { parseDecisionTimeline } from "../parse.js";

/** One sourced phrasing and the window a careful human read from it (see README.md). */
export interface CorpusEntry {
  id: string;
  text: string;
  source: string;
  variety: string;
  reference: string;
  calendar: { country: string; region?: string };
  human: { earliest: string; latest: string } | "none" | "unread";
  note?: string;
  /** The language of `text` (`languages/*.json`); English when absent. */
  language?: string;
}

/** What afterview read: a window, "unread" (a time it could not read) or "none" (no time named). */
export type Reading = { earliest: string; latest: string } | "none" | "unread";

export interface Verdict {
  entry: CorpusEntry;
  afterview: Reading;
  agrees: boolean;
}

/** Every entry of every `*.json` file beside this module. */
export function loadCorpus(): CorpusEntry[] {
  const folder = new URL("./", import.meta.url);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), "utf8")) as CorpusEntry[]);
}

/** The entries of `languages/<language>.json`. */
export function loadLanguageCorpus(language: string): CorpusEntry[] {
  const file = new URL(`./languages/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as CorpusEntry[];
}

/** How afterview reads one entry, in the employer's calendar and the entry's language. */
export function readEntry(entry: CorpusEntry): Reading {
  const calendar = businessCalendar(entry.calendar);
  const options = entry.language ? { calendar, language: entry.language } : { calendar };
  const timeline = parseDecisionTimeline(entry.text, entry.reference, options);
  if (timeline) return { earliest: timeline.earliest, latest: timeline.latest };
  return detectTimeMention(entry.text, entry.language ? { language: entry.language } : undefined) ? "unread" : "none";
}

function same(a: Reading, b: Reading): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.earliest === b.earliest && a.latest === b.latest;
}

/** Every entry with afterview's reading beside the human one. */
export function judge(entries: readonly CorpusEntry[]): Verdict[] {
  return entries.map((entry) => {
    const afterview = readEntry(entry);
    return { entry, afterview, agrees: same(afterview, entry.human) };
  });
}
