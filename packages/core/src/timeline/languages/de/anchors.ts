import {
  afterNewYear,
  afterSummer,
  aroundEaster,
  beforeChristmas,
  betweenTheYears,
  earlyNewYear,
  inTheNewYear,
  yearEnd,
} from "../rules/calendar.js";
import { type Around, type Rule, words } from "../rules/find.js";
import { GERMAN_WAIT_AFTER } from "./words.js";

/** How a phrase stands to its holiday: before it (a deadline), after it, or in it. */
type Relation = "before" | "after" | "in";

const AFTER = /(?:\bnach|\bbis\s+nach|\bseit)\s+(?:de[mnr]\s+|den\s+)?$/iu;

function relation(around: Around): Relation {
  if (AFTER.test(around.before)) return "after";
  // "bis Neujahr auf Eis", "nicht vor Weihnachten": the answer comes after it.
  if (around.negated || (around.mode === "by" && GERMAN_WAIT_AFTER.test(around.after))) return "after";
  if (around.mode === "by") return "before";
  return "in";
}

/**
 * German holidays and seasons: "vor Weihnachten", "nach den Feiertagen", "zwischen den Jahren",
 * "Anfang des neuen Jahres", "nach Ostern", "nach der Sommerpause".
 */
export const GERMAN_ANCHORS: readonly Rule[] = [
  {
    name: "zwischen den Jahren, zwischen Weihnachten und Neujahr",
    regex: /* @__PURE__ */ words("zwischen\\s+(?:den\\s+jahren|weihnachten\\s+und\\s+(?:neujahr|silvester))"),
    read: (_m, ctx) => betweenTheYears(ctx),
  },
  {
    name: "Anfang des neuen Jahres, Jahresanfang, Anfang nächsten Jahres",
    regex: /* @__PURE__ */ words(
      "(?:anfang|beginn)\\s+(?:des\\s+(?:neuen|kommenden|nächsten)\\s+jahres|(?:nächsten|kommenden)\\s+jahres)|jahresanfang|jahresbeginn",
    ),
    ownNegation: true,
    read: (_m, ctx, around) => earlyNewYear(ctx, relation(around) === "before" ? "by" : "at"),
  },
  {
    name: "im neuen Jahr",
    regex: /* @__PURE__ */ words("(?:im|ins)\\s+neue\\s*n?\\s+jahr|im\\s+neuen\\s+jahr"),
    ownLead: true,
    read: (_m, ctx) => inTheNewYear(ctx),
  },
  {
    name: "vor/nach Weihnachten, nach den Feiertagen, vor den Festtagen",
    regex: /* @__PURE__ */ words(
      "weihnachten|weihnachtsfeiertage[n]?|weihnachtsferien|weihnachtspause|(?:den\\s+)?(?:feier|fest)tage[n]?",
    ),
    ownNegation: true,
    read: (_m, ctx, around) => {
      const r = relation(around);
      if (r === "in") return undefined;
      return r === "after" ? afterNewYear(ctx) : beforeChristmas(ctx, "high");
    },
  },
  {
    name: "bis/nach Neujahr, nach dem Jahreswechsel, bis zum Jahresende",
    regex: /* @__PURE__ */ words(
      "(?:dem\\s+)?(?:jahreswechsel|neujahr|silvester)|(?:dem\\s+)?jahresende|ende\\s+des\\s+jahres",
    ),
    ownNegation: true,
    read: (m, ctx, around) => {
      const r = relation(around);
      if (/ende/i.test(m[0])) return r === "after" ? afterNewYear(ctx) : yearEnd(ctx);
      if (r === "in") return undefined;
      return r === "after" ? afterNewYear(ctx) : yearEnd(ctx);
    },
  },
  {
    name: "vor/nach Ostern",
    regex: /* @__PURE__ */ words("ostern|osterfeiertage[n]?|osterferien|osterpause"),
    ownNegation: true,
    read: (_m, ctx, around) => {
      const r = relation(around);
      if (r === "in") return undefined;
      return aroundEaster(ctx, r);
    },
  },
  {
    name: "nach dem Sommer, nach der Sommerpause",
    regex: /* @__PURE__ */ words("(?:dem\\s+|der\\s+|den\\s+)?sommer(?:pause|ferien|urlaub)?"),
    read: (_m, ctx, around) => (relation(around) === "after" ? afterSummer(ctx) : undefined),
  },
];
