import { addMonths, endOfMonth } from "../../../calendar/day-number.js";
import {
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

/** Spanish month names, January first. */
export const SPANISH_MONTHS = [
  "enero|ene\\.?",
  "febrero|feb\\.?",
  "marzo|mar\\.?",
  "abril|abr\\.?",
  "mayo",
  "junio|jun\\.?",
  "julio|jul\\.?",
  "agosto|ago\\.?",
  "septiembre|setiembre|sept?\\.?",
  "octubre|oct\\.?",
  "noviembre|nov\\.?",
  "diciembre|dic\\.?",
] as const;

const MONTH = `(${SPANISH_MONTHS.map((m) => `(?:${m})`).join("|")})`;

/** The month (1–12) a Spanish name names. */
export function spanishMonth(name: string): number | undefined {
  const index = SPANISH_MONTHS.findIndex((m) => new RegExp(`^(?:${m})$`, "iu").test(name.trim()));
  return index < 0 ? undefined : index + 1;
}

/** Regular-expression source for a Spanish month name (no groups). */
export const SPANISH_MONTH_SOURCE = oneOf(SPANISH_MONTHS.map((m) => `(?:${m})`));

function which(phrase: string): WeekWhich {
  if (/que\s+viene|próxima|siguiente/i.test(phrase)) return "next";
  return "this";
}

function part(word: string): MonthPart {
  const w = word.toLowerCase();
  if (/principio|inicio|comienzo|primeros\s+días|primera\s+quincena/.test(w))
    return /quincena/.test(w) ? "first-half" : "early";
  if (/mediado|mitad/.test(w)) return "mid";
  if (/(?:segunda|última)\s+quincena/.test(w)) return "second-half";
  return "late";
}

const NEXT_WEEK = "(?:la\\s+)?(?:semana\\s+(?:que\\s+viene|próxima|siguiente)|próxima\\s+semana|siguiente\\s+semana)";
const PART =
  "(principios|inicios|comienzos|mediados|finales|fines|los\\s+primeros\\s+días|la\\s+(?:primera|segunda|última)\\s+quincena)";

/** Spanish periods of the calendar, in priority order. */
export const SPANISH_PERIODS: readonly Rule[] = [
  {
    name: "hoy, hoy mismo, esta tarde",
    regex: /* @__PURE__ */ words("hoy(?:\\s+mismo)?|esta\\s+(?:tarde|noche)|a\\s+lo\\s+largo\\s+del\\s+día"),
    ownLead: true,
    read: (_m, ctx) => ({ mode: "by", from: ctx.ref, to: ctx.ref, confidence: "medium" }),
  },
  {
    name: "pasado mañana",
    regex: /* @__PURE__ */ words("pasado\\s+mañana"),
    ownLead: true,
    read: (_m, ctx) => ({ mode: "at", from: ctx.ref + 2, to: ctx.ref + 2, confidence: "high" }),
  },
  {
    name: "mañana (not 'la mañana', 'por la mañana')",
    regex: /* @__PURE__ */ words("(?<!(?:la|esta|una|cada|por\\s+la)\\s+)mañana"),
    read: (_m, ctx, around) => ({
      mode: around.mode === "by" ? "by" : "at",
      from: ctx.ref + 1,
      to: ctx.ref + 1,
      confidence: "high",
    }),
  },
  {
    name: "la semana que viene a la misma hora: a week from now",
    regex: /* @__PURE__ */ words(`${NEXT_WEEK}\\s+a\\s+la\\s+misma\\s+hora`),
    read: (_m, ctx) => ({ mode: "at", from: ctx.ref + 7, to: ctx.ref + 7, confidence: "high" }),
  },
  {
    name: "antes del (siguiente) fin de semana, a finales de la semana",
    regex: /* @__PURE__ */ words(
      "(?:el\\s+)?(?:siguiente\\s+|próximo\\s+)?fin\\s+de\\s+semana|(?:a\\s+)?(?:finales|fines)\\s+de\\s+(?:(?:esta|la)\\s+semana|la\\s+semana\\s+(?:que\\s+viene|próxima))",
    ),
    read: (m, ctx, around) => {
      if (/^(?:el\s+)?(?:siguiente\s+|próximo\s+)?fin\s+de\s+semana/iu.test(m[0])) {
        // "Antes del fin de semana": this working week's end; "el fin de semana" alone is no working day.
        return around.mode === "by" ? weekEnd(ctx, "this") : undefined;
      }
      return weekEnd(ctx, /que\s+viene|próxima/i.test(m[0]) ? "next" : "this");
    },
  },
  {
    name: "a principios de la semana que viene",
    regex: /* @__PURE__ */ words(
      `(?:a\\s+)?(principios|inicios|comienzos|mediados)\\s+de\\s+(?:${NEXT_WEEK}|esta\\s+semana|la\\s+semana)`,
    ),
    ownLead: true,
    read: (m, ctx, around) => weekSpan(ctx, which(m[0]), /mediados/i.test(m[1] ?? "") ? "mid" : "early", around.mode),
  },
  {
    name: "la semana que viene, la próxima semana, esta semana",
    regex: /* @__PURE__ */ words(`${NEXT_WEEK}|(?:en\\s+)?esta\\s+semana|en\\s+la\\s+semana`),
    read: (m, ctx, around) =>
      weekSpan(ctx, /en\s+la\s+semana/i.test(m[0]) ? "this" : which(m[0]), "whole", around.mode === "by" ? "by" : "at"),
  },
  {
    name: "a finales de mes, a principios del mes que viene",
    regex: /* @__PURE__ */ words(
      `(?:a\\s+|para\\s+)?${PART}\\s+(?:de|del)\\s+(?:este\\s+|el\\s+)?mes(?:\\s+(que\\s+viene|próximo|siguiente))?(?!\\s+de\\s+${MONTH})`,
    ),
    read: (m, ctx, around) => {
      const p = part(m[1] ?? "");
      const first = thisMonth(ctx, m[2] ? "next" : "this");
      // "A finales de mes": its last days, from the 21st (or the next business day, if later).
      if (p === "late") return around.mode === "by" ? monthEnd(first) : monthSpan(first, "late", "at", "medium");
      return monthSpan(first, p, around.mode === "by" ? "by" : "at", "medium");
    },
  },
  {
    name: "la última quincena de diciembre y la primera de enero",
    regex: /* @__PURE__ */ words(
      `(?:la\\s+)?(?:última|segunda)\\s+quincena\\s+de\\s+${MONTH}\\s+y\\s+la\\s+primera\\s+de\\s+${MONTH}`,
    ),
    read: (m, ctx) => {
      const a = spanishMonth(m[1] ?? "");
      const b = spanishMonth(m[2] ?? "");
      if (a === undefined || b === undefined) return undefined;
      const first = nextMonth(ctx, a, "second-half");
      let second = nextMonth(ctx, b);
      while (second < first) second = addMonths(second, 12);
      return { mode: "at", from: first + 15, to: second + 14, confidence: "medium" };
    },
  },
  {
    name: "mediados o finales del mes de enero",
    regex: /* @__PURE__ */ words(
      `(principios|mediados|finales)\\s+o\\s+(principios|mediados|finales)\\s+(?:de|del)\\s+(?:(?:el\\s+)?mes\\s+de\\s+)?${MONTH}`,
    ),
    read: (m, ctx, around) => {
      const month = spanishMonth(m[3] ?? "");
      if (month === undefined) return undefined;
      const first = nextMonth(ctx, month, part(m[2] ?? ""));
      const a = monthSpan(first, part(m[1] ?? ""), "at", "low");
      const b = monthSpan(first, part(m[2] ?? ""), "at", "low");
      return around.mode === "by" ? { mode: "by", from: ctx.ref, to: b.to, confidence: "low" } : { ...a, to: b.to };
    },
  },
  {
    name: "a principios de enero, a mediados del mes de mayo, la segunda quincena de junio",
    regex: /* @__PURE__ */ words(`(?:a\\s+|para\\s+)?${PART}\\s+(?:de|del)\\s+(?:(?:el\\s+)?mes\\s+de\\s+)?${MONTH}`),
    read: (m, ctx, around) => {
      const month = spanishMonth(m[2] ?? "");
      if (month === undefined) return undefined;
      const p = part(m[1] ?? "");
      if (p === "late" && around.mode === "by") return monthEnd(nextMonth(ctx, month, "late"));
      return monthSpan(nextMonth(ctx, month, p), p, around.mode === "by" ? "by" : "at", "medium");
    },
  },
  {
    name: "enero o febrero",
    regex: /* @__PURE__ */ words(`${MONTH}\\s+(?:o|u|y|a|-)\\s+${MONTH}`),
    read: (m, ctx, around) => {
      const a = spanishMonth(m[1] ?? "");
      const b = spanishMonth(m[2] ?? "");
      if (a === undefined || b === undefined) return undefined;
      const from = nextMonth(ctx, a);
      let to = nextMonth(ctx, b);
      while (to < from) to = addMonths(to, 12);
      return { mode: around.mode === "by" ? "by" : "at", from, to: endOfMonth(to), confidence: "low" };
    },
  },
  {
    name: "en enero, a enero, durante el mes de enero",
    regex: /* @__PURE__ */ words(`(?:el\\s+)?(?:mes\\s+de\\s+)?${MONTH}`),
    read: (m, ctx, around) => {
      if (around.mode === undefined || /^\s*(?:de\s+)?\d/.test(around.after) || /\d\s*(?:de\s+)?$/.test(around.before))
        return undefined;
      const month = spanishMonth(m[1] ?? "");
      if (month === undefined) return undefined;
      const first = nextMonth(ctx, month);
      return { mode: around.mode, from: first, to: endOfMonth(first), confidence: "low" };
    },
  },
];
