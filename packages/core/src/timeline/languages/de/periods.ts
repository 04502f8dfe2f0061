import { addMonths, endOfMonth } from "../../../calendar/day-number.js";
import {
  aWeekFromNow,
  isoWeekSpan,
  type MonthPart,
  monthEnd,
  monthSpan,
  nextMonth,
  thisMonth,
  type WeekWhich,
  weekEnd,
  weekSpan,
} from "../rules/calendar.js";
import { type Around, oneOf, type Rule, type Span, words } from "../rules/find.js";
import { GERMAN_WAIT_AFTER } from "./words.js";

/** German month names, January first ("Jänner" and "Feber" are Austrian). */
export const GERMAN_MONTHS = [
  "januar|jänner|jan\\.?",
  "februar|feber|feb\\.?",
  "märz|maerz|mär\\.?",
  "april|apr\\.?",
  "mai",
  "juni|jun\\.?",
  "juli|jul\\.?",
  "august|aug\\.?",
  "september|sept?\\.?",
  "oktober|okt\\.?",
  "november|nov\\.?",
  "dezember|dez\\.?",
] as const;

const MONTH = `(${GERMAN_MONTHS.map((m) => `(?:${m})`).join("|")})`;

/** The month (1–12) a German name names. */
export function germanMonth(name: string): number | undefined {
  const index = GERMAN_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, "iu").test(name.trim()));
  return index < 0 ? undefined : index + 1;
}

const THIS = "diese[rnms]?|der|die";
const NEXT =
  "nächste[rnms]?|kommende[rnms]?|folgende[rnms]?|der\\s+nächsten|der\\s+kommenden|der\\s+folgenden|die\\s+nächste|die\\s+kommende";
const AFTER_NEXT = "übernächste[rnms]?|der\\s+übernächsten";
const WHICH_WEEK = `(${AFTER_NEXT}|${NEXT}|${THIS})`;

function which(word: string): WeekWhich {
  if (/über/i.test(word)) return "after-next";
  if (/nächst|kommend|folgend/i.test(word)) return "next";
  return "this";
}

function part(word: string): "early" | "mid" | "late" {
  if (/anfang|beginn/i.test(word)) return "early";
  if (/mitte/i.test(word)) return "mid";
  return "late";
}

/** "bis Januar ungelesen", "bis zur ersten Januarwoche auf(sparen)": a wait, so the named time is the window. */
function waiting(around: Around): boolean {
  return around.negated || (around.mode === "by" && GERMAN_WAIT_AFTER.test(around.after));
}

/** "In diesem Monat passiert nichts mehr": a time named to say nothing happens in it. */
const NOTHING_AFTER = /^[^.;!?]{0,40}\b(?:nichts|nicht|keine?)\b/iu;

