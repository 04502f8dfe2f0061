import { addMonths, civilDate, dayNumber, dayNumberOfIso, endOfMonth, isoWeekday } from "../calendar/day-number.js";
import { westernEaster } from "../calendar/holidays/easter.js";
import type { TimelineConfidence } from "../schema/enums.js";
import { dateString } from "../time/zone-clock.js";
import { readLead, readTail } from "./lead.js";
import { capConfidence, type Reading, shapeWindow, type TimelineContext, type WindowMode } from "./reading.js";

/**
 * Holidays and seasons people hang a decision on: "before Christmas", "after the holidays", "early in
 * the new year", "after Easter", "by the end of the quarter". Each resolves to its next occurrence
 * in the employer's calendar and year.
 *
 * - "before/by X" is a deadline on the last business day before X starts; "after X" is the first five
 *   business days after X (a working week back); "in the new year" is all of January.
 * - "The holidays" are Christmas and New Year, except "before the holidays" in the US, which is the
 *   next of Thanksgiving and Christmas.
 * - A holiday the employer's country does not keep (Christmas in Japan, Thanksgiving in the UK) is
 *   still read at its usual date, and the reading says so in `notes`.
 */
export function findAnchors(text: string, ctx: TimelineContext): Reading[] {
  const readings: Reading[] = [];
  for (const anchor of ANCHORS) {
    for (const match of text.matchAll(anchor.regex)) {
      const start = match.index;
      const stop = start + match[0].length;
      if (readings.some((r) => start < r.end && stop > r.index)) continue;
      const lead = readLead(text, start);
      const tail = readTail(text, stop);
      // "Not until Christmas", "can't decide before the new year": the answer comes after it; "wait
      // until the first week of January": in it.
      const relation = lead.negated
        ? anchor.bare === "on"
          ? "on"
          : "after"
        : relationOf(text.slice(0, start), lead.mode, anchor.bare);
      if (!relation) continue;
      const found = anchor.read(match, ctx, relation);
      if (!found) continue;
      const { earliest, latest } = shapeWindow(ctx, found.mode, found.from, found.to);
      const reading: Reading = {
        index: lead.start,
        end: tail.end,
        earliest,
        latest,
        unit: "date",
        confidence: lead.fuzzy || tail.fuzzy ? capConfidence(found.confidence, "medium") : found.confidence,
      };
      if (found.notes?.length) reading.notes = found.notes;
      readings.push(reading);
    }
  }
  return readings;
}

/** How a phrase stands to its anchor: before it (a deadline), after it, or on it (the span itself). */
type Relation = "before" | "after" | "on";

export interface Found {
  mode: WindowMode;
  from: number;
  to: number;
  confidence: TimelineConfidence;
  notes?: string[];
}

interface Anchor {
  regex: RegExp;
  /** What the phrase means with no lead word ("early in the new year" needs none; "Christmas" does). */
  bare: Relation | undefined;
  read(match: RegExpExecArray, ctx: TimelineContext, relation: Relation): Found | undefined;
}

const AFTER = /(?:\bafter|\bfollowing|\bpost|\bonce|\bwhen|\bback\s+from|\bcome|\bbeyond)\s+(?:the\s+)?$/i;
const ON = /(?:\bover|\bduring|\bin|\bthroughout|\bat)\s+(?:the\s+)?$/i;
/** "Before we close up shop for Christmas": a deadline said around the holiday's name. */
const BEFORE_FOR = /\b(?:before|by|ahead\s+of)\b[^.;!?]{0,40}\bfor\s+(?:the\s+)?$/i;

function relationOf(before: string, mode: WindowMode | undefined, bare: Relation | undefined): Relation | undefined {
  if (AFTER.test(before)) return "after";
  if (mode === "by") return "before";
  if (ON.test(before)) return bare ?? "on";
  if (BEFORE_FOR.test(before)) return "before";
  return bare;
}

