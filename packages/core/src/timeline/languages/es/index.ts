import { casual } from "chrono-node/es";
import type { Reading, TimelineContext } from "../../reading.js";
import { countRules } from "../rules/counts.js";
import { findDates, weekdayRule } from "../rules/dates.js";
import { findReadings, type Rule, words } from "../rules/find.js";
import type { TimelineRules } from "../types.js";
import { SPANISH_ANCHORS } from "./anchors.js";
import { spanishMention } from "./mention.js";
import { SPANISH_COUNTS } from "./numbers.js";
import { SPANISH_PERIODS } from "./periods.js";
import { SPANISH_LEADS } from "./words.js";

const WEEKDAYS = /* @__PURE__ */ weekdayRule({
  names: ["lunes", "martes", "mi[eé]rcoles", "jueves", "viernes", "s[aá]bado", "domingo"],
  nextBefore: ["próximo", "proximo", "siguiente"],
  nextAfter: ["que viene", "próximo", "de la semana que viene", "de la próxima semana"],
});

/** "En los próximos días", "en las próximas semanas": a few, as a deadline; not "durante los próximos días". */
const COMING: Rule = {
  name: "en los próximos días",
  regex: /* @__PURE__ */ words(
    "(?<!durante\\s+)(?:los\\s+|las\\s+)?(?:próximos\\s+días|próximas\\s+semanas|días\\s+siguientes|siguientes\\s+días)",
  ),
  ownLead: true,
  read: (m, ctx) => {
    const to = ctx.calendar.addBusinessDays(ctx.ref, /semana/i.test(m[0]) ? 15 : 3);
    return { mode: "by", from: ctx.ref, to, confidence: "low" };
  },
};

const RULES = /* @__PURE__ */ [...SPANISH_ANCHORS, ...countRules(SPANISH_COUNTS), COMING, ...SPANISH_PERIODS, WEEKDAYS];

function find(text: string, ctx: TimelineContext): Reading[] {
  const found = findReadings(text, ctx, RULES, SPANISH_LEADS);
  return [...found, ...findDates(text, ctx, casual, SPANISH_LEADS, found)];
}

/**
 * Spanish (`es`, with `es-MX`, `es-AR`, …): "en los próximos días", "en un plazo de una a dos
 * semanas", "antes de Navidad", "a finales de mes", "después de Reyes". Días hábiles and laborables
 * are business days; "quince días" is two weeks; "pronto", "en breve", "más adelante" name no time.
 */
export const spanishTimeline: TimelineRules = { find, mention: spanishMention };
