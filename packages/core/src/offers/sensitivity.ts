import { currencyDigits, isoDigits } from "../money/digits.js";
import { type Exact, exact, toMoney } from "../money/exact.js";
import { show } from "../negotiation/wording.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { Why } from "../schema/plan.js";
import type { OfferComparison } from "./compare.js";
import { daysOffValue } from "./day-rate.js";
import { listed, type OfferTerm, pluralTerms, TERM_WORDS, termsOf } from "./unknown-terms.js";

/** The least value of one unknown term, alone, that would rank an offer first (see `OfferComparison.sensitivity`). */
export type BreakEven = OfferComparison["sensitivity"][number];

/** Where an offer stands in the ranking, on what is known, in minor units of the comparison currency. */
export interface Standing {
  id: string;
  index: number;
  /** Yearly base pay, which values a day off. */
  base: Exact;
  annualised: bigint;
  firstYear: bigint;
  unknown: readonly OfferTerm[];
}

type Policy = Pick<NegotiationPolicy, "weeksPerYear" | "daysPerWeek" | "compareYears">;

/** The most days off an offer may state. */
const MAX_DAYS = 366;

/**
 * For each offer below the first with unknown terms, the least of each unknown term alone that would
 * rank it first, computed exactly: the ranking's order (annualised total, then first year, then input
 * order) is checked at each candidate value, with days off valued as in the comparison, the target
 * bonus and equity (vesting evenly, no cliff) adding to both years, and the sign-on bonus to the first
 * year and `1/compareYears` of it to the annualised total. Amounts are rounded up to the currency's
 * unit in use, so each still suffices. The first offer's own unknown terms can only add to its lead.
 */
export function breakEvens(order: readonly Standing[], policy: Policy): BreakEven[] {
  const [first, ...rest] = order;
  if (!first) return [];
  const years = BigInt(policy.compareYears);
  const out: BreakEven[] = [];
  for (const offer of rest) {
    // Would `offer`, with these additions to its totals, sort before `first`?
    const ranksFirst = (annualised: bigint, firstYear: bigint): boolean => {
      const a = offer.annualised + annualised;
      const f = offer.firstYear + firstYear;
      if (a !== first.annualised) return a > first.annualised;
      if (f !== first.firstYear) return f > first.firstYear;
      return offer.index < first.index;
    };
    const gap = first.annualised - offer.annualised;
    for (const term of offer.unknown) {
      if (term === "ptoDays") {
        const days = least(BigInt(MAX_DAYS), (d) => {
          const value = daysOffValue(offer.base, Number(d), policy).units;
          return ranksFirst(value, value);
        });
        out.push({ id: offer.id, term, days: days === null ? null : Number(days) });
      } else {
        // Every amount past these bounds lifts the annualised total above the first offer's.
        const units =
          term === "signOnBonus"
            ? least((gap + 1n) * years, (x) => ranksFirst(x / years, x))
            : least(gap + 1n, (x) => ranksFirst(x, x));
        out.push({ id: offer.id, term, amount: toMoney(inUse({ units: units!, currency: first.base.currency })) });
      }
    }
  }
  return out;
}

/**
 * The ranking's sensitivity to unknown terms, in plain words: one reason per offer below the first
 * ("tokyo would rank first if it gives at least 14 days off a year"), and one for the first offer's own.
 */
export function sensitivityReasons(order: readonly Standing[], found: readonly BreakEven[]): Why[] {
  const [first, ...rest] = order;
  if (!first || rest.length === 0) return [];
  const why: Why[] = [];
  for (const offer of rest) {
    const mine = found.filter((b) => b.id === offer.id);
    if (mine.length === 0) continue;
    const ways = mine.flatMap((b): string[] => {
      if (b.term === "ptoDays")
        return b.days === null ? [] : [`it gives at least ${b.days} ${b.days === 1 ? "day" : "days"} off a year`];
      const per = b.term === "signOnBonus" ? "" : " a year";
      const what = b.term === "equity" ? "its equity vests at least" : `its ${TERM_WORDS[b.term].words} is at least`;
      return [`${what} ${show(exact(b.amount))}${per}`];
    });
    const noDays = mine.some((b) => b.term === "ptoDays" && b.days === null);
    let text: string;
    if (ways.length === 0)
      text = `${offer.id} would not rank first on its unknown days off alone, however many they are`;
    else {
      text = `${offer.id} would rank first if ${ways.join(", or if ")}`;
      if (noDays) text += "; no number of days off alone would do it";
      if (first.unknown.length > 0) {
        text += ` (more, if ${termsOf(first.id, first.unknown)} turn${pluralTerms(first.unknown) ? "" : "s"} out to be worth something)`;
      }
    }
    why.push({ rule: "offers.sensitivity", text: `${text}.`, source: "E-NEG-LEVERS" });
  }
  if (first.unknown.length > 0) {
    why.push({
      rule: "offers.sensitivity",
      text: `${first.id}'s own unknown ${listed(first.unknown.map((t) => TERM_WORDS[t].words))} could only add to its lead.`,
      source: "E-NEG-LEVERS",
    });
  }
  return why;
}

/** The least `x` in `0..hi` with `ok(x)`, for a monotone `ok`; `null` when even `hi` fails. */
function least(hi: bigint, ok: (x: bigint) => boolean): bigint | null {
  if (!ok(hi)) return null;
  if (ok(0n)) return 0n;
  let lo = 0n;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Rounded up to the unit the currency is used in (whole forints), so the amount still suffices. */
function inUse(value: Exact): Exact {
  const step = 10n ** BigInt(isoDigits(value.currency) - currencyDigits(value.currency));
  return { units: ((value.units + step - 1n) / step) * step, currency: value.currency };
}