const B = "(?<![\\w-])";
const E = "(?![\\w-])";
const rx = (source: string) => new RegExp(`${B}(?:${source})${E}`, "gi");

const XMAS = "(?:christmas|xmas|x-mas)";
const NEW_YEAR = "(?:the\\s+)?new\\s+year(?:'s)?(?:\\s+(?:day|eve|break|holidays?))?";
const HOLIDAYS =
  "(?:the\\s+)?(?:holidays|holiday\\s+(?:season|break|period|shutdown)|festive\\s+(?:season|period|break|holidays?)|(?:winter|year[\\s-]end)\\s+(?:break|holidays?|shutdown|closure))";
const NAMES_CHRISTMAS = /* @__PURE__ */ new RegExp(XMAS, "i");
const XMAS_BREAK = `(?:the\\s+)?${XMAS}(?:\\s+(?:day|eve|break|holidays?|period|shutdown|closure|season|rush))?(?:\\s+and\\s+${NEW_YEAR})?`;
const SUMMER = "(?:the\\s+)?summer(?:\\s+(?:break|holidays?|vacations?|months|period|shutdown))?";

/** Countries south of the equator, where summer is December to February. */
const SOUTH = /* @__PURE__ */ new Set("AU NZ ZA AR BR CL UY PY BO PE NA BW ZW MZ MG MU LS SZ FJ".split(" "));

