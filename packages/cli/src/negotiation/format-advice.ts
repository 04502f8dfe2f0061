import {
  formatMoney,
  type Money,
  type NegotiationAdvice,
  type NegotiationRecommendation,
  type Offer,
  type PayPeriod,
} from "@afterview/core";
import type { Style } from "../io/terminal.js";

/** What each recommendation asks the candidate to do, in words. */
export const RECOMMENDATION_LABELS: Readonly<Record<NegotiationRecommendation, string>> = {
  negotiate: "negotiate the base pay",
  "negotiate-other-terms": "keep the base, negotiate other terms",
  accept: "accept as offered",
  "consider-declining": "consider declining",
};

const PER: Readonly<Record<PayPeriod, string>> = { hour: "an hour", month: "a month", year: "a year" };

/**
 * The advice as lines for the terminal: the offer and where it sits in the range, the
 * recommendation and its risk, the figures (ask, aim, floor), other terms to ask for, and every
 * reason with its evidence id. Amounts are written for `locale` by core's `formatMoney`.
 */
export function formatAdvice(offer: Offer, advice: NegotiationAdvice, style: Style, locale = "en-US"): string[] {
  const money = (value: Money) => `${formatMoney(value, locale)} ${PER[advice.period]}`;
  const lines = [`${style.bold("Offer:")} ${formatMoney(offer.base, locale)} ${PER[offer.period]}`];
  if (advice.range) {
    const { min, max, source, estimated } = advice.range;
    const where =
      advice.offerPosition === undefined ? "" : `; the offer sits ${Math.round(advice.offerPosition * 100)}% into it`;
    const kind = estimated ? `estimated from ${source}` : source;
    lines.push(`Range: ${formatMoney(min, locale)} to ${formatMoney(max, locale)} (${kind})${where}`);
  }
  lines.push(
    `${style.bold("Advice:")} ${style.yellow(RECOMMENDATION_LABELS[advice.recommendation])} ` +
      `(risk ${advice.risk}, leverage ${advice.leverage})`,
  );
  if (advice.ask) lines.push(`  Ask for     ${style.cyan(money(advice.ask))}`);
  if (advice.target) lines.push(`  Aim for     ${money(advice.target)}`);
  if (advice.floor) lines.push(`  Your floor  ${money(advice.floor)} ${style.dim("(for you alone: never say it)")}`);
  if (advice.levers.length > 0) {
    lines.push(style.bold("Other terms to ask for:"));
    for (const lever of advice.levers) lines.push(`  - ${lever.text} ${style.dim(`[${lever.source}]`)}`);
  }
  if (advice.why.length > 0) {
    lines.push(style.bold("Why:"));
    for (const why of advice.why) lines.push(`  - ${why.text}${why.source ? ` ${style.dim(`[${why.source}]`)}` : ""}`);
  }
  return lines;
}
