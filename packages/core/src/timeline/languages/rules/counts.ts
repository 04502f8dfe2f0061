import { addMonths } from "../../../calendar/day-number.js";
import type { TimelineConfidence } from "../../../schema/enums.js";
import type { TimelineContext, WindowMode } from "../../reading.js";
import { BUSINESS_DAYS_PER_WEEK } from "../../spans.js";
import { type Around, oneOf, type Rule, type Span, words } from "./find.js";

/** What a unit word counts. */
export type CountUnit = "business-day" | "calendar-day" | "week" | "month" | "hour";

/** One language's words for counts: "zwei bis drei Werktage", "sous quinzaine", "unos días". */
export interface CountWords {
  /** Number words, lower case: `{ zwei: 2 }`. Articles that mean one ("eine", "une", "una") belong here. */
  numbers: Readonly<Record<string, number>>;
  /** Words for "a few" (3): "einige", "quelques", "unos". */
  few: readonly string[];
  /** Words for "several" (3 to 7): "mehrere", "plusieurs", "varios". */
  several: readonly string[];
  /** Words between two numbers of one range: "bis", "oder"; "à", "ou"; "a", "o". */
  to: readonly string[];
  /** "zwischen … und", "entre … et": the words around a range. */
  between: readonly [string, string];
  /** Words that may stand between the number and its unit: "weitere", "supplémentaires". */
  fillers: readonly string[];
  /** A regular-expression source for the unit words (no groups). */
  units: string;
  /** What a matched unit word counts (`undefined`: not a unit). */
  unitOf(word: string): CountUnit | undefined;
  /** A lone count of days that means weeks: `{ 14: 2, 8: 1 }` ("14 Tage" is two weeks). */
  dayWeeks: Readonly<Record<number, number>>;
  /** Words that join two counts into one span ("von einigen Tagen bis zu zwei Wochen"). */
  through: readonly string[];
  /** Words before a count that make it something else's duration ("während", "pendant"). */
  duration?: RegExp;
  /** Words before a count that put it in the past ("letzten", "derniers", "últimos"). */
  past: RegExp;
}

/** A count read from words: its bounds, its unit, and how exact it was. */
export interface Count {
  low: number;
  high: number;
  unit: CountUnit;
  precision: "exact" | "fuzzy" | "vague";
}

function numberSource(w: CountWords): string {
  return oneOf(["\\d{1,3}", ...Object.keys(w.numbers).map(escapeWord)]);
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/** A regular-expression source for one count with its unit ("zwei bis drei Werktagen"). */
export function countSource(w: CountWords): string {
  const n = numberSource(w);
  const to = oneOf(w.to.map(escapeWord));
  const [between, and] = w.between;
  const quantity = oneOf([
    `${escapeWord(between)}\\s+${n}\\s+${escapeWord(and)}\\s+${n}`,
    `${n}(?:\\s*,\\s*${n})+`,
    `${n}\\s*(?:-|–|—|\\/)\\s*${n}`,
    `${n}\\s+${to}\\s+${n}`,
    ...w.few.map(escapeWord),
    ...w.several.map(escapeWord),
    n,
  ]);
  const fillers = w.fillers.length > 0 ? `(?:${oneOf(w.fillers.map(escapeWord))}\\s+)?` : "";
  return `${quantity}(?:\\s+|(?<=\\d)\\s*)${fillers}(?:${w.units})`;
}

/** Reads one count matched by {@link countSource}; `undefined` for zero or nonsense. */
export function readCount(w: CountWords, source: string): Count | undefined {
  const text = source.toLowerCase().replace(/\s+/g, " ").trim();
  const unitMatch = new RegExp(`(?:${w.units})$`, "iu").exec(text);
  if (!unitMatch) return undefined;
  const unit = w.unitOf(unitMatch[0]);
  if (!unit) return undefined;
  let quantity = text.slice(0, unitMatch.index).trim();
  for (const filler of w.fillers) quantity = quantity.replace(new RegExp(`\\s${escapeWord(filler)}$`, "iu"), "");
  if (w.few.some((f) => f === quantity)) return { low: 3, high: 3, unit, precision: "fuzzy" };
  if (w.several.some((f) => f === quantity)) return { low: 3, high: 7, unit, precision: "vague" };
  const [between, and] = w.between;
  const parts = quantity
    .replace(new RegExp(`^${escapeWord(between)}\\s`, "iu"), "")
    .split(new RegExp(`\\s*(?:-|–|—|\\/|,|\\s${oneOf([...w.to, and].map(escapeWord))}\\s)\\s*`, "iu"))
    .filter((p) => p !== "");
  const values = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : w.numbers[p]));
  if (values.length === 0 || values.some((v) => v === undefined || v < 1)) return undefined;
  const numbers = values as number[];
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  // "14 Tage", "quinze jours", "ocho días": a lone count of days that names weeks.
  const weeks = w.dayWeeks[low];
  if (low === high && unit === "business-day" && weeks !== undefined && parts.length === 1) {
    return { low: weeks, high: weeks, unit: "week", precision: "exact" };
  }
  return { low, high, unit, precision: "exact" };
}

