import type { Exact } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { Why } from "../schema/plan.js";
import type { NegotiationRisk } from "./types.js";
import { percent } from "./wording.js";

/**
 * How likely the ask is to strain the talks: score = (ask − offer) / offer ÷ `riskFullRaise` (0.25,
 * past the 10–20% of E-NEG-SIZE's common advice), plus `riskNoCompetingOffer` (0.25) when no better offer is
 * in hand. Low up to 0.5, medium up to 1, high above. Grows with the ask and without a competing offer.
 */
export function riskOf(
  base: Exact,
  ask: Exact,
  hasBetterOffer: boolean,
  policy: NegotiationPolicy,
): { risk: NegotiationRisk; why: Why } {
  const raise = base.units === 0n ? 1 : Number(((ask.units - base.units) * 1_000_000n) / base.units) / 1_000_000;
  const score = raise / policy.riskFullRaise + (hasBetterOffer ? 0 : policy.riskNoCompetingOffer);
  const risk: NegotiationRisk = score <= 0.5 ? "low" : score <= 1 ? "medium" : "high";
  const offerWords = hasBetterOffer ? "with a better offer in hand" : "with no competing offer in hand";
  return {
    risk,
    why: {
      rule: "negotiation.risk",
      text: `Risk ${risk}: the ask is ${percent(raise)} above the offer, ${offerWords}.`,
      source: "E-NEG-SIZE",
    },
  };
}
