import type { Money } from "@afterview/core";

/**
 * The parts of core's `NegotiationAdvice` the offer templates read, typed by shape so any advice
 * object with these fields fits: the `recommendation`, the `ask` (what to request), the `target`
 * (what would be a good result), the `floor` (for the candidate's notes only, never said aloud),
 * the `levers` (other terms to ask for: core's `{ kind, text, amount?, months? }`, or a kind as a
 * string such as `"sign-on-bonus"`) and the reasons `why[]` (for the candidate's notes only).
 */
export interface ComposeNegotiation {
  recommendation?: "negotiate" | "negotiate-other-terms" | "accept" | "consider-declining" | undefined;
  ask?: Money | undefined;
  target?: Money | undefined;
  floor?: Money | undefined;
  levers?: readonly (string | object)[] | undefined;
  why?: readonly { text: string }[] | undefined;
}
