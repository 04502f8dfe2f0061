import { addMonths, civilDate, dayNumber, endOfMonth, isoWeekday, withDayOfMonth } from "../calendar/day-number.js";
import type { TimelineConfidence } from "../schema/enums.js";
import { readLead, readTail } from "./lead.js";
import {
  capConfidence,
  onOrBefore,
  type Reading,
  shapeWindow,
  type TimelineContext,
  type WindowMode,
} from "./reading.js";
import { BUSINESS_DAYS_PER_WEEK } from "./spans.js";

/**
 * Parts of a week by ISO weekday (1 = Monday … 7 = Sunday): early = Monday–Wednesday,
 * mid = Tuesday–Thursday, late = Thursday–Sunday (so its last business day is the week's).
 */
const WEEK_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 3],
  mid: [2, 4],
  late: [4, 7],
  first: [1, 1],
  whole: [1, 7],
};

/**
 * Parts of a month by day: early = 1–10, mid = 14–16 (a few days around the 15th),
 * late = 21 to the month's end; halves split after the 15th.
 */
const WHOLE_MONTH: readonly [number, number] = [1, 31];
const MID_DEADLINE: readonly [number, number] = [15, 15];
const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10],
  mid: [14, 16],
  late: [21, 31],
  "first-half": [1, 15],
  "second-half": [16, 31],
};

const MONTHS = [
  "jan(?:uary)?",
  "feb(?:ruary)?",
  "mar(?:ch)?",
  "apr(?:il)?",
  "may",
  "june?",
  "july?",
  "aug(?:ust)?",
  "sep(?:t(?:ember)?)?",
  "oct(?:ober)?",
  "nov(?:ember)?",
  "dec(?:ember)?",
];
const MONTH_NAME = `(${/* @__PURE__ */ MONTHS.join("|")})\\.?(?:,?\\s+(\\d{4}))?`;
const WHICH = "(this\\s+coming|this|the|next|the\\s+following|following|the\\s+coming|coming)";
const PART =
  "(towards?\\s+the\\s+end\\s+of|early|earlier|the\\s+early\\s+part\\s+of|beginning\\s+of|the\\s+beginning\\s+of|start\\s+of|the\\s+start\\s+of|first\\s+thing|first\\s+half\\s+of|the\\s+first\\s+half\\s+of|mid|middle\\s+of|the\\s+middle\\s+of|late|later|the\\s+latter\\s+part\\s+of|latter\\s+part\\s+of|second\\s+half\\s+of|the\\s+second\\s+half\\s+of)";
// "Toward the end of the week" is its last days, not a deadline: the part patterns read it.
const NOT_TOWARD = "(?<!\\btowards?\\s+(?:the\\s+)?(?:very\\s+)?)";
const END = "(?:the\\s+)?(?:very\\s+)?(?:end|close|last\\s+day|rest|remainder)\\s+of";

const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b";
const B = "(?<![\\w-])";
const E = "(?![\\w-])";

interface Pattern {
  regex: RegExp;
  read(match: RegExpExecArray, ctx: TimelineContext, leadMode: WindowMode | undefined): Window | undefined;
}

/** Words for the end of a working day: "today", "EOD", "close of business", "close of play". */
const DAY_END =
  "(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?day|eod|cob|eop|close\\s+of\\s+(?:business|play)|end\\s+of\\s+(?:business|play)";

interface Window {
  mode: WindowMode;
  from: number;
  to: number;
  confidence: TimelineConfidence;
}

const rx = (source: string) => new RegExp(`${B}(?:${source})${E}`, "gi");
const WEEK = `${WHICH}?\\s*(?:(?:working|work|business)\\s+)?week(?:'s)?`;
const AFTER_NEXT = "(?:the\\s+)?week\\s+after\\s+next";

