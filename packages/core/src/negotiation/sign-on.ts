import { largestExactAmount } from "../money/decimals.js";
import { isoDigits } from "../money/digits.js";
import { type Exact, ratioOf, scale, unitsOf } from "../money/exact.js";
import { convertPeriod } from "../money/pay-period.js";
import { preciseAtMost } from "../money/precise.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { PayPeriod } from "../schema/enums.js";
import { MAX_AMOUNT } from "../schema/offer.js";
import type { Room } from "./room.js";
import type { NegotiationLever } from "./types.js";
import { percent, show, showPer } from "./wording.js";

/** A suggested sign-on bonus: a precise figure, what it was sized from, and how, in words. */
export interface SignOn {
  amount: Exact;
  sizedFrom: NonNullable<NegotiationLever["sizedFrom"]>;
  /** The sentence for the lever, naming the amount and how it was sized. */
  text: string;
}

/** What a sign-on bonus is sized from, all in the offer's currency and period. */
export interface SignOnInput {
  base: Exact;
  period: PayPeriod;
  /** The ask, when the advice counters. */
  ask?: Exact | undefined;
  room: Room;
  /** The market median, when known. */
  p50?: Exact | undefined;
}

/**
 * The one-time sign-on bonus to suggest (E-NEG-LEVERS), a precise figure (E-NEG-PRECISE), sized from
 * what the advice knows and saying so:
 * - with a counter: what the ask adds to a year's pay (the bonus stands in for the ask);
 * - without one, a year of the gap between the offer and the first of: the middle of the employer's
 *   range (new hires are commonly placed below it, E-NEG-RANGE), the market median, the middle of the
 *   range estimated from market pay, that lies above the offer;
 * - with no range and no market data: `estimatedRoom` (10%) of a year's base, the room most employers
 *   report on a first offer (E-NEG-ROOM).
 * `null` when a range or market data leaves no gap above the offer (the lever is then unsized).
 */
export function signOnFor(input: SignOnInput, policy: NegotiationPolicy): SignOn | null {
  const { base, period, room } = input;
  const digits = isoDigits(base.currency);
  // A year of a huge hourly figure can pass the largest amount money may hold; the bonus stops there.
  const ceiling = unitsOf(Math.min(MAX_AMOUNT, largestExactAmount(digits)), digits);
  const precise = (units: bigint) =>
    preciseAtMost({ units: units < ceiling ? units : ceiling, currency: base.currency });
  const yearOf = (gap: bigint): Exact | null =>
    gap <= 0n ? null : precise(convertPeriod({ units: gap, currency: base.currency }, period, "year", policy).units);
  if (input.ask) {
    const amount = yearOf(input.ask.units - base.units);
    return (
      amount && {
        amount,
        sizedFrom: "ask",
        text: `If the base cannot reach the ask: a one-time sign-on bonus of ${show(amount)}, about what the ask adds to the first year's pay.`,
      }
    );
  }
  if (room.source === "offer") {
    const amount = precise(
      scale(convertPeriod(base, period, "year", policy).units, ratioOf(policy.estimatedRoom), "down"),
    );
    return (
      amount && {
        amount,
        sizedFrom: "offer",
        text: `A one-time sign-on bonus of ${show(amount)}, about ${percent(policy.estimatedRoom)} of a year's base pay: the room most employers report on a first offer.`,
      }
    );
  }
  const middle: Exact = { units: room.min.units + (room.max.units - room.min.units) / 2n, currency: base.currency };
  const marks: { mark: Exact | undefined; sizedFrom: "range" | "market"; words: string }[] = [
    { mark: room.source === "market" ? undefined : middle, sizedFrom: "range", words: `the middle of ${room.name}` },
    { mark: input.p50, sizedFrom: "market", words: "the market median" },
    { mark: room.source === "market" ? middle : undefined, sizedFrom: "market", words: `the middle of ${room.name}` },
  ];
  for (const { mark, sizedFrom, words } of marks) {
    if (mark === undefined) continue;
    const amount = yearOf(mark.units - base.units);
    if (amount) {
      return {
        amount,
        sizedFrom,
        text: `A one-time sign-on bonus of ${show(amount)}: a year of the gap between the offer and ${words} (${showPer(mark, period)}).`,
      };
    }
  }
  return null;
}
