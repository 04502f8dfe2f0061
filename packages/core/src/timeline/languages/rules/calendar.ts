import {
  addMonths,
  civilDate,
  dayNumber,
  endOfMonth,
  isoWeekday,
  withDayOfMonth,
} from "../../../calendar/day-number.js";
import { westernEaster } from "../../../calendar/holidays/easter.js";
import type { TimelineConfidence } from "../../../schema/enums.js";
import { afterDay, afterJanuaryFirst, christmasNote, christmasYear, newYear } from "../../anchors.js";
import type { TimelineContext, WindowMode } from "../../reading.js";
import { BUSINESS_DAYS_PER_WEEK } from "../../spans.js";
import type { Span } from "./find.js";

/*
 * The calendar arithmetic every language's words share, in day numbers: which week "next week"
 * is, a month's parts, the next Christmas or Easter. The English rules (`../../periods.ts`,
 * `../../anchors.ts`) define the same readings; the helpers they export are reused here.
 */

export { afterDay, afterJanuaryFirst, christmasNote, christmasYear, newYear };

/** Which week a phrase names: the current one (while it has a business day left), the next, the one after. */
export type WeekWhich = "this" | "next" | "after-next";

/** Monday of the week `which` names. */
export function mondayOf(ctx: TimelineContext, which: WeekWhich): number {
  const monday = ctx.ref - (isoWeekday(ctx.ref) - 1);
  if (which === "after-next") return monday + 14;
  if (which === "next") return monday + 7;
  return ctx.calendar.nextBusinessDay(ctx.ref) <= monday + 6 ? monday : monday + 7;
}

/** Parts of a week by ISO weekday: early = Mon–Wed, mid = Tue–Thu, late = Thu–Sun, whole = Mon–Sun. */
export type WeekPart = "early" | "mid" | "late" | "whole";
const WEEK_PARTS: Readonly<Record<WeekPart, readonly [number, number]>> = {
  early: [1, 3],
  mid: [2, 4],
  late: [4, 7],
  whole: [1, 7],
};

/**
 * A part of a week. "By the middle of the week" is a deadline on its Wednesday; "by the end of the
 * week" a deadline on its last business day; otherwise the part's days.
 */
export function weekSpan(ctx: TimelineContext, which: WeekWhich, part: WeekPart, mode: WindowMode | undefined): Span {
  const monday = mondayOf(ctx, which);
  if (part === "mid" && mode === "by") return { mode: "by", from: monday + 2, to: monday + 2, confidence: "medium" };
  const [a, b] = WEEK_PARTS[part];
  return { mode: mode ?? "at", from: monday + a - 1, to: monday + b - 1, confidence: "medium" };
}

/** "By the end of (next) week": a deadline on the week's last business day. */
export function weekEnd(ctx: TimelineContext, which: WeekWhich): Span {
  const monday = mondayOf(ctx, which);
  return { mode: "by", from: monday, to: monday + 6, confidence: "high" };
}

/** "In the next week" counted from now: five business days as a deadline. */
export function aWeekFromNow(ctx: TimelineContext): Span {
  return {
    mode: "by",
    from: ctx.ref,
    to: ctx.calendar.addBusinessDays(ctx.ref, BUSINESS_DAYS_PER_WEEK),
    confidence: "medium",
  };
}

/** ISO week `week` (Monday-based, ISO 8601): the next such week that has not ended. */
export function isoWeekSpan(ctx: TimelineContext, week: number, mode: WindowMode | undefined): Span | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53) return undefined;
  const { year } = civilDate(ctx.ref);
  for (const y of [year, year + 1]) {
    const monday = isoWeekMonday(y, week);
    if (monday === undefined) continue;
    if (monday + 6 > ctx.ref) return { mode: mode ?? "at", from: monday, to: monday + 6, confidence: "high" };
  }
  return undefined;
}

function isoWeekMonday(year: number, week: number): number | undefined {
  const jan4 = dayNumber(year, 1, 4);
  const monday = jan4 - (isoWeekday(jan4) - 1) + (week - 1) * 7;
  // Week 53 exists only in years whose 28 December falls in it.
  const dec28 = dayNumber(year, 12, 28);
  const lastMonday = dec28 - (isoWeekday(dec28) - 1);
  return monday > lastMonday ? undefined : monday;
}

/** Days of a month by part: early = 1–10, mid = 14–16, late = 21–end, halves split after the 15th. */
export type MonthPart = "early" | "mid" | "late" | "first-half" | "second-half" | "whole";
const MONTH_PARTS: Readonly<Record<MonthPart, readonly [number, number]>> = {
  early: [1, 10],
  mid: [14, 16],
  late: [21, 31],
  "first-half": [1, 15],
  "second-half": [16, 31],
  whole: [1, 31],
};

/** First day of month `month` (1–12): the first year whose `part` has not ended by the reference. */
export function nextMonth(ctx: TimelineContext, month: number, part: MonthPart = "whole"): number {
  const first = dayNumber(civilDate(ctx.ref).year, month, 1);
  return partOf(first, part)[1] > ctx.ref ? first : addMonths(first, 12);
}

