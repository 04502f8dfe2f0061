import { casual } from "chrono-node/de";
import type { Reading, TimelineContext } from "../../reading.js";
import { countRules, countSpan } from "../rules/counts.js";
import { findDates, weekdayRule } from "../rules/dates.js";
import { findReadings, type Rule, words } from "../rules/find.js";
import type { TimelineRules } from "../types.js";
import { GERMAN_ANCHORS } from "./anchors.js";
import { germanMention } from "./mention.js";
import { GERMAN_COUNTS } from "./numbers.js";
import { GERMAN_PERIODS } from "./periods.js";
import { GERMAN_LEADS } from "./words.js";

const WEEKDAYS = /* @__PURE__ */ weekdayRule({
  names: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
  nextBefore: ["nächsten", "kommenden", "nächster", "kommender"],
  nextAfter: ["nächster woche", "der nächsten woche", "kommender woche"],
});

/** "In den nächsten Tagen", "in den kommenden Wochen": a few, as a deadline. */
const COMING = /* @__PURE__ */ {
  name: "in den nächsten Tagen",
  regex: /* @__PURE__ */ words("(?:den\\s+|die\\s+)?(?:nächsten|kommenden|folgenden)\\s+(tage|tagen|wochen)"),
  ownLead: true,
  read: (m: RegExpExecArray, ctx: TimelineContext) => {
    const weeks = /woch/i.test(m[1] ?? "");
    const to = ctx.calendar.addBusinessDays(ctx.ref, weeks ? 15 : 3);
    return { mode: "by" as const, from: ctx.ref, to, confidence: "low" as const };
  },
};

/** "Zweiwöchige Wartezeit", "eine dreiwöchige Frist": a count of weeks in one adjective. */
const WEEKS_ADJECTIVE: Rule = {
  name: "zweiwöchig",
  regex: /* @__PURE__ */ words("(ein|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf)wöchige[nrms]?"),
  read: (m, ctx, around) => {
    const n = GERMAN_COUNTS.numbers[(m[1] ?? "").toLowerCase()];
    return n === undefined
      ? undefined
      : countSpan(ctx, { low: n, high: n, unit: "week", precision: "exact" }, around.mode ?? "at");
  },
};

/**
 * "weniger als drei und … zwischen drei und sieben Arbeitstagen": a number whose unit is said once,
 * later in the sentence. Read with that unit, as a deadline after "weniger als", else on its day.
 */
const ELLIPTIC: Rule = {
  name: "weniger als drei (Arbeitstage)",
  regex: /* @__PURE__ */ words(
    `(weniger\\s+als|mehr\\s+als|bis\\s+zu)\\s+(\\d{1,3}|${Object.keys(GERMAN_COUNTS.numbers).join("|")})(?=\\s+(?:und|oder)\\s[^.;!?]*?(?:${GERMAN_COUNTS.units})(?![\\p{L}]))`,
  ),
  ownLead: true,
  read: (m, ctx) => {
    const n = /^\d+$/.test(m[2] ?? "") ? Number(m[2]) : GERMAN_COUNTS.numbers[(m[2] ?? "").toLowerCase()];
    const rest = (m.input ?? "").slice(m.index + m[0].length);
    const unit = new RegExp(`(?:${GERMAN_COUNTS.units})(?![\\p{L}])`, "iu").exec(rest)?.[0];
    const counted = unit ? GERMAN_COUNTS.unitOf(unit) : undefined;
    if (n === undefined || !counted) return undefined;
    const mode = /mehr/i.test(m[1] ?? "") ? "at" : "by";
    return countSpan(ctx, { low: n, high: n, unit: counted, precision: "exact" }, mode);
  },
};

const RULES = /* @__PURE__ */ [
  ...GERMAN_ANCHORS,
  ELLIPTIC,
  ...countRules(GERMAN_COUNTS),
  WEEKS_ADJECTIVE,
  COMING,
  ...GERMAN_PERIODS,
  WEEKDAYS,
];

function find(text: string, ctx: TimelineContext): Reading[] {
  const found = findReadings(text, ctx, RULES, GERMAN_LEADS);
  return [...found, ...findDates(text, ctx, casual, GERMAN_LEADS, found)];
}

/**
 * German (`de`, with `de-AT`, `de-CH`): "in zwei bis drei Werktagen", "bis Ende nächster Woche",
 * "vor Weihnachten", "Anfang des neuen Jahres", "KW 50". Werktage and Arbeitstage are business days;
 * "14 Tage" is two weeks; "zeitnah", "in Kürze", "bald" name no time.
 */
export const germanTimeline: TimelineRules = { find, mention: germanMention };
