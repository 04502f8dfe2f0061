import { addMonths, endOfMonth } from "../../../calendar/day-number.js";
import {
  aWeekFromNow,
  type MonthPart,
  monthEnd,
  monthSpan,
  nextMonth,
  thisMonth,
  type WeekWhich,
  weekEnd,
  weekSpan,
} from "../rules/calendar.js";
import { oneOf, type Rule, words } from "../rules/find.js";

/** French month names, January first. */
export const FRENCH_MONTHS = [
  "janvier|janv\\.?",
  "février|fevrier|févr\\.?",
  "mars",
  "avril|avr\\.?",
  "mai",
  "juin",
  "juillet|juil\\.?",
  "août|aout",
  "septembre|sept\\.?",
  "octobre|oct\\.?",
  "novembre|nov\\.?",
  "décembre|decembre|déc\\.?",
] as const;

const MONTH = `(${FRENCH_MONTHS.map((m) => `(?:${m})`).join("|")})`;

/** The month (1–12) a French name names. */
export function frenchMonth(name: string): number | undefined {
  const index = FRENCH_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, "iu").test(name.trim()));
  return index < 0 ? undefined : index + 1;
}

/** Regular-expression source for a French month name (no groups). */
export const FRENCH_MONTH_SOURCE = oneOf(FRENCH_MONTHS.map((m) => `(?:${m})`));

function which(phrase: string): WeekWhich {
  if (/d'après|suivante?\s+la\s+prochaine/i.test(phrase)) return "after-next";
  if (/prochaine|suivante|qui\s+vient|à\s+venir/i.test(phrase)) return "next";
  return "this";
}

function part(word: string): MonthPart {
  if (/début|commencement/i.test(word)) return "early";
  if (/mi|milieu/i.test(word)) return "mid";
  if (/première\s+quinzaine/i.test(word)) return "first-half";
  if (/(?:deuxième|seconde|dernière)\s+quinzaine/i.test(word)) return "second-half";
  if (/courant/i.test(word)) return "whole";
  return "late";
}

const WEEK = "(?:la\\s+|cette\\s+)?semaine(?:\\s+(?:prochaine|suivante|qui\\s+vient|à\\s+venir|d'après))?";

/** French periods of the calendar, in priority order. */
export const FRENCH_PERIODS: readonly Rule[] = [
  {
    name: "aujourd'hui, dans la journée, ce soir",
    regex: /* @__PURE__ */ words("aujourd['’]hui|dans\\s+la\\s+journée|ce\\s+soir|en\\s+fin\\s+de\\s+journée"),
    ownLead: true,
    read: (_m, ctx) => ({ mode: "by", from: ctx.ref, to: ctx.ref, confidence: "medium" }),
  },
  {
    name: "après-demain",
    regex: /* @__PURE__ */ words("après-demain"),
    ownLead: true,
    read: (_m, ctx) => ({ mode: "at", from: ctx.ref + 2, to: ctx.ref + 2, confidence: "high" }),
  },
  {
    name: "demain, le lendemain",
    regex: /* @__PURE__ */ words("demain|le\\s+lendemain"),
    read: (_m, ctx, around) => ({
      mode: around.mode === "by" ? "by" : "at",
      from: ctx.ref + 1,
      to: ctx.ref + 1,
      confidence: "high",
    }),
  },
  {
    name: "d'ici la fin de la semaine (prochaine), en fin de semaine",
    regex: /* @__PURE__ */ words(`(?:en\\s+|à\\s+la\\s+|la\\s+)?fin\\s+(?:de\\s+)?${WEEK}`),
    ownLead: true,
    read: (m, ctx) => weekEnd(ctx, which(m[0])),
  },
  {
    name: "en début de semaine prochaine, milieu de semaine",
    regex: /* @__PURE__ */ words(`(?:en\\s+|au\\s+)?(début|milieu)\\s+(?:de\\s+)?${WEEK}`),
    ownLead: true,
    read: (m, ctx, around) => weekSpan(ctx, which(m[0]), /début/i.test(m[1] ?? "") ? "early" : "mid", around.mode),
  },
  {
    name: "la semaine prochaine, cette semaine, à la semaine prochaine",
    regex: /* @__PURE__ */ words(
      "(?:la\\s+)?semaine\\s+(?:prochaine|suivante|qui\\s+vient|d'après)|cette\\s+semaine|dans\\s+la\\s+semaine",
    ),
    read: (m, ctx, around) => {
      if (/dans\s+la\s+semaine/i.test(m[0])) return aWeekFromNow(ctx);
      return weekSpan(ctx, which(m[0]), "whole", around.mode === "by" ? "by" : "at");
    },
  },
  {
    name: "d'ici la fin du mois, en fin de mois",
    regex: /* @__PURE__ */ words("(?:en\\s+|à\\s+la\\s+|la\\s+)?fin\\s+(?:du\\s+mois(?:\\s+(prochain))?|de\\s+mois)"),
    read: (m, ctx) => monthEnd(thisMonth(ctx, m[1] ? "next" : "this")),
  },
  {
    name: "la deuxième quinzaine de décembre, début janvier, mi-janvier, courant janvier, fin janvier",
    regex: /* @__PURE__ */ words(
      `(?:la\\s+|en\\s+|à\\s+la\\s+|au\\s+)?(début|milieu|fin|courant|mi-?|(?:première|deuxième|seconde|dernière)\\s+quinzaine)\\s*(?:de\\s+|d['’])?${MONTH}`,
    ),
    read: (m, ctx, around) => {
      const month = frenchMonth(m[2] ?? "");
      if (month === undefined) return undefined;
      const p = part(m[1] ?? "");
      if (p === "late" && around.mode === "by") return monthEnd(nextMonth(ctx, month, "late"));
      const first = nextMonth(ctx, month, p);
      return monthSpan(first, p, around.mode === "by" ? "by" : "at", "medium");
    },
  },
  {
    name: "janvier ou février",
    regex: /* @__PURE__ */ words(`${MONTH}\\s+(?:ou|à|et|-)\\s+${MONTH}`),
    read: (m, ctx, around) => {
      const a = frenchMonth(m[1] ?? "");
      const b = frenchMonth(m[2] ?? "");
      if (a === undefined || b === undefined) return undefined;
      const from = nextMonth(ctx, a);
      let to = nextMonth(ctx, b);
      while (to < from) to = addMonths(to, 12);
      return { mode: around.mode === "by" ? "by" : "at", from, to: endOfMonth(to), confidence: "low" };
    },
  },
  {
    name: "en janvier, d'ici janvier, à la rentrée en septembre",
    regex: /* @__PURE__ */ words(MONTH),
    read: (m, ctx, around) => {
      if (around.mode === undefined || /^\s*\d/.test(around.after) || /\d\s*(?:er)?\s*$/.test(around.before))
        return undefined;
      const month = frenchMonth(m[1] ?? "");
      if (month === undefined) return undefined;
      const first = nextMonth(ctx, month);
      return { mode: around.mode, from: first, to: endOfMonth(first), confidence: "low" };
    },
  },
];