/** In priority order: the first pattern to claim a stretch of text wins it. */
const PATTERNS: readonly Pattern[] = [
  {
    // "today", "end of day", "close of business", "tonight": nothing can be checked before the next business day.
    regex: /* @__PURE__ */ rx(
      `(?:(?:later\\s+)?today|(?:later\\s+)?(?:on\\s+)?the\\s+same\\s+day|later\\s+that\\s+day|tonight|this\\s+(?:afternoon|evening)|(?:${DAY_END})(?:\\s+today)?)(?!\\s*,?\\s*(?:on\\s+|of\\s+)?(?:${WEEKDAY}|tomorrow|the\\s+(?:week|month)|this\\s+week|${/* @__PURE__ */ MONTHS.join("|")}|\\d))`,
    ),
    read: (_m, ctx) => ({ mode: "by", from: ctx.ref, to: ctx.ref, confidence: "medium" }),
  },
  {
    regex: /* @__PURE__ */ rx("(?:the\\s+)?day\\s+after\\s+tomorrow"),
    read: (_m, ctx, lead) => ({
      mode: lead ?? "at",
      from: ctx.ref + 2,
      to: ctx.ref + 2,
      confidence: "high",
    }),
  },
  {
    regex: /* @__PURE__ */ rx("tomorrow|(?:the\\s+)?(?:next|following)\\s+day(?!\\s+or\\b)"),
    read: (_m, ctx, lead) => ({
      mode: lead ?? "at",
      from: ctx.ref + 1,
      to: ctx.ref + 1,
      confidence: "high",
    }),
  },
  {
    // "by the end of next week", "end of the week", "the end of the week after next", "the week's end", "EOW"
    regex: /* @__PURE__ */ rx(`${NOT_TOWARD}${END}\\s+(?:${AFTER_NEXT}|${WEEK})|${WEEK}(?:'s)?\\s+end|eow`),
    read: (m, ctx) => {
      const week = whichWeek(ctx, m[0]);
      return { mode: "by", from: week, to: week + 6, confidence: "high" };
    },
  },
  {
    // "the end of this week, first of next": the noun is left out after a week phrase.
    regex: /* @__PURE__ */ rx(
      `(?:the\\s+)?(?:first|beginning|start|early)\\s+(?:part\\s+)?(?:of\\s+)?next(?!\\s+(?:week|month|year|quarter|time|day|${WEEKDAY}))`,
    ),
    read: (m, ctx) => {
      if (!/\bweek\b/i.test((m.input ?? "").slice(0, m.index))) return undefined;
      const week = whichWeek(ctx, "next");
      return { mode: "at", from: week, to: week + 2, confidence: "medium" };
    },
  },
  {
    // "by the weekend", "before the weekend": the working week's end.
    regex: /* @__PURE__ */ rx("(?:the\\s+|this\\s+)?weekend"),
    read: (m, ctx, lead) => {
      if (lead !== "by") return undefined;
      const week = whichWeek(ctx, m[0]);
      return { mode: "by", from: week, to: week + 6, confidence: "medium" };
    },
  },
  {
    // "end of the month", "end of next month", "month-end", "end of December"
    regex: /* @__PURE__ */ rx(`${NOT_TOWARD}${END}\\s+(?:${MONTH_NAME}|${WHICH}?\\s*month)|(?:the\\s+)?month[\\s-]end`),
    read: (m, ctx) => {
      const month = m[1] ? namedMonth(ctx, m[1], m[2], WHOLE_MONTH) : whichMonth(ctx, m[0]);
      if (month === undefined) return undefined;
      return { mode: "by", from: month, to: endOfMonth(month), confidence: "high" };
    },
  },
  {
    // "end of the year", "year-end"
    regex: /* @__PURE__ */ rx(`${END}\\s+(?:the|this)\\s+year|(?:the\\s+)?year[\\s-]end`),
    read: (_m, ctx) => {
      const { year } = civilDate(ctx.calendar.nextBusinessDay(ctx.ref));
      return {
        mode: "by",
        from: ctx.ref,
        to: dayNumber(year, 12, 31),
        confidence: "high",
      };
    },
  },
  {
    // "early next week", "mid-next week", "later this week", "the beginning of the week after next"
    regex: /* @__PURE__ */ rx(`${PART}[\\s-]+(?:${AFTER_NEXT}|${WEEK})`),
    read: (m, ctx, lead) => {
      const part = partName(m[1] ?? "");
      const week = whichWeek(ctx, m[0]);
      const later = part === "late" && /later/i.test(m[1] ?? "") && !/next|follow|coming|after/i.test(m[0]);
      // "By the middle of next week" is a deadline on its Wednesday, as "by mid-month" is on the 15th.
      const [a, b] =
        part === "mid" && lead === "by"
          ? [3, 3]
          : (WEEK_PARTS[later ? "whole" : part === "first-half" ? "early" : part === "second-half" ? "late" : part] ?? [
              1, 7,
            ]);
      return {
        mode: lead === "by" ? "by" : "at",
        from: week + a - 1,
        to: week + b - 1,
        confidence: "medium",
      };
    },
  },
  {
    // "the third week of April", "the last week of June": days 1–7, 8–14, 15–21, 22–28, the last seven.
    regex: /* @__PURE__ */ rx(
      `(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+${MONTH_NAME}`,
    ),
    read: (m, ctx, lead) => {
      const nth = ["first", "second", "third", "fourth"].indexOf((m[1] ?? "").toLowerCase());
      const range: readonly [number, number] = nth < 0 ? [25, 31] : [nth * 7 + 1, nth * 7 + 7];
      const month = namedMonth(ctx, m[2] ?? "", m[3], range);
      if (month === undefined) return undefined;
      const part = monthPart(month, range);
      // "The last week" is the month's last seven days, however long the month.
      const from = nth < 0 ? part.to - 6 : part.from;
      return { mode: lead === "by" ? "by" : "at", from, to: part.to, confidence: "medium" };
    },
  },
  {
    // "mid-December", "early January 2027", "the end of"… is above; "late Dec."
    regex: /* @__PURE__ */ rx(`${PART}[\\s-]+${MONTH_NAME}`),
    read: (m, ctx, lead) => {
      const range = monthRange(m[1] ?? "", lead);
      const month = namedMonth(ctx, m[2] ?? "", m[3], range);
      if (month === undefined) return undefined;
      return { mode: lead === "by" ? "by" : "at", ...monthPart(month, range), confidence: "medium" };
    },
  },
  {
    // "early next month", "mid-month", "later this month"
    regex: /* @__PURE__ */ rx(`${PART}[\\s-]+${WHICH}?\\s*month`),
    read: (m, ctx, lead) => {
      const range = monthRange(m[1] ?? "", lead);
      let month = whichMonth(ctx, m[0]);
      // "mid-month" said after the 16th is next month's middle.
      if (monthPart(month, range).to <= ctx.ref) month = addMonths(month, 1);
      return { mode: lead === "by" ? "by" : "at", ...monthPart(month, range), confidence: "medium" };
    },
  },
  {
    // "next week", "this week", "the week after next", "the following week"; "the week" only after "within"/"by".
    regex: /* @__PURE__ */ rx(`${AFTER_NEXT}|${WEEK}`),
    read: (m, ctx, lead) => {
      if (!/this|next|follow|coming|after/i.test(m[0]) && lead !== "by") return undefined;
      // "Tuesday next week", "next week on Tuesday": one day, left to the date reader.
      const input = m.input ?? "";
      if (new RegExp(`${WEEKDAY}\\s*,?\\s*(?:of\\s+)?$`, "i").test(input.slice(0, m.index))) return undefined;
      if (new RegExp(`^\\s*,?\\s*(?:on\\s+)?${WEEKDAY}`, "i").test(input.slice(m.index + m[0].length)))
        return undefined;
      // "In the next week", "over the next week": a count of one week from now, not next week's days.
      if (/^next/i.test(m[0]) && /\bthe\s+$/i.test(input.slice(0, m.index))) {
        const to = ctx.calendar.addBusinessDays(ctx.ref, BUSINESS_DAYS_PER_WEEK);
        return { mode: "by", from: ctx.ref, to, confidence: "medium" };
      }
      const week = whichWeek(ctx, m[0]);
      return { mode: lead === "by" ? "by" : "at", from: week, to: week + 6, confidence: "medium" };
    },
  },
  {
    // "next month", "this month", "within the month"
    regex: /* @__PURE__ */ rx(`${WHICH}\\s*month`),
    read: (m, ctx, lead) => {
      if (/^the$/i.test(m[1] ?? "") && lead !== "by") return undefined;
      if (/^next/i.test(m[0]) && /\bthe\s+$/i.test((m.input ?? "").slice(0, m.index))) {
        return { mode: "by", from: ctx.ref, to: addMonths(ctx.ref, 1), confidence: "medium" };
      }
      const month = whichMonth(ctx, m[0]);
      const confidence = /next|follow|coming/i.test(m[0]) ? "low" : "medium";
      return { mode: lead === "by" ? "by" : "at", from: month, to: endOfMonth(month), confidence };
    },
  },
  {
    // "June or July", "between March and April": both months, whatever the lead (a weak reading).
    regex: /* @__PURE__ */ rx(`${MONTH_NAME}\\s*(?:or|to|and|-|–|\\/)\\s*${MONTH_NAME}`),
    read: (m, ctx, lead) => {
      const first = namedMonth(ctx, m[1] ?? "", m[2], WHOLE_MONTH);
      if (first === undefined) return undefined;
      let last = namedMonth(ctx, m[3] ?? "", m[4], WHOLE_MONTH);
      if (last === undefined) return undefined;
      while (last < first) last = addMonths(last, 12);
      return {
        mode: lead === "by" ? "by" : "at",
        from: first,
        to: endOfMonth(last),
        confidence: "low",
      };
    },
  },
  {
    // "in December", "by January", "during March 2027": a whole month, a weak reading.
    regex: /* @__PURE__ */ rx(MONTH_NAME),
    read: (m, ctx, lead) => {
      if (lead === undefined || !m.input) return undefined;
      // "December 4" and "4th of December" are dates: leave them to the date reader.
      const after = m.input.slice(m.index + m[0].length);
      const before = m.input.slice(0, m.index);
      if (/^\s*\d{1,2}(?!\d)/.test(after) || /\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?$/i.test(before)) return undefined;
      const month = namedMonth(ctx, m[1] ?? "", m[2], WHOLE_MONTH);
      if (month === undefined) return undefined;
      return { mode: lead, from: month, to: endOfMonth(month), confidence: "low" };
    },
  },
];

