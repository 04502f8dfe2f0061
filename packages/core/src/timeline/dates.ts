// The English locale only: the package root loads every locale (about 100 ms of cold start in Node, 25 ms for English).
import { casual, GB, type ParsedResult } from "chrono-node/en";
import { Temporal } from "temporal-polyfill";
import { readLead, readTail } from "./lead.js";
import { type Reading, shapeWindow, type TimelineContext, type WindowMode } from "./reading.js";

/** Countries that write numeric dates day first ("4/12" = 4 December). Others read month first. */
const DAY_FIRST = /* @__PURE__ */ new Set(
  /* @__PURE__ */ "GB IE AU NZ IN ZA SG MY HK PK NG KE GH IL FR DE ES IT NL BE PT AT CH DK SE NO FI PL CZ BR AR MX CL CO PE RU TR GR RO HU".split(
    " ",
  ),
);

const NAMED = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,4}[/.-]\d{1,2}/i;
const WEEKDAY_FULL = /monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon\.|tues?\.?|wed\.|thur?s?\.?|fri\.?/i;

/**
 * Finds dates and weekdays with chrono-node: "by Friday", "next Monday", "on Tuesday",
 * "by December 4", "2026-12-04", "Friday, December 4", "12/4".
 *
 * - A weekday is the first such day after the reference date ("by Friday" said on a Friday is the
 *   next week's Friday); "next Monday" is the Monday of the week after the reference's week;
 *   "last Friday" is ignored.
 * - A month and day without a year is its next occurrence on or after the reference date; with a year
 *   (or an ISO date) it is kept as written, and a date before the reference date is dropped.
 * - "by"/"before"/"until" and a bare date ("2026-12-04", "December 4") are deadlines: the answer may
 *   come from the next business day. "on …", "next …" and a bare weekday name the day itself.
 */
export function findDates(text: string, ctx: TimelineContext, claimed: readonly Reading[]): Reading[] {
  const parser = DAY_FIRST.has(ctx.calendar.country?.toUpperCase?.() ?? "") ? GB : casual;
  // chrono reads wall-clock fields from a Date; give it the reference's local date at noon as UTC fields.
  const instant = new Date(Date.UTC(ctx.ref.year, ctx.ref.month - 1, ctx.ref.day, 12));
  const results = parser.parse(text, { instant, timezone: 0 }, { forwardDate: true });
  const readings: Reading[] = [];
  for (const result of results) {
    const start = result.index;
    const stop = start + result.text.length;
    if (claimed.some((r) => start < r.end && stop > r.index)) continue;
    const day = resolveDay(text, result, ctx);
    if (!day) continue;
    const own = /^on\s/i.test(result.text) ? "at" : undefined;
    const lead = readLead(text, start);
    const tail = readTail(text, stop);
    const mode: WindowMode = tail.mode ?? own ?? lead.mode ?? day.bare;
    const { earliest, latest } = shapeWindow(ctx, mode, day.date, day.date);
    readings.push({ index: lead.start, end: tail.end, earliest, latest, unit: "date", confidence: "high" });
  }
  return readings;
}

function resolveDay(
  input: string,
  result: ParsedResult,
  ctx: TimelineContext,
): { date: Temporal.PlainDate; bare: WindowMode } | undefined {
  const text = result.text;
  if (!NAMED.test(text) && !WEEKDAY_FULL.test(text)) return undefined;
  const month = result.start.isCertain("month") ? result.start.get("month") : null;
  const day = result.start.isCertain("day") ? result.start.get("day") : null;
  if (month !== null && day !== null) {
    const year = result.start.isCertain("year") ? result.start.get("year") : null;
    const date = calendarDate(year ?? ctx.ref.year, month, day);
    if (!date) return undefined;
    if (year !== null) return Temporal.PlainDate.compare(date, ctx.ref) < 0 ? undefined : { date, bare: "by" };
    if (Temporal.PlainDate.compare(date, ctx.ref) >= 0) return { date, bare: "by" };
    const nextYear = calendarDate(ctx.ref.year + 1, month, day);
    return nextYear ? { date: nextYear, bare: "by" } : undefined;
  }
  if (month !== null || day !== null || !result.start.isCertain("weekday")) return undefined;
  // A bare three-letter lower-case word ("sat", "wed") is more likely English than a weekday.
  if (!WEEKDAY_FULL.test(text) && !/^[A-Z]/.test(text.replace(/^(?:on|this|next)\s+/i, ""))) return undefined;
  if (/\b(?:last|past|previous)\b/i.test(text)) return undefined;
  const weekday = result.start.get("weekday") ?? 0;
  const iso = weekday === 0 ? 7 : weekday;
  const before = input.slice(Math.max(0, result.index - 20), result.index);
  if (/\bnext\b/i.test(text) || /next\s+week\s*,?\s*(?:on\s+)?$/i.test(before)) {
    const monday = ctx.ref.subtract({ days: ctx.ref.dayOfWeek - 1 }).add({ weeks: 1 });
    return { date: monday.add({ days: iso - 1 }), bare: "at" };
  }
  const ahead = ((iso - ctx.ref.dayOfWeek + 6) % 7) + 1;
  return { date: ctx.ref.add({ days: ahead }), bare: "at" };
}

function calendarDate(year: number, month: number, day: number): Temporal.PlainDate | undefined {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" });
  } catch {
    return undefined;
  }
}
