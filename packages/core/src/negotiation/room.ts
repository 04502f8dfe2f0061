import { type Exact, ratioOf, scale } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { PayPeriod, RangeSource } from "../schema/enums.js";
import type { Why } from "../schema/plan.js";
import type { AdviceRangeSource } from "./types.js";
import type { Voice } from "./voice.js";
import { percent, showPer } from "./wording.js";

/** Market percentiles restated in the offer's terms. */
export interface MarketFigures {
  p25?: Exact | undefined;
  p50?: Exact | undefined;
  p75?: Exact | undefined;
  p90?: Exact | undefined;
}

/**
 * The range the advice works in. `source: "offer"` is no range at all, only the room assumed above
 * the offer (E-NEG-ROOM): it bounds a counter but is never reported as a range.
 */
export interface Room {
  min: Exact;
  max: Exact;
  source: AdviceRangeSource | "offer";
  estimated: boolean;
  /** The range in a phrase, for other reasons: "the posted range", "the 10% room assumed above the offer". */
  name: string;
  /** Where the range comes from, worded for what the advice does. */
  why(voice: Voice): Why;
}

const up = (value: Exact, share: number): Exact => ({
  units: scale(value.units, { num: ratioOf(share).num + ratioOf(share).den, den: ratioOf(share).den }, "down"),
  currency: value.currency,
});

/**
 * The employer's range: the offer's own (a posted one per E-NEG-TRANSPARENCY is the best input), else
 * estimated from market percentiles (lowest of p25/p50 to highest of p75/p90; a single percentile
 * spreads `estimatedRoom` above itself), else no range at all: only the room most employers report
 * (`estimatedRoom` above the offer, E-NEG-ROOM), which bounds a counter and is called an assumption.
 * An estimate says so; only a counter or a request for other terms suggests asking for the range.
 */
export function roomOf(
  base: Exact,
  period: PayPeriod,
  range: { min: Exact; max: Exact; source?: RangeSource | undefined } | undefined,
  market: MarketFigures | undefined,
  policy: NegotiationPolicy,
): Room {
  const per = (x: Exact) => showPer(x, period);
  // Only advice that still talks with the employer suggests asking for their range.
  const askForRange = (voice: Voice) =>
    voice === "counter" || voice === "terms" ? " — ask for their range if you can" : "";
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
      name: words.charAt(0).toLowerCase() + words.slice(1),
      why: () => ({
        rule: "negotiation.range",
        text: `${words} is ${per(range.min)} to ${per(range.max)}.`,
        source: source === "posted" ? "E-NEG-TRANSPARENCY" : "E-NEG-RANGE",
      }),
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
      name: "the range estimated from market pay",
      why: (voice) => ({
        rule: "negotiation.range-estimate",
        text: `No range was given, so it is estimated from market pay as ${per(low)} to ${per(max)}; an estimate, not the employer's figure${askForRange(voice)}.`,
        source: "E-NEG-TRANSPARENCY",
      }),
    };
  }
  const max = up(base, policy.estimatedRoom);
  return {
    min: base,
    max,
    source: "offer",
    estimated: true,
    name: `the ${percent(policy.estimatedRoom)} room assumed above the offer`,
    why: (voice) => ({
      rule: "negotiation.range-estimate",
      text: `No range or market data was given, so the room is taken to be ${percent(policy.estimatedRoom)} above the offer (up to ${per(max)}), the room most employers report; an assumption, not a range${askForRange(voice)}.`,
      source: "E-NEG-ROOM",
    }),
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
