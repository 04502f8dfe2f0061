import type { PayPeriod, RangeSource } from "../model/enums.js";
import type { Money } from "../model/offer.js";
import type { Why } from "../model/plan.js";

/** What to do with an offer. */
export type NegotiationRecommendation = "negotiate" | "negotiate-other-terms" | "accept" | "consider-declining";

/** How likely the counter is to strain the talks. */
export type NegotiationRisk = "low" | "medium" | "high";

/** Terms other than base pay worth asking for (E-NEG-LEVERS). */
export type LeverKind = "sign-on-bonus" | "start-date" | "pto-days" | "title" | "review-timing";

/** One term to ask for besides the base, with a suggested size where one makes sense. */
export interface NegotiationLever {
  kind: LeverKind;
  /** What to ask for, in a sentence. */
  text: string;
  /** A suggested one-time amount (sign-on bonus), precise per E-NEG-PRECISE. */
  amount?: Money;
  /** A suggested span: extra days off, or weeks of delay for the start date. */
  span?: { min: number; max: number; unit: "day" | "week" };
  /** Months until an early pay review. */
  months?: number;
  /** Evidence id. */
  source: string;
}

/** Where the range the advice works in came from: the offer's own (`posted`, `given`, `estimated`), market data, or the offer plus the room employers report. */
export type AdviceRangeSource = RangeSource | "market" | "offer";

/**
 * What to do with an offer and how. `ask`, `target` and `floor` are base pay in the offer's currency
 * and `period`: `ask` is the precise figure to say first (above the offer, never above the cap),
 * `target` what to aim to settle at (between the offer and the ask), `floor` the least to accept
 * (the offer, or the walk-away when higher). `leverage` runs from 0 to 1 (0.5 is neutral).
 * Every reason in `why[]` names its rule and evidence id.
 */
export interface NegotiationAdvice {
  recommendation: NegotiationRecommendation;
  ask?: Money;
  target?: Money;
  floor?: Money;
  /** The pay period of `ask`, `target` and `floor` (the offer's). */
  period: PayPeriod;
  /** The range the advice works in, when it could be known or estimated. */
  range?: { min: Money; max: Money; source: AdviceRangeSource; estimated: boolean };
  /** Where the offer sits in `range`: 0 at its minimum, 1 at its maximum (may fall outside). */
  offerPosition?: number;
  leverage: number;
  levers: NegotiationLever[];
  risk: NegotiationRisk;
  why: Why[];
}
