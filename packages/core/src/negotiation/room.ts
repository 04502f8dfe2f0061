import type { PayPeriod, RangeSource } from "../model/enums.js";
import type { Why } from "../model/plan.js";
import { type Exact, ratioOf, scale } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { AdviceRangeSource } from "./types.js";
import { percent, showPer } from "./wording.js";

/** Market percentiles restated in the offer's terms. */
export interface MarketFigures {
  p25?: Exact | undefined;
  p50?: Exact | undefined;
  p75?: Exact | undefined;
  p90?: Exact | undefined;
}

/** The range the advice works in. */
export interface Room {
  min: Exact;
  max: Exact;
  source: AdviceRangeSource;
  estimated: boolean;
  why: Why;
}

const up = (value: Exact, share: number): Exact => ({
  units: scale(value.units, { num: ratioOf(share).num + ratioOf(share).den, den: ratioOf(share).den }, "down"),
  currency: value.currency,
});

/**
 * The employer's range: the offer's own (a posted one per E-NEG-TRANSPARENCY is the best input), else
 * estimated from market percentiles (lowest of p25/p50 to highest of p75/p90; a single percentile
 * spreads `estimatedRoom` above itself), else from the offer and the room employers report
 * (`estimatedRoom`, E-NEG-ROOM). An estimate says so.
 */
export function roomOf(
  base: Exact,
  period: PayPeriod,
  range: { min: Exact; max: Exact; source?: RangeSource | undefined } | undefined,
  market: MarketFigures | undefined,
  policy: NegotiationPolicy,
): Room {
  const per = (x: Exact) => showPer(x, period);
  if (range) {
    const source = range.source ?? "given";
    const words =
      source === "posted"
        ? "The posted range"
        : source === "given"
          ? "The range the employer gave"
          : "Your estimate of the range";
    return {
      min: range.min,
      max: range.max,
      source,
      estimated: source === "estimated",
      why: {
        rule: "negotiation.range",
        text: `${words} is ${per(range.min)} to ${per(range.max)}.`,
        source: source === "posted" ? "E-NEG-TRANSPARENCY" : "E-NEG-RANGE",
      },
    };
  }
  const known = market
    ? [market.p25, market.p50, market.p75, market.p90].filter((x): x is Exact => x !== undefined)
    : [];
  if (known.length > 0) {
    const low = market?.p25 ?? market?.p50 ?? known[0]!;
    const high = market?.p90 ?? market?.p75 ?? known[known.length - 1]!;
    const spread = high.units > low.units;
    const max = spread ? high : up(high, policy.estimatedRoom);
    return {
      min: low,
      max,
      source: "market",
      estimated: true,
      why: {
        rule: "negotiation.range-estimate",
        text: `No range was given, so it is estimated from market pay as ${per(low)} to ${per(max)}; an estimate, not the employer's figure — ask for their range if you can.`,
        source: "E-NEG-TRANSPARENCY",
      },
    };
  }
  const max = up(base, policy.estimatedRoom);
  return {
    min: base,
    max,
    source: "offer",
    estimated: true,
    why: {
      rule: "negotiation.range-estimate",
      text: `No range or market data was given, so the room is estimated at ${percent(policy.estimatedRoom)} above the offer (up to ${per(max)}), the room most employers report; an estimate — ask for their range if you can.`,
      source: "E-NEG-ROOM",
    },
  };
}

/** Where `value` sits in the room: 0 at its minimum, 1 at its maximum (may fall outside); 0 for an empty range. */
export function positionIn(value: Exact, room: Room): number {
  const width = room.max.units - room.min.units;
  if (width <= 0n) return value.units >= room.max.units ? 1 : 0;
  return Number(((value.units - room.min.units) * 10_000n) / width) / 10_000;
}

/** The point at `position` (0..1) of the room, rounded down to a minor unit. */
export function pointIn(room: Room, position: number): Exact {
  const width = room.max.units - room.min.units;
  if (width <= 0n) return room.max;
  // Rounded to ten-thousandths first, so float noise (0.6599999999999999) does not shave a grid step.
  const share = Math.round(position * 10_000) / 10_000;
  return { units: room.min.units + scale(width, ratioOf(share), "down"), currency: room.min.currency };
}