/**
 * Finds phrases that name a part of the calendar rather than a count: "by the end of next week",
 * "early next week", "mid-December", "by the end of the month", "tomorrow", "next week", "in January".
 *
 * "The week" and "this week" mean the reference's Monday–Sunday week while it still has a business
 * day after the reference, else the week after (so on a Friday evening "by the end of the week"
 * means the coming week). "The month" works the same way. A month named without a year is its next
 * occurrence whose part has not ended by the reference date.
 */
export function findPeriods(text: string, ctx: TimelineContext): Reading[] {
  const readings: Reading[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const stop = start + match[0].length;
      if (readings.some((r) => start < r.end && stop > r.index)) continue;
      const lead = readLead(text, start);
      const tail = readTail(text, stop);
      let window = pattern.read(match, ctx, tail.mode ?? lead.mode);
      if (!window) continue;
      // "Not before the end of the month": the deadline's last day is when the answer starts.
      if (lead.negated && window.mode === "by") {
        const last = onOrBefore(ctx, window.to);
        window = { ...window, mode: "at", from: last, to: last };
      }
      const { earliest, latest } = shapeWindow(ctx, window.mode, window.from, window.to);
      const fuzzy = lead.fuzzy || tail.fuzzy;
      readings.push({
        index: lead.start,
        end: tail.end,
        earliest,
        latest,
        unit: "date",
        confidence: fuzzy ? capConfidence(window.confidence, "medium") : window.confidence,
      });
    }
  }
  return readings;
}

