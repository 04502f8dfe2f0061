import { casual } from "chrono-node/fr";
import type { Reading, TimelineContext } from "../../reading.js";
import { countRules } from "../rules/counts.js";
import { findDates, weekdayRule } from "../rules/dates.js";
import { findReadings, type Rule, words } from "../rules/find.js";
import type { TimelineRules } from "../types.js";
import { FRENCH_ANCHORS } from "./anchors.js";
import { frenchMention } from "./mention.js";
import { FRENCH_COUNTS } from "./numbers.js";
import { FRENCH_PERIODS } from "./periods.js";
import { FRENCH_LEADS } from "./words.js";

const WEEKDAYS = /* @__PURE__ */ weekdayRule({
  names: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  nextBefore: [],
  nextAfter: ["prochain", "de la semaine prochaine", "suivant"],
});

/** "Sous quinzaine", "sous huitaine": two weeks and one, as deadlines ("une quinzaine de jours" is a count). */
const FORTNIGHT: Rule = {
  name: "sous quinzaine, sous huitaine",
  regex: /* @__PURE__ */ words("(?:une\\s+)?(quinzaine|huitaine)(?!\\s+de)"),
  read: (m, ctx, around) => {
    const weeks = /quinz/i.test(m[1] ?? "") ? 2 : 1;
    const to = ctx.calendar.addBusinessDays(ctx.ref, weeks * 5);
    return { mode: around.mode ?? "at", from: to, to, confidence: "high", unit: "week", min: weeks, max: weeks };
  },
};

/** "Dans les prochains jours", "dans les semaines à venir": a few, as a deadline; not "pendant les prochains jours". */
const COMING: Rule = {
  name: "dans les prochains jours",
  regex: /* @__PURE__ */ words(
    "(?<!pendant\\s+(?:les\\s+)?)(?:les\\s+)?(?:prochains\\s+jours|prochaines\\s+semaines|jours\\s+(?:à\\s+venir|qui\\s+viennent)|semaines\\s+(?:à\\s+venir|qui\\s+viennent))",
  ),
  ownLead: true,
  read: (m, ctx) => {
    const to = ctx.calendar.addBusinessDays(ctx.ref, /semaine/i.test(m[0]) ? 15 : 3);
    return { mode: "by", from: ctx.ref, to, confidence: "low" };
  },
};

const RULES = /* @__PURE__ */ [
  ...FRENCH_ANCHORS,
  ...countRules(FRENCH_COUNTS),
  FORTNIGHT,
  COMING,
  ...FRENCH_PERIODS,
  WEEKDAYS,
];

function find(text: string, ctx: TimelineContext): Reading[] {
  const found = findReadings(text, ctx, RULES, FRENCH_LEADS);
  return [...found, ...findDates(text, ctx, casual, FRENCH_LEADS, found)];
}

/**
 * French (`fr`, with `fr-CA`, `fr-BE`, `fr-CH`): "sous quinzaine", "d'ici la fin de la semaine
 * prochaine", "en début de semaine prochaine", "après les fêtes", "avant Noël", "à la rentrée". Jours
 * ouvrés and ouvrables are business days; "quinze jours" is two weeks; "prochainement" and "dans les
 * meilleurs délais" name no time.
 */
export const frenchTimeline: TimelineRules = { find, mention: frenchMention };
