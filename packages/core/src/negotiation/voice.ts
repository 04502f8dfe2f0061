import type { NegotiationRecommendation } from "./types.js";

/**
 * What the advice does, so every reason and lever speaks of that alone: `counter` names a figure
 * above the offer; `terms` leaves the base as it is and asks for other terms; `accept` takes the
 * offer; `decline` weighs saying no. Only `counter` may talk of a counter, an ask or a target.
 */
export type Voice = "counter" | "terms" | "accept" | "decline";

/** The voice of each recommendation. */
export const VOICE_OF = {
  negotiate: "counter",
  "negotiate-other-terms": "terms",
  accept: "accept",
  "consider-declining": "decline",
} as const satisfies Record<NegotiationRecommendation, Voice>;
