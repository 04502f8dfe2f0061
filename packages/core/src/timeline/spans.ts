import { addMonths } from "../calendar/day-number.js";
import type { TimelineConfidence, TimelineUnit } from "../schema/enums.js";
import { negatedBefore, readLead, readTail } from "./lead.js";
import { QUANTITY_SOURCE, readNumber, readQuantity, SINGLE_SOURCE } from "./numbers.js";
import { capConfidence, type Reading, shapeWindow, type TimelineContext, type WindowMode } from "./reading.js";

/**
 * Business days in a week. A stated week is counted as five of the employer's business days, so a
 * holiday inside it pushes the answer back rather than forward (evidence `E-FU-STATED`: the follow-up
 * rules count in business days, and "about a week" is five of them).
 */
export const BUSINESS_DAYS_PER_WEEK = 5;

const UNIT = "(business|working|work|calendar|office)?[\\s-]*(days?|weeks?|wks?|months?|hours?|hrs?|fortnights?)";
const SPAN = /* @__PURE__ */ new RegExp(
  `(?<![\\w-])(${QUANTITY_SOURCE})\\s+(?:(?:more|additional|further|extra|or\\s+so)\\s+)?${UNIT}(?:'s?|s')?(?:\\s+or\\s+(${SINGLE_SOURCE}|so)(?![\\w-]))?(?:\\s+time)?(?![\\w-])`,
  "gi",
);
const FORTNIGHT = /(?<![\w-])(?:a\s+)?fortnight(?:'s)?(?:\s+time)?(?![\w-])/gi;
const PAST = /\b(?:last|past|previous|prior)\s+$/i;
const FOR = /\bfor\s+(?:another\s+|an\s+other\s+|a\s+further\s+)?$/i;
const HALF = /^\s+and\s+a\s+half(?![\w-])/i;
const ANCHORED = /^\s+(?:of|after|from|following)\s+(?!now\b|today\b|then\b)\w/i;
const FROM_INTERVIEW =
  /^\s+(?:of|after|from|following)\s+[^.,;:!?]{0,40}?\b(?:interview\w*|you\s+(?:attend|visit|came|come)|we\s+(?:meet|met|spoke)|meetings?|assessments?|selection\s+(?:day|appointment)|panel|us)\b/i;

/** "Two to three weeks, maybe four": a hedge that widens the count. */
const WIDER = /* @__PURE__ */ new RegExp(
  `^\\s*,?\\s*(?:or\\s+)?(?:maybe|possibly|perhaps|potentially|even|up\\s+to|could\\s+be)\\s+(?:even\\s+)?(${SINGLE_SOURCE})(?:\\s+(?:days?|weeks?|months?))?(?![\\w-])`,
  "i",
);
/** "The next day or two", "the next week or two": a count that starts with its unit. */
const UNIT_FIRST = /* @__PURE__ */ new RegExp(
  `(?<![\\w-])(?:(business|working)\\s+)?(day|week|month)\\s+or\\s+(${SINGLE_SOURCE})(?![\\w-])`,
  "gi",
);
/** "In the coming days", "over the next few weeks" without a number: a few, as a deadline. */
const COMING = /(?<![\w-])(?:the\s+)?(?:coming|next|following)\s+(days|weeks)(?![\w-])/gi;

type Count = { unit: Exclude<TimelineUnit, "date">; low: number; high: number; hours: boolean };

/**
 * Finds counted spans: "within two or three days", "in 2-3 business days", "a couple of weeks",
 * "in a month", "a day or two", "within 48 hours", "in a fortnight".
 *
 * Plain "days" are business days (the employer counts its own working days; never call before it
 * could have answered); "calendar days" are wall-calendar days; a week is
 * {@link BUSINESS_DAYS_PER_WEEK} business days; a fortnight is two weeks; a month is a calendar month;
 * hours round up to whole business days (48 hours → 2).
 */
export function findSpans(text: string, ctx: TimelineContext): Reading[] {
  const readings: Reading[] = [];
  for (const match of text.matchAll(SPAN)) {
    const quantity = readQuantity(match[1] ?? "");
    if (!quantity) continue;
    const before = text.slice(0, match.index);
    // "In the last 24 hours" is gone; "interviewing for two weeks" is how long something else takes,
    // unless a negation makes it the wait ("we won't decide for a few more weeks").
    if (PAST.test(before)) continue;
    const duration = FOR.test(before);
    if (duration && !negatedBefore(text, match.index)) continue;
    let { low, high } = quantity;
    const orMore = match[4]?.toLowerCase();
    let fuzzy = quantity.precision === "fuzzy" || /or\s+so/i.test(match[0]);
    if (orMore === "so") fuzzy = true;
    else if (orMore !== undefined) {
      const extra = readNumber(orMore);
      if (extra === undefined || low !== high) continue;
      high = Math.max(high, extra);
      low = Math.min(low, extra);
    }
    let end = match.index + match[0].length;
    // "Within 2 working days of the successful candidate's acceptance" counts from a day the candidate
    // cannot know; only a count from the interview (or from now) is a window.
    if (ANCHORED.test(text.slice(end)) && !FROM_INTERVIEW.test(text.slice(end))) continue;
    const half = HALF.exec(text.slice(end));
    const wider = half ? null : WIDER.exec(text.slice(end));
    const widened = wider ? readNumber(wider[1] ?? "") : undefined;
    if (wider && widened !== undefined && widened > high) {
      high = widened;
      end += wider[0].length;
    }
    let count = toCount(match[2], match[3] ?? "", low, high);
    if (half && low === high && (count.unit === "week" || count.unit === "business-day")) {
      // "A week and a half" is 7.5 business days: 7 to 8 of them.
      const per = count.unit === "week" ? BUSINESS_DAYS_PER_WEEK : 1;
      count = {
        unit: "business-day",
        low: Math.floor((low + 0.5) * per),
        high: Math.ceil((low + 0.5) * per),
        hours: false,
      };
      end += half[0].length;
    }
    let base: TimelineConfidence = quantity.precision === "vague" ? "low" : fuzzy || count.hours ? "medium" : "high";
    // The widest reading is taken, and the hedge costs a step of confidence.
    if (widened !== undefined && widened === high) base = base === "high" ? "medium" : "low";
    readings.push(build(text, ctx, match.index, end, count, base, duration ? "at" : undefined));
  }
  for (const match of text.matchAll(UNIT_FIRST)) {
    if (readings.some((r) => match.index < r.end && match.index + match[0].length > r.index)) continue;
    // "a day or two" is already read above; this is "the next day or two".
    const other = readNumber(match[3] ?? "");
    if (other === undefined || other < 1) continue;
    const count = toCount(match[1], match[2] ?? "", Math.min(1, other), Math.max(1, other));
    readings.push(build(text, ctx, match.index, match.index + match[0].length, count, "medium"));
  }
  for (const match of text.matchAll(COMING)) {
    if (readings.some((r) => match.index < r.end && match.index + match[0].length > r.index)) continue;
    const count = toCount(undefined, match[1] ?? "", 3, 3);
    // A count with no number is an upper bound: the answer may come from the next business day.
    readings.push(build(text, ctx, match.index, match.index + match[0].length, count, "low", "by"));
  }
  for (const match of text.matchAll(FORTNIGHT)) {
    if (readings.some((r) => match.index >= r.index && match.index < r.end)) continue;
    const count: Count = { unit: "week", low: 2, high: 2, hours: false };
    readings.push(build(text, ctx, match.index, match.index + match[0].length, count, "high"));
  }
  return readings;
}

function toCount(qualifier: string | undefined, unitWord: string, low: number, high: number): Count {
  const unit = unitWord.toLowerCase();
  if (unit.startsWith("fortnight")) return { unit: "week", low: low * 2, high: high * 2, hours: false };
  if (unit.startsWith("w")) return { unit: "week", low, high, hours: false };
  if (unit.startsWith("m")) return { unit: "month", low, high, hours: false };
  if (unit.startsWith("h"))
    return { unit: "business-day", low: Math.ceil(low / 24), high: Math.ceil(high / 24), hours: true };
  const calendar = qualifier?.toLowerCase() === "calendar";
  return { unit: calendar ? "calendar-day" : "business-day", low, high, hours: false };
}

function build(
  text: string,
  ctx: TimelineContext,
  index: number,
  end: number,
  count: Count,
  base: TimelineConfidence,
  forced?: WindowMode,
): Reading {
  const lead = readLead(text, index);
  const tail = readTail(text, end);
  const mode: WindowMode = forced ?? tail.mode ?? lead.mode ?? "at";
  const from = offset(ctx, count.unit, count.low);
  const to = offset(ctx, count.unit, count.high);
  const { earliest, latest } = shapeWindow(ctx, mode, from, to);
  const confidence = lead.fuzzy || tail.fuzzy ? capConfidence(base, "medium") : base;
  return {
    index: lead.start,
    end: tail.end,
    earliest,
    latest,
    min: count.low,
    max: count.high,
    unit: count.unit,
    confidence,
  };
}

function offset(ctx: TimelineContext, unit: Count["unit"], n: number): number {
  switch (unit) {
    case "business-day":
      return ctx.calendar.addBusinessDays(ctx.ref, n);
    case "week":
      return ctx.calendar.addBusinessDays(ctx.ref, n * BUSINESS_DAYS_PER_WEEK);
    case "calendar-day":
      return ctx.ref + n;
    case "month":
      return addMonths(ctx.ref, n);
  }
}
