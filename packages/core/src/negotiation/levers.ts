import { toMoney } from "../money/exact.js";
import type { NegotiationPolicy } from "../policy/defaults.js";
import type { Offer } from "../schema/offer.js";
import type { SignOn } from "./sign-on.js";
import type { LeverKind, NegotiationLever } from "./types.js";

/**
 * The terms besides base pay that employers are often freer to move (E-NEG-LEVERS), in the order to
 * raise them. `signOn` is the suggested one-time bonus (a precise figure, saying how it was sized),
 * when there is one; none of them speaks of a counter.
 */
export function leversFor(
  kinds: readonly LeverKind[],
  offer: Offer,
  signOn: SignOn | null,
  policy: NegotiationPolicy,
): NegotiationLever[] {
  const { startDateWeeks, extraPtoDays, reviewMonths } = policy.levers;
  const out: NegotiationLever[] = [];
  for (const kind of kinds) {
    switch (kind) {
      case "sign-on-bonus":
        if (signOn) {
          out.push({
            kind,
            text: signOn.text,
            amount: toMoney(signOn.amount),
            sizedFrom: signOn.sizedFrom,
            source: "E-NEG-LEVERS",
          });
        } else {
          out.push({ kind, text: "A one-time sign-on bonus.", source: "E-NEG-LEVERS" });
        }
        break;
      case "start-date":
        out.push({
          kind,
          text: `A start date ${startDateWeeks.min} to ${startDateWeeks.max} weeks later than proposed, if a break or a notice period helps you.`,
          span: { ...startDateWeeks, unit: "week" },
          source: "E-NEG-LEVERS",
        });
        break;
      case "pto-days": {
        const offered = offer.ptoDays === undefined ? "" : ` on top of the ${offer.ptoDays} offered`;
        out.push({
          kind,
          text: `${extraPtoDays.min} to ${extraPtoDays.max} more paid days off a year${offered}.`,
          span: { ...extraPtoDays, unit: "day" },
          source: "E-NEG-LEVERS",
        });
        break;
      }
      case "title":
        out.push({ kind, text: "A title that matches the level of the work you will do.", source: "E-NEG-LEVERS" });
        break;
      case "review-timing":
        out.push({
          kind,
          text: `A pay review after ${reviewMonths} months instead of the usual year.`,
          months: reviewMonths,
          source: "E-NEG-LEVERS",
        });
        break;
    }
  }
  return out;
}
