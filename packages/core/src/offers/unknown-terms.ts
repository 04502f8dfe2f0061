import type { Offer } from "../schema/offer.js";
import type { RankedOffer } from "./compare.js";

/**
 * The offer terms besides base pay that an offer may leave unstated. An unstated term is unknown,
 * not zero: an offer that has none says so with 0 (`ptoDays: 0`, `signOnBonus: { amount: 0, … }`).
 */
export type OfferTerm = RankedOffer["unknown"][number];

/** The terms in the order they are reported: days off first, the one offers most often leave out. */
export const OFFER_TERMS: readonly OfferTerm[] = ["ptoDays", "targetBonus", "signOnBonus", "equity"];

/** Each term in words, and whether the words are plural ("days off are"). */
export const TERM_WORDS: Readonly<Record<OfferTerm, { words: string; plural: boolean }>> = {
  targetBonus: { words: "target bonus", plural: false },
  signOnBonus: { words: "sign-on bonus", plural: false },
  equity: { words: "equity", plural: false },
  ptoDays: { words: "days off", plural: true },
};

/** The terms `offer` does not state, in {@link OFFER_TERMS} order. */
export function unknownTerms(offer: Offer): OfferTerm[] {
  return OFFER_TERMS.filter((term) => offer[term] === undefined);
}

/** `a`, `a and b`, `a, b and c`. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "acme's days off and sign-on bonus", for a reason's text. */
export function termsOf(id: string, terms: readonly OfferTerm[]): string {
  return `${id}'s ${listed(terms.map((t) => TERM_WORDS[t].words))}`;
}

/** Whether a list of terms reads as plural: "are" or "is". */
export function pluralTerms(terms: readonly OfferTerm[]): boolean {
  return terms.length > 1 || terms.some((t) => TERM_WORDS[t].plural);
}