const ANCHORS: readonly Anchor[] = [
  {
    // "between Christmas and New Year": the working days of that week.
    regex: /* @__PURE__ */ rx(`between\\s+${XMAS}(?:\\s+day)?\\s+and\\s+${NEW_YEAR}`),
    bare: "on",
    read: (_m, ctx) => {
      const year = christmasYear(ctx);
      return span("at", dayNumber(year, 12, 26), dayNumber(year, 12, 31), "medium", christmasNote(ctx, year));
    },
  },
  {
    // "the first week of January", "the first week or two of the new year", "the first week back".
    regex: /* @__PURE__ */ rx(
      "(?:the\\s+)?first\\s+(week\\s+or\\s+two|couple\\s+of\\s+weeks|two\\s+weeks|fortnight|few\\s+weeks|week|days?)\\s+(?:of|in)\\s+(?:jan(?:uary)?|the\\s+new\\s+year|next\\s+year)|(?:the\\s+)?first\\s+week\\s+back",
    ),
    bare: "on",
    read: (m, ctx, relation) => {
      const year = newYear(ctx);
      if (!m[1]) return afterJanuaryFirst(ctx, year);
      const unit = m[1].toLowerCase();
      const last = /few/.test(unit) ? 21 : /two|couple|fortnight/.test(unit) ? 14 : /day/.test(unit) ? 3 : 7;
      return span(relation === "before" ? "by" : "at", dayNumber(year, 1, 1), dayNumber(year, 1, last), "medium");
    },
  },
  {
    // "early in the new year", "the start of next year", "early next year".
    regex: /* @__PURE__ */ rx(
      "(?:early|earlier|the\\s+start\\s+of|start\\s+of|the\\s+beginning\\s+of|beginning\\s+of|first\\s+thing)\\s+(?:in\\s+)?(?:the\\s+new\\s+year|next\\s+year|(?:the\\s+)?new\\s+year)",
    ),
    bare: "on",
    read: (m, ctx, relation) => {
      const year = newYear(ctx);
      // Said well before the year turns, "early next year" is its first quarter, not its first days.
      const far = /next\s+year/i.test(m[0]) && civilDate(ctx.ref).month < 10;
      const to = far ? dayNumber(year, 3, 31) : dayNumber(year, 1, 10);
      return span(relation === "before" ? "by" : "at", dayNumber(year, 1, 1), to, far ? "low" : "medium");
    },
  },
  {
    // "in the new year", "after New Year", "by the new year".
    regex: /* @__PURE__ */ rx(NEW_YEAR),
    bare: undefined,
    read: (_m, ctx, relation) => {
      const year = newYear(ctx);
      if (relation === "after") return afterJanuaryFirst(ctx, year);
      if (relation === "before") return span("by", ctx.ref, dayNumber(year - 1, 12, 31), "high");
      return span("at", dayNumber(year, 1, 1), dayNumber(year, 1, 31), "low");
    },
  },
  {
    // "before Christmas", "after the Christmas break", "before the holidays", "after the festive period".
    regex: /* @__PURE__ */ rx(`${XMAS_BREAK}|${HOLIDAYS}`),
    bare: undefined,
    read: (m, ctx, relation) => {
      if (relation === "on") return undefined;
      const holidays = !NAMES_CHRISTMAS.test(m[0]);
      if (relation === "after") return afterJanuaryFirst(ctx, newYear(ctx));
      if (holidays && ctx.calendar.country === "US") {
        const thanksgiving = usThanksgiving(civilDate(ctx.ref).year);
        if (ctx.calendar.nextBusinessDay(ctx.ref) < thanksgiving) {
          return span("by", ctx.ref, thanksgiving - 1, "medium", [
            'In the US "the holidays" start with Thanksgiving, so "before the holidays" means before Thanksgiving.',
          ]);
        }
      }
      const year = christmasYear(ctx);
      return span("by", ctx.ref, dayNumber(year, 12, 24), holidays ? "medium" : "high", christmasNote(ctx, year));
    },
  },
  {
    // "after Thanksgiving", "before Thanksgiving".
    regex: /* @__PURE__ */ rx("thanksgiving(?:\\s+(?:day|break|holidays?|weekend))?"),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation === "on") return undefined;
      const { day, notes } = thanksgiving(ctx);
      return relation === "after" ? afterDay(ctx, day, "high", notes) : span("by", ctx.ref, day - 1, "high", notes);
    },
  },
  {
    // "after Easter", "before the Easter break".
    regex: /* @__PURE__ */ rx("(?:the\\s+)?easter(?:\\s+(?:sunday|monday|break|holidays?|weekend))?"),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation === "on") return undefined;
      const { year } = civilDate(ctx.ref);
      let sunday = westernEaster(year);
      if (sunday <= ctx.ref) sunday = westernEaster(year + 1);
      // Good Friday and Easter Monday fall out of the window through the calendar where they are holidays.
      return relation === "after" ? afterDay(ctx, sunday, "high") : span("by", ctx.ref, sunday - 3, "high");
    },
  },
  {
    // "after the summer (holidays)": the first month after it, a weak reading.
    regex: /* @__PURE__ */ rx(SUMMER),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation !== "after") return undefined;
      const month = SOUTH.has(ctx.calendar.country) ? 3 : 9;
      let first = dayNumber(civilDate(ctx.ref).year, month, 1);
      if (endOfMonth(first) <= ctx.ref) first = addMonths(first, 12);
      return span("at", first, endOfMonth(first), "low");
    },
  },
  {
    // "by the end of the quarter", "before quarter end", "end of Q1".
    regex: /* @__PURE__ */ rx(
      "(?:the\\s+)?(?:very\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:(?:fiscal|financial|calendar)\\s+)?(?:quarter|q([1-4]))|(?:the\\s+)?quarter[\\s-]end|q([1-4])[\\s-]end",
    ),
    bare: "before",
    read: (m, ctx, relation) => {
      const named = m[1] ?? m[2];
      const last = quarterEnd(ctx, named ? Number(named) : undefined, /next/i.test(m[0]));
      return relation === "on"
        ? span("at", last, last, "medium")
        : span(relation === "after" ? "at" : "by", ctx.ref, last, "medium");
    },
  },
  {
    // "after the long weekend", "after the bank holiday": the working week after the next holiday.
    regex: /* @__PURE__ */ rx("(?:the\\s+)?(?:long|bank\\s+holiday|holiday)\\s+weekend|(?:the\\s+)?bank\\s+holiday"),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation !== "after") return undefined;
      const next = nextHoliday(ctx);
      return next === undefined ? undefined : afterDay(ctx, next, "medium");
    },
  },
];

