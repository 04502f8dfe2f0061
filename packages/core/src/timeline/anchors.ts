import { Temporal } from "temporal-polyfill";
import { isoOfDayNumber } from "../calendar/day-number.js";
import { westernEaster } from "../calendar/holidays/easter.js";
import type { TimelineConfidence } from "../schema/enums.js";
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

interface Found {
  mode: WindowMode;
  from: Temporal.PlainDate;
  to: Temporal.PlainDate;
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
      return span("at", date(year, 12, 26), date(year, 12, 31), "medium", christmasNote(ctx, year));
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
      return span(relation === "before" ? "by" : "at", date(year, 1, 1), date(year, 1, last), "medium");
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
      const far = /next\s+year/i.test(m[0]) && ctx.ref.month < 10;
      const to = far ? date(year, 3, 31) : date(year, 1, 10);
      return span(relation === "before" ? "by" : "at", date(year, 1, 1), to, far ? "low" : "medium");
    },
  },
  {
    // "in the new year", "after New Year", "by the new year".
    regex: /* @__PURE__ */ rx(NEW_YEAR),
    bare: undefined,
    read: (_m, ctx, relation) => {
      const year = newYear(ctx);
      if (relation === "after") return afterJanuaryFirst(ctx, year);
      if (relation === "before") return span("by", ctx.ref, date(year - 1, 12, 31), "high");
      return span("at", date(year, 1, 1), date(year, 1, 31), "low");
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
        const thanksgiving = usThanksgiving(ctx.ref.year);
        if (Temporal.PlainDate.compare(ctx.calendar.nextBusinessDay(ctx.ref), thanksgiving) < 0) {
          return span("by", ctx.ref, thanksgiving.subtract({ days: 1 }), "medium", [
            'In the US "the holidays" start with Thanksgiving, so "before the holidays" means before Thanksgiving.',
          ]);
        }
      }
      const year = christmasYear(ctx);
      return span("by", ctx.ref, date(year, 12, 24), holidays ? "medium" : "high", christmasNote(ctx, year));
    },
  },
  {
    // "after Thanksgiving", "before Thanksgiving".
    regex: /* @__PURE__ */ rx("thanksgiving(?:\\s+(?:day|break|holidays?|weekend))?"),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation === "on") return undefined;
      const { day, notes } = thanksgiving(ctx);
      return relation === "after"
        ? afterDay(ctx, day, "high", notes)
        : span("by", ctx.ref, day.subtract({ days: 1 }), "high", notes);
    },
  },
  {
    // "after Easter", "before the Easter break".
    regex: /* @__PURE__ */ rx("(?:the\\s+)?easter(?:\\s+(?:sunday|monday|break|holidays?|weekend))?"),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation === "on") return undefined;
      let sunday = easterSunday(ctx.ref.year);
      if (Temporal.PlainDate.compare(sunday, ctx.ref) <= 0) sunday = easterSunday(ctx.ref.year + 1);
      // Good Friday and Easter Monday fall out of the window through the calendar where they are holidays.
      return relation === "after"
        ? afterDay(ctx, sunday, "high")
        : span("by", ctx.ref, sunday.subtract({ days: 3 }), "high");
    },
  },
  {
    // "after the summer (holidays)": the first month after it, a weak reading.
    regex: /* @__PURE__ */ rx(SUMMER),
    bare: undefined,
    read: (_m, ctx, relation) => {
      if (relation !== "after") return undefined;
      const month = SOUTH.has(ctx.calendar.country) ? 3 : 9;
      let first = date(ctx.ref.year, month, 1);
      if (Temporal.PlainDate.compare(first.with({ day: first.daysInMonth }), ctx.ref) <= 0) {
        first = first.add({ years: 1 });
      }
      return span("at", first, first.with({ day: first.daysInMonth }), "low");
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
      return next ? afterDay(ctx, next, "medium") : undefined;
    },
  },
];

function date(year: number, month: number, day: number): Temporal.PlainDate {
  return Temporal.PlainDate.from({ year, month, day });
}

