import { formatMoney, type Money, type OfferComparison } from "@afterview/core";
import type { RankedOffer } from "@afterview/core/schema";
import type { Style } from "../io/terminal.js";

/** The parts of an offer's yearly value, in the order shown, with their words. */
const PARTS: readonly { key: keyof RankedOffer["parts"]; words: string; per: string }[] = [
  { key: "base", words: "base", per: "" },
  { key: "bonus", words: "target bonus", per: "" },
  { key: "signOn", words: "sign-on", per: " once" },
  { key: "equityPerYear", words: "equity", per: "" },
  { key: "pto", words: "days off", per: "" },
];

/**
 * A comparison of offers as lines for the terminal: each offer ranked with its yearly value and its
 * parts, an unknown part written "unknown" (never a zero or a difference), then every reason with
 * its evidence id, including how the ranking depends on what is unknown.
 */
export function formatComparison(comparison: OfferComparison, style: Style, locale = "en-US"): string[] {
  const money = (value: Money) => formatMoney(value, locale);
  const unknown = comparison.offers.some((o) => o.unknown.length > 0);
  const lines = [
    style.bold(
      `Compared with your other offers, a year in ${comparison.currency}${unknown ? " (unknown terms are not counted)" : ""}:`,
    ),
  ];
  for (const offer of comparison.offers) {
    const partial = offer.unknown.length > 0 ? " of what is known" : "";
    lines.push(
      `  ${offer.rank}. ${offer.id}: ${money(offer.annualised)} a year on average, ${money(offer.firstYear)} in the first year${partial}`,
    );
    const parts = PARTS.map(({ key, words, per }) => {
      const value = offer.parts[key];
      return `${words} ${value === null ? "unknown" : `${money(value)}${per}`}`;
    });
    lines.push(`     ${parts.join(", ")}`);
  }
  for (const why of comparison.why)
    lines.push(`  - ${why.text}${why.source ? ` ${style.dim(`[${why.source}]`)}` : ""}`);
  return lines;
}
