import type { Exact } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { PayPeriod } from "../schema/enums.js";
import type { Why } from "../schema/plan.js";
import type { Fit } from "./context.js";
import type { Voice } from "./voice.js";
import { percent, showPer } from "./wording.js";

/** What leverage is built from, all in the offer's currency and period. */
export interface LeverageInput {
  base: Exact;
  period: PayPeriod;
  yearsExperience?: number | undefined;
  yearsRequired?: number | undefined;
  fit?: Fit | undefined;
  /** The market median and 75th percentile, when known. */
  p50?: Exact | undefined;
  p75?: Exact | undefined;
  /** The best competing offer's base, restated in the offer's terms. */
  bestCompeting?: Exact | undefined;
}

/** Leverage from 0 to 1 (0.5 neutral), whether any factor is in the candidate's favour, and the reasons. */
export interface Leverage {
  value: number;
  /** True when experience beyond the requirement, a strong fit or a better competing offer is in hand. */
  positive: boolean;
  /**
   * The reasons, worded for what the advice does (`voice`): only a counter speaks of a counter or an
   * ask. `ranged` says whether there is a range to place a counter in (not just the assumed room).
   */
  reasons(voice: Voice, ranged: boolean): Why[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Leverage = 0.5 + the sum of the factors' points, clamped to [0, 1] (weights in
 * `policy.negotiation.leverageWeights`, E-NEG-RANGE):
 * - experience: `experience × clamp((yearsExperience − yearsRequired) / max(yearsRequired, 1), −1, 1)`;
 * - fit: `+fit` when strong, `−fit` when partial;
 * - market: `+market` when the offer is below the median, `−market` when at or above the 75th percentile;
 * - competing offer: `+competingOffer` when one pays more than this offer.
 * Each factor only moves leverage up as the candidate's position improves.
 */
export function leverageOf(input: LeverageInput, policy: NegotiationPolicy): Leverage {
  const w = policy.leverageWeights;
  let points = 0;
  let positive = false;
  // Each factor keeps its facts; the words are chosen once the advice is known.
  const factors: ((voice: Voice, ranged: boolean) => Why)[] = [];
  const { yearsExperience: has, yearsRequired: needs } = input;
  if (has !== undefined && needs !== undefined) {
    const share = clamp((has - needs) / Math.max(needs, 1), -1, 1);
    points += w.experience * share;
    if (share > 0) positive = true;
    factors.push((voice) => ({
      rule: "negotiation.leverage.experience",
      text:
        has > needs
          ? `Your ${has} years of experience exceed the ${needs} the role asks for, which strengthens your case.`
          : has === needs
            ? `Your ${has} years of experience match what the role asks for.`
            : `Your ${has} years of experience are short of the ${needs} the role asks for${SHORT[voice]}`,
      source: "E-NEG-RANGE",
    }));
  }
  if (input.fit !== undefined) {
    const fit = input.fit;
    const fitPoints = fit === "strong" ? w.fit : fit === "partial" ? -w.fit : 0;
    points += fitPoints;
    if (fitPoints > 0) positive = true;
    factors.push((voice, ranged) => ({
      rule: "negotiation.leverage.fit",
      text:
        fit === "strong"
          ? `You fit the role strongly${voice === "counter" ? (ranged ? ": that supports a counter toward the upper half of the range." : ": that supports a bolder ask.") : STRONG[voice]}`
          : fit === "partial"
            ? `You meet the role only in part${PARTIAL[voice]}`
            : "You meet what the role asks for.",
      source: "E-NEG-RANGE",
    }));
  }
  const { p50, p75, bestCompeting } = input;
  if (p50 !== undefined && input.base.units < p50.units) {
    points += w.market;
    factors.push((voice) => ({
      rule: "negotiation.leverage.market",
      text: `The offer is below the market median of ${showPer(p50, input.period)}${BELOW_MEDIAN[voice]}`,
      source: "E-NEG-RANGE",
    }));
  } else if (p75 !== undefined && input.base.units >= p75.units) {
    points -= w.market;
    factors.push(() => ({
      rule: "negotiation.leverage.market",
      text: `The offer is already at or above the market's 75th percentile (${showPer(p75, input.period)}).`,
      source: "E-NEG-RANGE",
    }));
  }
  if (bestCompeting !== undefined && bestCompeting.units > input.base.units) {
    points += w.competingOffer;
    positive = true;
    const gap = Number(bestCompeting.units - input.base.units) / Number(input.base.units || 1n);
    factors.push(() => ({
      rule: "negotiation.leverage.competing-offer",
      text: `You hold a competing offer of ${showPer(bestCompeting, input.period)}, ${percent(gap)} above this one.`,
      source: "E-NEG-RANGE",
    }));
  }
  // Rounded to thousandths so the reasons and the output read cleanly (0.82, not 0.8200000000000001).
  return {
    value: Math.round(clamp(0.5 + points, 0, 1) * 1000) / 1000,
    positive,
    reasons: (voice, ranged) => factors.map((factor) => factor(voice, ranged)),
  };
}

// How each factor ends, by what the advice does: only a counter speaks of the ask or a counter.
const SHORT: Record<Voice, string> = {
  counter: ", so keep the ask modest.",
  terms: ", so keep what you ask for modest.",
  accept: ".",
  decline: ".",
};
const STRONG: Record<Voice, string> = {
  counter: ".",
  terms: ": that supports asking for better terms.",
  accept: ".",
  decline: ".",
};
const PARTIAL: Record<Voice, string> = {
  counter: ", which weakens a large counter.",
  terms: ", so ask for one or two of these terms rather than all of them.",
  accept: ".",
  decline: ".",
};
const BELOW_MEDIAN: Record<Voice, string> = {
  counter: ", so there is room to ask.",
  terms: ", a reason to ask for more in other terms.",
  accept: ".",
  decline: ".",
};
