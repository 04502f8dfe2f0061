import type { PayPeriod, RangeSource } from "../schema/enums.js";
import type { Money } from "../schema/offer.js";
import type { Why } from "../schema/plan.js";

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
  /**
   * What `amount` was sized from, also said in `text`: `ask` (what the ask adds in the first year),
   * `range` (the gap to the range's midpoint), `market` (the gap to the market median) or `offer`
   * (a share of the yearly base). Absent when there is no amount.
   */
  sizedFrom?: "ask" | "range" | "market" | "offer";
  /** Evidence id. */
  source: string;
}

/** Where the range the advice works in came from: the offer's own (`posted`, `given`, `estimated`) or market data. */
export type AdviceRangeSource = RangeSource | "market";

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
  /**
   * The range the advice works in, when the offer or market data gives one. Absent with neither: the
   * room assumed above the offer then only bounds a counter (said in `why`), it is not a range.
   */
  range?: { min: Money; max: Money; source: AdviceRangeSource; estimated: boolean };
  /** Where the offer sits in `range`, when there is one: 0 at its minimum, 1 at its maximum (may fall outside). */
  offerPosition?: number;
  leverage: number;
  levers: NegotiationLever[];
  risk: NegotiationRisk;
  why: Why[];
}