/** The day `n` units after the reference (hours round up to whole business days). */
export function countOffset(ctx: TimelineContext, unit: CountUnit, n: number): number {
  switch (unit) {
    case "business-day":
      return ctx.calendar.addBusinessDays(ctx.ref, n);
    case "hour":
      return ctx.calendar.addBusinessDays(ctx.ref, Math.ceil(n / 24));
    case "week":
      return ctx.calendar.addBusinessDays(ctx.ref, n * BUSINESS_DAYS_PER_WEEK);
    case "calendar-day":
      return ctx.ref + n;
    case "month":
      return addMonths(ctx.ref, n);
  }
}

function confidenceOf(count: Count): TimelineConfidence {
  if (count.precision === "vague") return "low";
  return count.precision === "fuzzy" || count.unit === "hour" ? "medium" : "high";
}

/** A span from a count: on its days (`at`) or up to them (`by`). */
export function countSpan(ctx: TimelineContext, count: Count, mode: WindowMode): Span {
  const unit = count.unit === "hour" ? "business-day" : count.unit;
  const scale = (n: number) => (count.unit === "hour" ? Math.ceil(n / 24) : n);
  return {
    mode,
    from: countOffset(ctx, count.unit, count.low),
    to: countOffset(ctx, count.unit, count.high),
    confidence: confidenceOf(count),
    unit,
    min: scale(count.low),
    max: scale(count.high),
  };
}

/**
 * The rules for counts: one count ("in zwei bis drei Werktagen"), or two joined into one span
 * ("von wenigen Tagen bis zu mehreren Wochen": from the first's low to the second's high). A count
 * is on its days unless a deadline word stands around it ("innerhalb", "sous", "en un plazo de").
 */
export function countRules(w: CountWords): Rule[] {
  const one = countSource(w);
  const single = new RegExp(one, "iu");
  const through = oneOf(w.through.map(escapeWord));
  const read = (m: RegExpExecArray, ctx: TimelineContext, around: Around): Span | undefined => {
    if (w.past.test(around.before)) return undefined;
    if (w.duration?.test(around.before) && !around.negated) return undefined;
    const first = single.exec(m[0]);
    if (!first) return undefined;
    const a = readCount(w, first[0]);
    if (!a) return undefined;
    const rest = m[0].slice(first.index + first[0].length);
    const second = rest ? single.exec(rest) : null;
    const b = second ? readCount(w, second[0]) : undefined;
    if (b) {
      const from = countSpan(ctx, a, "at");
      const to = countSpan(ctx, b, "at");
      return {
        ...to,
        mode: around.mode === "by" ? "by" : "at",
        from: from.from,
        confidence: "medium",
        min: undefined,
        max: undefined,
        unit: "date",
      };
    }
    return countSpan(ctx, a, around.mode ?? "at");
  };
  return [
    {
      name: "a count, or two counts joined",
      regex: words(`${one}(?:\\s+${through}\\s+(?:\\S+\\s+)?${one})?`),
      read,
    },
  ];
}