/** German periods of the calendar, in priority order. */
export const GERMAN_PERIODS: readonly Rule[] = [
  {
    name: "heute, noch heute, bis heute Abend",
    regex: /* @__PURE__ */ words("(?:noch\\s+)?heute(?:\\s+(?:abend|nachmittag))?(?!\\s+(?:in|vor)\\b)"),
    read: (_m, ctx) => ({ mode: "by", from: ctx.ref, to: ctx.ref, confidence: "medium" }),
  },
  {
    name: "übermorgen",
    regex: /* @__PURE__ */ words("übermorgen"),
    read: (_m, ctx, around) => ({ mode: around.mode ?? "at", from: ctx.ref + 2, to: ctx.ref + 2, confidence: "high" }),
  },
  {
    name: "morgen",
    regex: /* @__PURE__ */ words("(?<!(?:am|jeden|heute)\\s+)morgen"),
    read: (_m, ctx, around) => ({ mode: around.mode ?? "at", from: ctx.ref + 1, to: ctx.ref + 1, confidence: "high" }),
  },
  {
    name: "Ende (nächster) Woche, zum Wochenende",
    regex: /* @__PURE__ */ words(`ende\\s+${WHICH_WEEK}\\s+woche|wochenende`),
    read: (m, ctx, around) => {
      if (/wochenende/i.test(m[0]) && around.mode !== "by") return undefined;
      return weekEnd(ctx, which(m[1] ?? ""));
    },
  },
  {
    name: "Anfang/Mitte nächster Woche, Wochenmitte",
    regex: /* @__PURE__ */ words(`(anfang|beginn|mitte)\\s+${WHICH_WEEK}\\s+woche|(wochenmitte)`),
    read: (m, ctx, around) => weekSpan(ctx, which(m[2] ?? ""), part(m[1] ?? m[3] ?? ""), around.mode),
  },
  {
    name: "KW 50, Kalenderwoche 50, 50. KW",
    regex: /* @__PURE__ */ words("(?:kw|kalenderwoche)\\s*(\\d{1,2})|(\\d{1,2})\\.\\s*(?:kw|kalenderwoche)"),
    read: (m, ctx, around) => isoWeekSpan(ctx, Number(m[1] ?? m[2]), around.mode),
  },
  {
    name: "nächste Woche, diese Woche, in der kommenden Woche",
    regex: /* @__PURE__ */ words(`(${AFTER_NEXT}|${NEXT}|diese[rnms]?)\\s+woche`),
    read: (m, ctx, around) => {
      const w = which(m[1] ?? "");
      if (around.mode === "by" && /\bder\s+$/iu.test(around.before) && w === "next") return aWeekFromNow(ctx);
      if (w === "this" && NOTHING_AFTER.test(around.after)) return undefined;
      const span = weekSpan(ctx, w, "whole", around.mode === "by" ? "by" : "at");
      return span;
    },
  },
  {
    name: "die erste oder zweite Januarwoche, die erste Woche im Januar",
    regex: /* @__PURE__ */ words(
      `(erste|zweite|dritte|vierte|letzte)[nr]?\\s+(?:oder\\s+(zweite|dritte|vierte|letzte)[nr]?\\s+)?(?:${MONTH}woche|woche\\s+(?:im|des)\\s+${MONTH})`,
    ),
    read: (m, ctx, around) => {
      const month = germanMonth(m[3] ?? m[4] ?? "");
      if (month === undefined) return undefined;
      const nth = (w: string) => ["erste", "zweite", "dritte", "vierte"].indexOf(w.toLowerCase());
      const first = nextMonth(ctx, month);
      const a = nth(m[1] ?? "");
      const b = m[2] ? nth(m[2]) : a;
      const from = a < 0 ? endOfMonth(first) - 6 : first + a * 7;
      const to = b < 0 ? endOfMonth(first) : first + b * 7 + 6;
      return { mode: waiting(around) || around.mode !== "by" ? "at" : "by", from, to, confidence: "medium" };
    },
  },
  {
    name: "Ende des Monats, Monatsende, Ende nächsten Monats",
    regex: /* @__PURE__ */ words("(?:ende|zum\\s+ende)\\s+(des|dieses|diesen|nächsten|kommenden)\\s+monats|monatsende"),
    read: (m, ctx) => monthEnd(thisMonth(ctx, /nächst|kommend/i.test(m[1] ?? "") ? "next" : "this")),
  },
  {
    name: "Anfang/Mitte des Monats, Anfang nächsten Monats",
    regex: /* @__PURE__ */ words(
      "(anfang|beginn|mitte)\\s+(des|dieses|diesen|nächsten|kommenden)\\s+monats|(monatsmitte)",
    ),
    read: (m, ctx, around) =>
      monthSpan(
        thisMonth(ctx, /nächst|kommend/i.test(m[2] ?? "") ? "next" : "this"),
        part(m[1] ?? m[3] ?? ""),
        around.mode,
        "medium",
      ),
  },
  {
    name: "Anfang/Mitte/Ende Januar",
    regex: /* @__PURE__ */ words(`(anfang|beginn|mitte|ende)\\s+${MONTH}`),
    read: (m, ctx, around) => {
      const month = germanMonth(m[2] ?? "");
      if (month === undefined) return undefined;
      const p: MonthPart = part(m[1] ?? "");
      if (p === "late") return monthEnd(nextMonth(ctx, month, "late"));
      return monthSpan(nextMonth(ctx, month, p), p, waiting(around) ? "at" : around.mode, "medium");
    },
  },
  {
    name: "Januar oder Februar",
    regex: /* @__PURE__ */ words(`${MONTH}\\s+(?:oder|bis|und|-|–)\\s+${MONTH}`),
    read: (m, ctx, around) => twoMonths(ctx, m[1] ?? "", m[2] ?? "", around),
  },
  {
    name: "im Januar, bis Januar, für Jänner",
    regex: /* @__PURE__ */ words(MONTH),
    read: (m, ctx, around) => {
      if (around.mode === undefined || /^\s*\d/.test(around.after) || /\d\.\s*$/.test(around.before)) return undefined;
      const month = germanMonth(m[1] ?? "");
      if (month === undefined) return undefined;
      const first = nextMonth(ctx, month);
      const mode = waiting(around) ? "at" : around.mode;
      return { mode, from: first, to: endOfMonth(first), confidence: "low" };
    },
  },
];

function twoMonths(ctx: Parameters<Rule["read"]>[1], a: string, b: string, around: Around): Span | undefined {
  const first = germanMonth(a);
  const last = germanMonth(b);
  if (first === undefined || last === undefined) return undefined;
  const from = nextMonth(ctx, first);
  let to = nextMonth(ctx, last);
  while (to < from) to = addMonths(to, 12);
  return { mode: around.mode === "by" ? "by" : "at", from, to: endOfMonth(to), confidence: "low" };
}

/** Regular-expression source for a German month name (no groups). */
export const GERMAN_MONTH_SOURCE = oneOf(GERMAN_MONTHS.map((m) => `(?:${m})`));