/** First day of the current month (while it has a business day left) or of the next. */
export function thisMonth(ctx: TimelineContext, which: "this" | "next"): number {
  const first = withDayOfMonth(ctx.ref, 1);
  if (which === "next") return addMonths(first, 1);
  const next = ctx.calendar.nextBusinessDay(ctx.ref);
  return withDayOfMonth(next, 1) === first ? first : addMonths(first, 1);
}

function partOf(first: number, part: MonthPart): readonly [number, number] {
  const [a, b] = MONTH_PARTS[part];
  return [withDayOfMonth(first, a), withDayOfMonth(first, b)];
}

/** A part of the month that starts on `first`; "by mid-month" is a deadline on the 15th, "by the end" on its last day. */
export function monthSpan(
  first: number,
  part: MonthPart,
  mode: WindowMode | undefined,
  confidence: TimelineConfidence,
): Span {
  if (mode === "by") {
    const to =
      part === "mid" ? withDayOfMonth(first, 15) : part === "early" ? withDayOfMonth(first, 10) : endOfMonth(first);
    return { mode: "by", from: first, to, confidence };
  }
  const [from, to] = partOf(first, part);
  return { mode: mode ?? "at", from, to, confidence };
}

/** "By the end of the month": a deadline on the month's last business day. */
export function monthEnd(first: number): Span {
  return { mode: "by", from: first, to: endOfMonth(first), confidence: "high" };
}

/** "The end of the year": a deadline on 31 December of the year of the next business day. */
export function yearEnd(ctx: TimelineContext): Span {
  const { year } = civilDate(ctx.calendar.nextBusinessDay(ctx.ref));
  return { mode: "by", from: ctx.ref, to: dayNumber(year, 12, 31), confidence: "high" };
}

/** "Before Christmas": a deadline on 24 December. */
export function beforeChristmas(ctx: TimelineContext, confidence: TimelineConfidence = "high"): Span {
  const year = christmasYear(ctx);
  const notes = christmasNote(ctx, year);
  const span: Span = { mode: "by", from: ctx.ref, to: dayNumber(year, 12, 24), confidence };
  if (notes) span.notes = notes;
  return span;
}

/** "Between Christmas and New Year", "zwischen den Jahren": 27–31 December (26 December where it is a working day). */
export function betweenTheYears(ctx: TimelineContext): Span {
  const year = christmasYear(ctx);
  return { mode: "at", from: dayNumber(year, 12, 26), to: dayNumber(year, 12, 31), confidence: "medium" };
}

/** "After the holidays", "after New Year": the first five business days after 1 January. */
export function afterNewYear(ctx: TimelineContext): Span {
  return afterJanuaryFirst(ctx, newYear(ctx));
}

/** "In the new year": all of January. */
export function inTheNewYear(ctx: TimelineContext): Span {
  const year = newYear(ctx);
  return { mode: "at", from: dayNumber(year, 1, 1), to: dayNumber(year, 1, 31), confidence: "low" };
}

/** "Early in the new year", "Anfang des neuen Jahres": 1–10 January. */
export function earlyNewYear(ctx: TimelineContext, mode: WindowMode | undefined): Span {
  const year = newYear(ctx);
  return {
    mode: mode === "by" ? "by" : "at",
    from: dayNumber(year, 1, 1),
    to: dayNumber(year, 1, 10),
    confidence: "medium",
  };
}

/** The next Easter Sunday after the reference. */
export function nextEaster(ctx: TimelineContext): number {
  const { year } = civilDate(ctx.ref);
  const sunday = westernEaster(year);
  return sunday > ctx.ref ? sunday : westernEaster(year + 1);
}

/** "After Easter": the five business days after Easter Sunday (Easter Monday drops out where it is a holiday). "Before Easter": by Maundy Thursday. */
export function aroundEaster(ctx: TimelineContext, relation: "before" | "after"): Span {
  const sunday = nextEaster(ctx);
  return relation === "after"
    ? afterDay(ctx, sunday, "high")
    : { mode: "by", from: ctx.ref, to: sunday - 3, confidence: "high" };
}

/** "After 6 January" (después de Reyes): the five business days after Epiphany. */
export function afterEpiphany(ctx: TimelineContext): Span {
  return afterDay(ctx, dayNumber(newYear(ctx), 1, 6), "medium");
}

/** Countries south of the equator, where summer is December to February. */
const SOUTH = /* @__PURE__ */ new Set("AU NZ ZA AR BR CL UY PY BO PE NA BW ZW MZ MG MU LS SZ FJ".split(" "));

/** "After the summer", "à la rentrée": September (March south of the equator), a weak reading. */
export function afterSummer(ctx: TimelineContext): Span {
  const month = SOUTH.has(ctx.calendar.country) ? 3 : 9;
  const first = nextMonth(ctx, month);
  return { mode: "at", from: first, to: endOfMonth(first), confidence: "low" };
}