/** The days of a month part; "by mid-December" and "by the middle of the month" end on the 15th. */
function monthRange(part: string, lead: WindowMode | undefined): readonly [number, number] {
  const name = partName(part);
  if (name === "mid" && lead === "by") return MID_DEADLINE;
  return MONTH_PARTS[name] ?? WHOLE_MONTH;
}

function partName(word: string): string {
  const w = word.toLowerCase();
  if (/first\s+half/.test(w)) return "first-half";
  if (/second\s+half/.test(w)) return "second-half";
  if (/first\s+thing/.test(w)) return "first";
  if (/early|beginning|start/.test(w)) return "early";
  if (/mid/.test(w)) return "mid";
  return "late";
}

/** Monday of the week a phrase names. */
function whichWeek(ctx: TimelineContext, phrase: string): number {
  const monday = ctx.ref - (isoWeekday(ctx.ref) - 1);
  if (/after\s+next/i.test(phrase)) return monday + 14;
  if (/next|follow|coming/i.test(phrase)) return monday + 7;
  const next = ctx.calendar.nextBusinessDay(ctx.ref);
  return next <= monday + 6 ? monday : monday + 7;
}

/** First day of the month a phrase names ("the month", "this month", "next month"). */
function whichMonth(ctx: TimelineContext, phrase: string): number {
  const first = withDayOfMonth(ctx.ref, 1);
  if (/next|follow|coming/i.test(phrase)) return addMonths(first, 1);
  const next = ctx.calendar.nextBusinessDay(ctx.ref);
  return withDayOfMonth(next, 1) === first ? first : addMonths(first, 1);
}

/** First day of a named month: the given year, or the first year whose `range` ends after the reference. */
function namedMonth(
  ctx: TimelineContext,
  name: string,
  year: string | undefined,
  range: readonly [number, number],
): number | undefined {
  const index = MONTHS.findIndex((source) => new RegExp(`^(?:${source})$`, "i").test(name.replace(/\.$/, "")));
  if (index < 0) return undefined;
  const month = index + 1;
  if (year !== undefined) {
    const first = dayNumber(Number(year), month, 1);
    const end = monthPart(first, range).to;
    return end > ctx.ref ? first : undefined;
  }
  const first = dayNumber(civilDate(ctx.ref).year, month, 1);
  const end = monthPart(first, range).to;
  return end > ctx.ref ? first : addMonths(first, 12);
}

/** Days `range` of the month that starts on day number `first`, each kept within the month. */
function monthPart(first: number, range: readonly [number, number]): { from: number; to: number } {
  return { from: withDayOfMonth(first, range[0]), to: withDayOfMonth(first, range[1]) };
}
