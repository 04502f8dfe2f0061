// The English locale only: the package root loads every locale, which slows every cold start (docs/performance.md).
import { casual, GB, type ParsedResult } from "chrono-node/en";
import { addMonths, civilDate, dayNumber, daysInMonth, isoWeekday, withDayOfMonth } from "../calendar/day-number.js";
import { isSupportedDay } from "../time/zone-clock.js";
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
  const dayFirst = DAY_FIRST.has(ctx.calendar.country?.toUpperCase?.() ?? "");
  // chrono reads wall-clock fields from a Date; give it the reference's local date at noon as UTC fields.
  const ref = civilDate(ctx.ref);
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  // A result is kept only when its text names a month, a numeric date or a weekday (resolveDay); a text
  // without one anywhere gives none, so chrono is not asked.
  const results = NAMED.test(text) || WEEKDAY_FULL.test(text) ? chronoResults(text, instant, dayFirst) : [];
  const readings: Reading[] = [];
  const taken = (start: number, stop: number) => [...claimed, ...readings].some((r) => start < r.end && stop > r.index);
  for (const result of results) {
    const start = result.index;
    const stop = start + result.text.length;
    if (taken(start, stop)) continue;
    const day = resolveDay(text, result, ctx);
    if (!day) continue;
    const weekOf = WEEK_OF.exec(text.slice(0, start));
    const lead = readLead(text, weekOf ? weekOf.index : start);
    const own = /^on\s/i.test(result.text) && lead.mode !== "by" ? "at" : undefined;
    const tail = readTail(text, stop);
    const mode: WindowMode = tail.mode ?? own ?? lead.mode ?? day.bare;
    const [from, to] = weekOf ? weekAround(day.date) : [day.date, day.date];
    const { earliest, latest } = shapeWindow(ctx, weekOf ? (lead.mode ?? "at") : mode, from, to);
    const reading: Reading = { index: lead.start, end: tail.end, earliest, latest, unit: "date", confidence: "high" };
    const note = dateOrderNote(result, dayFirst, ctx.calendar.country);
    if (note) {
      reading.confidence = "medium";
      reading.notes = [note];
    }
    readings.push(reading);
  }
  for (const match of text.matchAll(ORDINAL_DAY)) {
    const start = match.index;
    const stop = start + match[0].length;
    if (taken(start, stop)) continue;
    const weekOf = WEEK_OF.exec(text.slice(0, start));
    const lead = readLead(text, weekOf ? weekOf.index : start);
    // A bare "the 24th" may be anything ("the 24th candidate"); a lead word or "the week of" makes it a day.
    if (lead.mode === undefined && !weekOf) continue;
    const date = nextMonthDay(ctx.ref, Number(match[1]));
    if (date === undefined) continue;
    const tail = readTail(text, stop);
    const mode: WindowMode = tail.mode ?? lead.mode ?? "at";
    const [from, to] = weekOf ? weekAround(date) : [date, date];
    const { earliest, latest } = shapeWindow(ctx, mode, from, to);
    readings.push({ index: lead.start, end: tail.end, earliest, latest, unit: "date", confidence: "medium" });
  }
  return readings;
}

