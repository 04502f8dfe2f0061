import type { ParsedResult } from "chrono-node";
import { civilDate, dayNumber, daysInMonth, isoWeekday } from "../../../calendar/day-number.js";
import { isSupportedDay } from "../../../time/zone-clock.js";
import { type Reading, shapeWindow, type TimelineContext } from "../../reading.js";
import { oneOf, type Rule, type Span, words } from "./find.js";
import { type LeadWords, readLeadIn, readTailIn } from "./leads.js";

/** A chrono-node parser of one locale (`casual` from `chrono-node/de`, `/fr`, `/es`). */
export interface DateParser {
  parse(
    text: string,
    reference: { instant: Date; timezone: number },
    options: { forwardDate: boolean },
  ): ParsedResult[];
}

/**
 * Dates with a day and a month, read by chrono-node's locale parser ("am 15. Januar", "le 4 janvier",
 * "el 3 de enero", "15.01.2027"). Without a year, the next such day on or after the reference; a
 * year before the reference drops the date. A bare date is a deadline; a point word before it
 * ("am", "le", "el") makes it the day itself.
 */
export function findDates(
  text: string,
  ctx: TimelineContext,
  parser: DateParser,
  lead: LeadWords,
  claimed: readonly Reading[],
): Reading[] {
  if (!/\d/.test(text)) return [];
  const ref = civilDate(ctx.ref);
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const readings: Reading[] = [];
  for (const result of parser.parse(text, { instant, timezone: 0 }, { forwardDate: true })) {
    const start = result.index;
    const stop = start + result.text.length;
    if ([...claimed, ...readings].some((r) => start < r.end && stop > r.index)) continue;
    if (!result.start.isCertain("day") || !result.start.isCertain("month")) continue;
    const date = resolve(ctx, result);
    if (date === undefined) continue;
    const before = readLeadIn(lead, text, start);
    const after = readTailIn(lead, text, stop);
    const { earliest, latest } = shapeWindow(ctx, after.mode ?? before.mode ?? "by", date, date);
    readings.push({ index: before.start, end: after.end, earliest, latest, unit: "date", confidence: "high" });
  }
  return readings;
}

function resolve(ctx: TimelineContext, result: ParsedResult): number | undefined {
  const month = result.start.get("month") ?? 0;
  const day = result.start.get("day") ?? 0;
  const year = result.start.isCertain("year") ? result.start.get("year") : null;
  const refYear = civilDate(ctx.ref).year;
  for (const y of year !== null ? [year] : [refYear, refYear + 1]) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return undefined;
    const n = dayNumber(y, month, day);
    if (!isSupportedDay(n)) return undefined;
    if (n >= ctx.ref) return n;
  }
  return undefined;
}

/** One language's weekday names (Monday first) and the words that make one next week's. */
export interface WeekdayWords {
  /** Regular-expression sources, Monday to Sunday. */
  names: readonly [string, string, string, string, string, string, string];
  /** Words before the name that mean next week's ("nächsten", "próximo"). */
  nextBefore: readonly string[];
  /** Words after the name that mean next week's ("prochain", "que viene"). */
  nextAfter: readonly string[];
}

/**
 * "Montag", "bis Freitag", "lundi prochain", "el próximo martes": the first such weekday after the
 * reference date, or next week's with a "next" word. The day itself unless a deadline word leads.
 */
export function weekdayRule(w: WeekdayWords): Rule {
  const names = w.names.map((n) => `(${n})`).join("|");
  const before = w.nextBefore.length ? `(${oneOf(w.nextBefore)}\\s+)?` : "()";
  const after = w.nextAfter.length ? `(\\s+${oneOf(w.nextAfter)})?` : "()";
  return {
    name: "a weekday",
    regex: words(`${before}(?:${names})${after}`),
    read: (m, ctx, around): Span | undefined => {
      const iso = m.slice(2, 9).findIndex((g) => g !== undefined) + 1;
      if (iso < 1) return undefined;
      const next = m[1] !== undefined || m[9] !== undefined;
      let date: number;
      if (next) {
        date = ctx.ref - (isoWeekday(ctx.ref) - 1) + 7 + iso - 1;
      } else {
        date = ctx.ref + (((iso - isoWeekday(ctx.ref) + 6) % 7) + 1);
      }
      return { mode: around.mode ?? "at", from: date, to: date, confidence: "high" };
    },
  };
}
