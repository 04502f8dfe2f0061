import { formatMoney, type Money, type Offer, type OfferComparison, toZoned } from "@afterview/core";
import type { RankedOffer } from "@afterview/core/schema";
import type { Style } from "../io/terminal.js";
import { when } from "../timeline/when.js";

/** Written where an offer does not state a term: never a zero, which would be a claim. */
export const UNKNOWN = "unknown";

/** The mark after a total that counts only what is known, and the footnote that explains it. */
const PARTIAL = " *";
const FOOTNOTE = "* Of what is known: the offer leaves some terms unknown, so it may be worth more.";

/** One row of the table: its words, and the cell of each offer. */
interface Row {
  words: string;
  cell: (offer: RankedOffer, source: Offer) => string;
  bold?: boolean;
}

/**
 * `compareOffers`' result as a table for the terminal, one column per offer, best first: the yearly
 * average and the first year (marked `*` when they count only what is known), then each part of the
 * pay, a term the offer does not state written "unknown" (never 0); then every offer's deadline,
 * soonest first (passed ones said so; offers without one last), and the reasons with their evidence ids.
 * `offers` is the list given to `compareOffers`, in the same order (for the days off as a number).
 */
export function formatOfferTable(
  comparison: OfferComparison,
  offers: readonly Offer[],
  style: Style,
  locale = "en-US",
): string[] {
  const money = (value: Money | null, suffix = "") =>
    value === null ? UNKNOWN : `${formatMoney(value, locale)}${suffix}`;
  const total = (value: Money, offer: RankedOffer) => `${money(value)}${offer.unknown.length > 0 ? PARTIAL : ""}`;
  const rows: Row[] = [
    { words: "a year on average", cell: (o) => total(o.annualised, o), bold: true },
    { words: "first year", cell: (o) => total(o.firstYear, o) },
    { words: "base, a year", cell: (o) => money(o.parts.base) },
    { words: "target bonus, a year", cell: (o) => money(o.parts.bonus) },
    { words: "sign-on bonus, once", cell: (o) => money(o.parts.signOn) },
    { words: "equity, a year", cell: (o) => money(o.parts.equityPerYear) },
    { words: "days off, a year", cell: (_, s) => (s.ptoDays === undefined ? UNKNOWN : String(s.ptoDays)) },
    { words: "  valued at", cell: (o) => money(o.parts.pto) },
  ];
  const ranked = comparison.offers;
  const heads = ranked.map((o) => `${o.rank}. ${o.id}`);
  const cells = rows.map((row) => ranked.map((o) => row.cell(o, offers[o.index]!)));
  const first = Math.max(...rows.map((row) => row.words.length));
  const widths = ranked.map((_, i) => Math.max(heads[i]!.length, ...cells.map((line) => line[i]!.length)));
  const line = (words: string, values: readonly string[]) =>
    `  ${words.padEnd(first)}   ${values.map((v, i) => v.padEnd(widths[i]!)).join("   ")}`.trimEnd();

  const partial = ranked.some((o) => o.unknown.length > 0);
  const lines = [
    style.bold(
      `Offers compared, a year in ${comparison.currency}${partial ? " (unknown terms are not counted)" : ""}:`,
    ),
    "",
    style.bold(line("", heads)),
    ...rows.map((row, r) => (row.bold ? style.bold(line(row.words, cells[r]!)) : line(row.words, cells[r]!))),
  ];
  if (partial) lines.push("", style.dim(FOOTNOTE));

  lines.push("", style.bold("Answer by, soonest first:"));
  const named = Math.max(...ranked.map((o) => o.id.length));
  for (const { id, deadline, passed } of comparison.deadlines) {
    const at = `${when(deadline)} (${toZoned(deadline).timeZoneId})`;
    lines.push(`  ${id.padEnd(named)}   ${passed ? style.red(`${at}, passed`) : style.cyan(at)}`);
  }
  for (const offer of ranked) {
    if (offer.deadline === undefined) lines.push(`  ${offer.id.padEnd(named)}   ${style.dim("no deadline given")}`);
  }

  lines.push("", style.bold("Why:"));
  for (const why of comparison.why)
    lines.push(`  - ${why.text}${why.source ? ` ${style.dim(`[${why.source}]`)}` : ""}`);
  return lines;
}
