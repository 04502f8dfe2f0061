import type { Money, NegotiationAdvice } from "@afterview/core";

/**
 * A term to ask for besides the base, as the offer templates read it: core's `NegotiationLever`
 * (`{ kind, text, amount?, months? }`) fits, and so does a lever of another kind with a `label`.
 */
export interface ComposeLever {
  /** `sign-on-bonus`, `pto-days`, `start-date`, `title`, `review-timing`, or another kind. */
  kind: string;
  /** What to ask for, in a sentence (for the candidate's notes). */
  text?: string | undefined;
  /** How to name a kind the templates do not know, in a sentence to the employer. */
  label?: string | undefined;
  /** A suggested one-time amount (a sign-on bonus). */
  amount?: Money | undefined;
  /** Months until an early pay review. */
  months?: number | undefined;
}

/**
 * The parts of core's `NegotiationAdvice` the offer templates read; the advice itself fits as it
 * is. The `recommendation`, the `ask` (what to request), the `target` (what would be a good
 * result), the `floor` (for the candidate's notes only, never said aloud), the `levers` (other
 * terms to ask for, or just their kinds such as `"sign-on-bonus"`) and the reasons `why[]` (for the
 * candidate's notes only).
 */
export interface ComposeNegotiation {
  recommendation?: NegotiationAdvice["recommendation"] | undefined;
  ask?: Money | undefined;
  target?: Money | undefined;
  floor?: Money | undefined;
  levers?: readonly (ComposeLever | string)[] | undefined;
  why?: readonly { text: string }[] | undefined;
}
