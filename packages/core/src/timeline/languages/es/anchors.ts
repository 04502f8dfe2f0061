import { dayNumber } from "../../../calendar/day-number.js";
import {
  afterDay,
  afterEpiphany,
  afterNewYear,
  afterSummer,
  beforeChristmas,
  christmasYear,
  earlyNewYear,
  nextEaster,
} from "../rules/calendar.js";
import { type Around, type Rule, type Span, words } from "../rules/find.js";

type Relation = "before" | "after" | "in";

const AFTER =
  /(?:\bdespués\s+de|\btras|\bpasad[oa]s?|\ba\s+la\s+vuelta\s+de|\bal\s+volver\s+de|\bluego\s+de)\s+(?:las?\s+|los?\s+|el\s+)?$/iu;

function relation(around: Around): Relation {
  if (AFTER.test(around.before) || around.negated) return "after";
  if (around.mode === "by") return "before";
  return "in";
}

/**
 * Spanish holidays and seasons: "antes de Navidad", "después de las fiestas", "después de Reyes",
 * "después de Semana Santa", "entre Navidad y Reyes", "a principios de año", "después del verano".
 */
export const SPANISH_ANCHORS: readonly Rule[] = [
  {
    name: "entre Navidad y Reyes, entre Navidad y Año Nuevo",
    regex: /* @__PURE__ */ words("entre\\s+navidad\\s+y\\s+(reyes|año\\s+nuevo)"),
    ownLead: true,
    read: (m, ctx): Span => {
      const year = christmasYear(ctx);
      const to = /reyes/i.test(m[1] ?? "") ? dayNumber(year + 1, 1, 5) : dayNumber(year, 12, 31);
      return { mode: "at", from: dayNumber(year, 12, 26), to, confidence: "medium" };
    },
  },
  {
    name: "a principios de año, a principios del año que viene",
    regex: /* @__PURE__ */ words(
      "(?:a\\s+)?(?:principios|inicios|comienzos)\\s+(?:de|del)\\s+(?:año(?:\\s+que\\s+viene|\\s+próximo)?|próximo\\s+año|nuevo\\s+año)",
    ),
    read: (_m, ctx, around) => earlyNewYear(ctx, around.mode === "by" ? "by" : "at"),
  },
  {
    name: "después de Reyes",
    regex: /* @__PURE__ */ words("(?:los\\s+)?reyes(?:\\s+magos)?"),
    ownNegation: true,
    read: (_m, ctx, around) => {
      const r = relation(around);
      if (r === "after") return afterEpiphany(ctx);
      if (r === "before") return { mode: "by", from: ctx.ref, to: afterEpiphany(ctx).from - 1, confidence: "high" };
      return undefined;
    },
  },
  {
    name: "antes de Navidad, después de las fiestas, después de Año Nuevo",
    regex: /* @__PURE__ */ words(
      "navidad(?:es)?|(?:las\\s+)?fiestas(?:\\s+navideñas|\\s+de\\s+navidad|\\s+de\\s+fin\\s+de\\s+año)?|año\\s+nuevo|fin\\s+de\\s+año",
    ),
    ownNegation: true,
    read: (m, ctx, around) => {
      const r = relation(around);
      if (r === "in") return undefined;
      if (r === "after") return afterNewYear(ctx);
      if (/año/iu.test(m[0]))
        return { mode: "by", from: ctx.ref, to: dayNumber(christmasYear(ctx), 12, 31), confidence: "high" };
      return beforeChristmas(ctx);
    },
  },
  {
    name: "después de Semana Santa, antes de Pascua",
    regex: /* @__PURE__ */ words("semana\\s+santa|pascua(?:s)?"),
    ownNegation: true,
    read: (_m, ctx, around) => {
      const r = relation(around);
      const sunday = nextEaster(ctx);
      if (r === "after") {
        // After Easter Monday where it is a holiday, else after Easter Sunday.
        const monday = sunday + 1;
        const from = ctx.calendar.isBusinessDay(monday) ? sunday : monday;
        return afterDay(ctx, from, "high");
      }
      if (r === "before") return { mode: "by", from: ctx.ref, to: sunday - 4, confidence: "high" };
      return undefined;
    },
  },
  {
    name: "después del verano, a la vuelta del verano",
    regex: /* @__PURE__ */ words("(?:el\\s+)?verano|las\\s+vacaciones(?:\\s+de\\s+verano)?"),
    read: (_m, ctx, around) => (relation(around) === "after" ? afterSummer(ctx) : undefined),
  },
];