/** "The week of the 9th", "the week of December 7": that day's Monday–Sunday week. */
const WEEK_OF = /(?<![\w-])(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+$/i;

function weekAround(date: number): [number, number] {
  const monday = date - (isoWeekday(date) - 1);
  return [monday, monday + 6];
}

/** "the 24th", "the 3rd": a day of the month without the month. */
const ORDINAL_DAY =
  /(?<![\w-])(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?![\w-])/gi;

/** The next day `day` of a month strictly after `ref`: this month's, else the next month that has it. */
function nextMonthDay(ref: number, day: number): number | undefined {
  for (let months = 0; months < 3; months++) {
    const first = addMonths(withDayOfMonth(ref, 1), months);
    const { year, month } = civilDate(first);
    if (day > daysInMonth(year, month)) continue;
    const date = first + day - 1;
    if (date > ref) return date;
  }
  return undefined;
}

/**
 * chrono's results, day first or month first. chrono's day-first (GB) parser reads "February 11"
 * as February 2011; where the casual parser reads a month and day at the same place, its reading
 * is kept instead, since a spelled-out month leaves no doubt about the order.
 */
function chronoResults(text: string, instant: Date, dayFirst: boolean): ParsedResult[] {
  const options = { forwardDate: true };
  const reference = { instant, timezone: 0 };
  if (!dayFirst) return casual.parse(text, reference, options);
  const yearOnly = (r: ParsedResult) => !r.start.isCertain("day") && r.start.isCertain("year");
  const results = GB.parse(text, reference, options);
  if (!results.some(yearOnly)) return results;
  const casualResults = casual.parse(text, reference, options);
  return results.map((result) => {
    if (!yearOnly(result)) return result;
    const other = casualResults.find((r) => r.index === result.index);
    return other?.start.isCertain("day") && other.start.isCertain("month") ? other : result;
  });
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * For a numeric date that reads as a real date both ways ("4/1"), the order used and the other
 * reading, for the plan's reasons.
 */
function dateOrderNote(result: ParsedResult, dayFirst: boolean, country: string): string | undefined {
  const numeric = /^(?:on\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-]\d{2,4})?$/.exec(result.text.trim());
  if (!numeric) return undefined;
  const a = Number(numeric[1]);
  const b = Number(numeric[2]);
  if (a === b || a > 12 || b > 12) return undefined;
  const [day, month] = dayFirst ? [a, b] : [b, a];
  const order = dayFirst ? "day first" : "month first";
  const where = country ? `, as dates are written in ${country}` : "";
  return `"${numeric[0]}" was read ${order}${where}: ${day} ${MONTH_NAMES[month - 1]}; the other order would be ${month} ${MONTH_NAMES[day - 1]}.`;
}

function resolveDay(
  input: string,
  result: ParsedResult,
  ctx: TimelineContext,
): { date: number; bare: WindowMode } | undefined {
  const text = result.text;
  if (!NAMED.test(text) && !WEEKDAY_FULL.test(text)) return undefined;
  const month = result.start.isCertain("month") ? result.start.get("month") : null;
  const day = result.start.isCertain("day") ? result.start.get("day") : null;
  if (month !== null && day !== null) {
    const year = result.start.isCertain("year") ? result.start.get("year") : null;
    const refYear = civilDate(ctx.ref).year;
    const date = calendarDate(year ?? refYear, month, day);
    if (date === undefined) return undefined;
    if (year !== null) return date < ctx.ref ? undefined : { date, bare: "by" };
    if (date >= ctx.ref) return { date, bare: "by" };
    const nextYear = calendarDate(refYear + 1, month, day);
    return nextYear !== undefined ? { date: nextYear, bare: "by" } : undefined;
  }
  if (month !== null || day !== null || !result.start.isCertain("weekday")) return undefined;
  // A bare three-letter lower-case word ("sat", "wed") is more likely English than a weekday.
  if (!WEEKDAY_FULL.test(text) && !/^[A-Z]/.test(text.replace(/^(?:on|this|next)\s+/i, ""))) return undefined;
  if (/\b(?:last|past|previous)\b/i.test(text)) return undefined;
  const weekday = result.start.get("weekday") ?? 0;
  const iso = weekday === 0 ? 7 : weekday;
  const before = input.slice(Math.max(0, result.index - 20), result.index);
  if (/\bnext\b/i.test(text) || /next\s+week\s*,?\s*(?:on\s+)?$/i.test(before)) {
    const monday = ctx.ref - (isoWeekday(ctx.ref) - 1) + 7;
    return { date: monday + iso - 1, bare: "at" };
  }
  const ahead = ((iso - isoWeekday(ctx.ref) + 6) % 7) + 1;
  return { date: ctx.ref + ahead, bare: "at" };
}

/** The day number of a date that exists and Temporal can hold (`PlainDate.from` with `overflow: "reject"`). */
function calendarDate(year: number, month: number, day: number): number | undefined {
  const whole = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
  if (!whole || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return isSupportedDay(n) ? n : undefined;
}