function span(
  mode: WindowMode,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
  confidence: TimelineConfidence,
  notes?: string[],
): Found {
  return notes?.length ? { mode, from, to, confidence, notes } : { mode, from, to, confidence };
}

/** The first five business days after `day` (a working week back). */
function afterDay(
  ctx: TimelineContext,
  day: Temporal.PlainDate,
  confidence: TimelineConfidence,
  notes?: string[],
): Found {
  const first = ctx.calendar.nextBusinessDay(day);
  return span("at", first, ctx.calendar.addBusinessDays(first, 4), confidence, notes);
}

/** The working week back after New Year's Day of `year`. */
function afterJanuaryFirst(ctx: TimelineContext, year: number): Found {
  return afterDay(ctx, date(year, 1, 1), "medium");
}

/** The year of the next Christmas whose week is not over. */
function christmasYear(ctx: TimelineContext): number {
  return Temporal.PlainDate.compare(ctx.ref, date(ctx.ref.year, 12, 24)) < 0 ? ctx.ref.year : ctx.ref.year + 1;
}

/** The year "the new year" names: the coming one, or the one just begun while January's first third lasts. */
function newYear(ctx: TimelineContext): number {
  return ctx.ref.month === 1 && ctx.ref.day <= 10 ? ctx.ref.year : ctx.ref.year + 1;
}

function christmasNote(ctx: TimelineContext, year: number): string[] | undefined {
  const day = date(year, 12, 25);
  if (!ctx.calendar.country || ctx.calendar.holidaysOn(day).length > 0) return undefined;
  return [
    `Christmas is not a public holiday in ${ctx.calendar.country}; the words were read as 25 December all the same.`,
  ];
}

/** The fourth Thursday of November. */
function usThanksgiving(year: number): Temporal.PlainDate {
  const first = date(year, 11, 1);
  return first.add({ days: ((4 - first.dayOfWeek + 7) % 7) + 21 });
}

/** The second Monday of October. */
function canadianThanksgiving(year: number): Temporal.PlainDate {
  const first = date(year, 10, 1);
  return first.add({ days: ((1 - first.dayOfWeek + 7) % 7) + 7 });
}

/** The next Thanksgiving: Canada's in Canada, the US one elsewhere (with a note outside the US). */
function thanksgiving(ctx: TimelineContext): { day: Temporal.PlainDate; notes?: string[] } {
  const canada = ctx.calendar.country === "CA";
  const of = canada ? canadianThanksgiving : usThanksgiving;
  let day = of(ctx.ref.year);
  if (Temporal.PlainDate.compare(day, ctx.ref) < 0) day = of(ctx.ref.year + 1);
  if (canada || ctx.calendar.country === "US" || !ctx.calendar.country) return { day };
  return {
    day,
    notes: [`${ctx.calendar.country} keeps no Thanksgiving; the words were read as the US one, ${day.toString()}.`],
  };
}

/** Easter Sunday: the holiday tables' own computation, so "after Easter" resolves in every country. */
function easterSunday(year: number): Temporal.PlainDate {
  return Temporal.PlainDate.from(isoOfDayNumber(westernEaster(year)));
}

/** The last day of the calendar quarter: the current one, quarter `n` (this year or next), or the next one. */
function quarterEnd(ctx: TimelineContext, n: number | undefined, next: boolean): Temporal.PlainDate {
  const current = Math.ceil(ctx.ref.month / 3);
  let year = ctx.ref.year;
  let quarter = n ?? (next ? current + 1 : current);
  if (quarter > 4) {
    quarter -= 4;
    year += 1;
  }
  if (n !== undefined && n < current) year += 1;
  const first = date(year, quarter * 3, 1);
  return first.with({ day: first.daysInMonth });
}

/** The next public holiday after the reference, within a year. */
function nextHoliday(ctx: TimelineContext): Temporal.PlainDate | undefined {
  for (const year of [ctx.ref.year, ctx.ref.year + 1]) {
    for (const holiday of ctx.calendar.holidays(year)) {
      const day = Temporal.PlainDate.from(holiday.date);
      if (Temporal.PlainDate.compare(day, ctx.ref) > 0) return day;
    }
  }
  return undefined;
}
