import { formatMoney, type Money, type NegotiationAdvice, type Offer } from "@afterview/core";
import type { AdviceRangeSource, NegotiationRecommendation, PayPeriod } from "@afterview/core/schema";
import type { Style } from "../io/terminal.js";

/** What each recommendation asks the candidate to do, in words. */
export const RECOMMENDATION_LABELS: Readonly<Record<NegotiationRecommendation, string>> = {
  negotiate: "negotiate the base pay",
  "negotiate-other-terms": "keep the base, negotiate other terms",
  accept: "accept as offered",
  "consider-declining": "consider declining",
};

const PER: Readonly<Record<PayPeriod, string>> = { hour: "an hour", month: "a month", year: "a year" };

/** Where a reported range came from, in words. */
const RANGE_SOURCES: Readonly<Record<AdviceRangeSource, string>> = {
  posted: "posted",
  given: "given by the employer",
  estimated: "your estimate",
  market: "estimated from market pay",
};

/** Where the offer sits in the range, in words: inside it as a share, or below or above it. */
function placeIn(position: number): string {
  if (position < 0) return "the offer is below it";
  if (position > 1) return "the offer is above it";
  return `the offer sits ${Math.round(position * 100)}% into it`;
}

/**
 * The advice as lines for the terminal: the offer and where it sits in the range (when the offer or
 * market pay gives one), the recommendation, and only what it does: for a counter the figures (ask,
 * aim, floor), its risk and the terms to ask for if the base will not move; otherwise the other terms
 * to ask for. Then every reason with its evidence id. Amounts are written for `locale` by core's
 * `formatMoney`.
 */
export function formatAdvice(offer: Offer, advice: NegotiationAdvice, style: Style, locale = "en-US"): string[] {
  const money = (value: Money) => `${formatMoney(value, locale)} ${PER[advice.period]}`;
  const lines = [`${style.bold("Offer:")} ${formatMoney(offer.base, locale)} ${PER[offer.period]}`];
  if (advice.range) {
    const { min, max, source } = advice.range;
    const where = advice.offerPosition === undefined ? "" : `; ${placeIn(advice.offerPosition)}`;
    lines.push(
      `Range: ${formatMoney(min, locale)} to ${formatMoney(max, locale)} (${RANGE_SOURCES[source] ?? source})${where}`,
    );
  }
  const counter = advice.recommendation === "negotiate";
  // Risk belongs to a counter; without one there is nothing to strain the talks.
  const detail = counter ? `risk ${advice.risk}, leverage ${advice.leverage}` : `leverage ${advice.leverage}`;
  lines.push(`${style.bold("Advice:")} ${style.yellow(RECOMMENDATION_LABELS[advice.recommendation])} (${detail})`);
  if (counter) {
    if (advice.ask) lines.push(`  Ask for     ${style.cyan(money(advice.ask))}`);
    if (advice.target) lines.push(`  Aim for     ${money(advice.target)}`);
    if (advice.floor) lines.push(`  Your floor  ${money(advice.floor)} ${style.dim("(for you alone: never say it)")}`);
  }
  if (advice.levers.length > 0) {
    lines.push(style.bold(counter ? "If the base will not move, ask for:" : "Other terms to ask for:"));
    for (const lever of advice.levers) lines.push(`  - ${lever.text} ${style.dim(`[${lever.source}]`)}`);
  }
  if (advice.why.length > 0) {
    lines.push(style.bold("Why:"));
    for (const why of advice.why) lines.push(`  - ${why.text}${why.source ? ` ${style.dim(`[${why.source}]`)}` : ""}`);
  }
  return lines;
}