function span(mode: WindowMode, from: number, to: number, confidence: TimelineConfidence, notes?: string[]): Found {
  return notes?.length ? { mode, from, to, confidence, notes } : { mode, from, to, confidence };
}

/** The first five business days after `day` (a working week back). */
export function afterDay(ctx: TimelineContext, day: number, confidence: TimelineConfidence, notes?: string[]): Found {
  const first = ctx.calendar.nextBusinessDay(day);
  return span("at", first, ctx.calendar.addBusinessDays(first, 4), confidence, notes);
}

/** The working week back after New Year's Day of `year`. */
export function afterJanuaryFirst(ctx: TimelineContext, year: number): Found {
  return afterDay(ctx, dayNumber(year, 1, 1), "medium");
}

/** The year of the next Christmas whose week is not over. */
export function christmasYear(ctx: TimelineContext): number {
  const { year } = civilDate(ctx.ref);
  return ctx.ref < dayNumber(year, 12, 24) ? year : year + 1;
}

/** The year "the new year" names: the coming one, or the one just begun while January's first third lasts. */
export function newYear(ctx: TimelineContext): number {
  const { year, month, day } = civilDate(ctx.ref);
  return month === 1 && day <= 10 ? year : year + 1;
}

export function christmasNote(ctx: TimelineContext, year: number): string[] | undefined {
  const day = dayNumber(year, 12, 25);
  if (!ctx.calendar.country || ctx.calendar.holidaysOn(day).length > 0) return undefined;
  return [
    `Christmas is not a public holiday in ${ctx.calendar.country}; the words were read as 25 December all the same.`,
  ];
}

/** The fourth Thursday of November. */
function usThanksgiving(year: number): number {
  const first = dayNumber(year, 11, 1);
  return first + ((4 - isoWeekday(first) + 7) % 7) + 21;
}

/** The second Monday of October. */
function canadianThanksgiving(year: number): number {
  const first = dayNumber(year, 10, 1);
  return first + ((1 - isoWeekday(first) + 7) % 7) + 7;
}

/** The next Thanksgiving: Canada's in Canada, the US one elsewhere (with a note outside the US). */
function thanksgiving(ctx: TimelineContext): { day: number; notes?: string[] } {
  const canada = ctx.calendar.country === "CA";
  const of = canada ? canadianThanksgiving : usThanksgiving;
  const { year } = civilDate(ctx.ref);
  let day = of(year);
  if (day < ctx.ref) day = of(year + 1);
  if (canada || ctx.calendar.country === "US" || !ctx.calendar.country) return { day };
  return {
    day,
    notes: [`${ctx.calendar.country} keeps no Thanksgiving; the words were read as the US one, ${dateString(day)}.`],
  };
}

/** The last day of the calendar quarter: the current one, quarter `n` (this year or next), or the next one. */
function quarterEnd(ctx: TimelineContext, n: number | undefined, next: boolean): number {
  const ref = civilDate(ctx.ref);
  const current = Math.ceil(ref.month / 3);
  let year = ref.year;
  let quarter = n ?? (next ? current + 1 : current);
  if (quarter > 4) {
    quarter -= 4;
    year += 1;
  }
  if (n !== undefined && n < current) year += 1;
  return endOfMonth(dayNumber(year, quarter * 3, 1));
}

/** The next public holiday after the reference, within a year. */
function nextHoliday(ctx: TimelineContext): number | undefined {
  const { year } = civilDate(ctx.ref);
  for (const y of [year, year + 1]) {
    for (const holiday of ctx.calendar.holidays(y)) {
      const day = dayNumberOfIso(holiday.date);
      if (day > ctx.ref) return day;
    }
  }
  return undefined;
}
