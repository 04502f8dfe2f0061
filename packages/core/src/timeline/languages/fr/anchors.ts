import {
  afterNewYear,
  afterSummer,
  aroundEaster,
  beforeChristmas,
  betweenTheYears,
  earlyNewYear,
} from "../rules/calendar.js";
import { type Around, type Rule, words } from "../rules/find.js";

type Relation = "before" | "after" | "in";

const AFTER =
  /(?:\baprès|\bune\s+fois|\bdès|\bpassé(?:e?s)?|\bsortie\s+des?|\bretour\s+des?|\battend\w*|\battendre)\s+(?:les\s+|le\s+|la\s+|l['’])?$/iu;

function relation(around: Around, phrase: string): Relation {
  if (AFTER.test(around.before) || /passé(?:e?s)?$/iu.test(phrase) || around.negated) return "after";
  if (around.mode === "by") return "before";
  return "in";
}

/**
 * French holidays and seasons: "avant Noël", "après les fêtes", "une fois les fêtes passées",
 * "entre Noël et le jour de l'an", "en début d'année", "après Pâques", "à la rentrée".
 */
export const FRENCH_ANCHORS: readonly Rule[] = [
  {
    name: "entre Noël et le jour de l'an",
    regex: /* @__PURE__ */ words("entre\\s+noël\\s+et\\s+(?:le\\s+)?(?:jour\\s+de\\s+l['’]an|nouvel\\s+an)"),
    ownLead: true,
    read: (_m, ctx) => betweenTheYears(ctx),
  },
  {
    name: "en début d'année, début de l'année prochaine",
    regex: /* @__PURE__ */ words(
      "(?:en\\s+|au\\s+)?début\\s+(?:d['’]année(?:\\s+prochaine)?|de\\s+l['’]année\\s+(?:prochaine|suivante|nouvelle)|de\\s+la\\s+nouvelle\\s+année)",
    ),
    read: (_m, ctx, around) => earlyNewYear(ctx, around.mode === "by" ? "by" : "at"),
  },
  {
    name: "avant/après les fêtes, une fois les fêtes passées, avant Noël",
    regex: /* @__PURE__ */ words(
      "(?:les\\s+)?fêtes(?:\\s+de\\s+(?:fin\\s+d['’]année|noël))?(?:\\s+passées)?|noël|(?:le\\s+|au\\s+)?(?:nouvel\\s+an|jour\\s+de\\s+l['’]an)",
    ),
    ownNegation: true,
    read: (m, ctx, around) => {
      const r = relation(around, m[0]);
      if (r === "in") return undefined;
      if (r === "after") return afterNewYear(ctx);
      return /an$/iu.test(m[0])
        ? { mode: "by", from: ctx.ref, to: beforeChristmas(ctx).to + 7, confidence: "high" }
        : beforeChristmas(ctx);
    },
  },
  {
    name: "avant/après Pâques",
    regex: /* @__PURE__ */ words("pâques|paques"),
    ownNegation: true,
    read: (m, ctx, around) => {
      const r = relation(around, m[0]);
      return r === "in" ? undefined : aroundEaster(ctx, r);
    },
  },
  {
    name: "à la rentrée, après l'été",
    regex: /* @__PURE__ */ words(
      "(?:à\\s+la\\s+|la\\s+|dès\\s+la\\s+)rentrée(?!\\s+(?:de\\s+)?janvier)|l['’]été|les\\s+vacances\\s+d['’]été",
    ),
    ownLead: true,
    read: (m, ctx, around) => {
      if (/rentrée/iu.test(m[0])) return afterSummer(ctx);
      return relation(around, m[0]) === "after" ? afterSummer(ctx) : undefined;
    },
  },
];
