import type { Offer } from "@afterview/core";
import type { ComposeLever } from "../compose/negotiation.js";
import { calendarDate, dateIn } from "../locale/dates.js";
import { formatAmount } from "../locale/money.js";
import { asPhrase, asSentence, clean, phraseList } from "../text/clean.js";
import { type CommonView, commonView } from "./common.js";
import type { Resolved } from "./resolved.js";

/** The view of the negotiation email and call script, the acceptance and the decline. */
export interface OfferView extends CommonView {
  /** `$95,000 a year`, when there is an offer. */
  base: string | undefined;
  /** The start date as a full date. */
  startDate: string | undefined;
  /** When the answer is due: `Friday, December 4`. */
  deadline: string | undefined;
  /** The terms of the offer as list items (`Base salary: $95,000 a year`). */
  terms: string[];
  /** The base pay to ask for, when the advice is to counter on base. */
  ask: string | undefined;
  /** A good result, for the candidate's notes. */
  target: string | undefined;
  /** The lowest acceptable result, for the candidate's notes only. */
  floor: string | undefined;
  /** Other terms to ask for, as prose: `a signing bonus of $7,500 and more paid time off`. */
  levers: string | undefined;
  /** The same for the candidate's notes, in the advice's own sentences where it gives them. */
  leverItems: string[];
  /** The advice's reasons, for the candidate's notes. */
  reasons: string[];
  /** What sets the candidate apart, as list items. */
  strengths: string[];
  hasStrengths: boolean;
  /** The one strength a brief email has room for: the first the candidate listed. */
  strength: string | undefined;
  /** `true` when the email asks for something (the base, or other terms). */
  asking: boolean;
  /** `true` when base pay is fixed or the advice is to negotiate other terms only. */
  otherTermsOnly: boolean;
}

function leverKind(lever: ComposeLever | string): string | undefined {
  return clean(typeof lever === "string" ? lever : lever.kind)
    ?.toLowerCase()
    .replace(/[\s_]+/gu, "-");
}

/**
 * A lever as a phrase for a sentence to the employer: a known kind by its name in the language
 * (`a signing bonus of $7,500` when the advice sizes it, `an earlier pay review, after 6 months`),
 * else the lever's own `label`, else the kind's words.
 */
export function leverPhrase(lever: ComposeLever | string, r: Pick<Resolved, "words" | "locale">): string | undefined {
  const kind = leverKind(lever);
  const record: ComposeLever | undefined = typeof lever === "string" ? undefined : lever;
  if (kind) {
    const amount = record?.amount ? formatAmount(record.amount, r.locale) : undefined;
    const known = r.words.lever({ kind, amount, months: record?.months }, r.locale);
    if (known) return known;
  }
  const label = asPhrase(record?.label);
  if (label) return label;
  return kind ? asPhrase(kind.replace(/-+/gu, " ")) : undefined;
}

/** A lever for the candidate's own list: the advice's sentence (`text`) when it has one, else the phrase. */
export function leverItem(lever: ComposeLever | string, r: Pick<Resolved, "words" | "locale">): string | undefined {
  // The advice's own sentences are core's English: other languages name the lever in their own words.
  const english = r.locale.startsWith("en");
  const text = typeof lever === "string" || !english ? undefined : asSentence(lever.text);
  if (text) return text;
  const phrase = leverPhrase(lever, r);
  return phrase ? capitalise(phrase, r.locale) : undefined;
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function termsOf(offer: Offer, r: Resolved): string[] {
  const { words, locale } = r;
  const terms = [words.terms.base(formatAmount(offer.base, locale), offer.period)];
  if (offer.signOnBonus) terms.push(words.terms.signOnBonus(formatAmount(offer.signOnBonus, locale), locale));
  if (offer.equity)
    terms.push(words.terms.equity(formatAmount(offer.equity.amount, locale), offer.equity.vestingYears));
  if (offer.ptoDays !== undefined) terms.push(words.terms.paidLeave(offer.ptoDays, locale));
  if (offer.startDate) terms.push(words.terms.startDate(words.longDate(calendarDate(offer.startDate), locale), locale));
  return terms;
}

/**
 * Builds the offer view: the offer's terms in the reader's conventions (`$95,000 a year`, a joining
 * bonus in Britain), and from the negotiation advice the ask, the levers as phrases and the reasons.
 * The base is countered only when the advice says so and the salary is not fixed.
 */
export function offerView(r: Resolved): OfferView {
  const { offer, negotiation, input } = r.context;
  const locale = r.locale;
  const otherTermsOnly = offer?.salaryFixed === true || negotiation?.recommendation === "negotiate-other-terms";
  const levers = negotiation?.levers ?? [];
  const leverPhrases = levers.map((lever) => leverPhrase(lever, r)).filter((item): item is string => !!item);
  const leverItems = levers.map((lever) => leverItem(lever, r)).filter((item): item is string => !!item);
  const strengths = phraseList(input.notes?.strengths);
  const ask = !otherTermsOnly && negotiation?.ask ? formatAmount(negotiation.ask, locale) : undefined;
  return {
    ...commonView(r),
    base: offer ? `${formatAmount(offer.base, locale)} ${r.words.per[offer.period]}` : undefined,
    startDate: offer?.startDate ? r.words.longDate(calendarDate(offer.startDate), locale) : undefined,
    deadline: offer?.deadline ? r.words.dayAndDate(dateIn(offer.deadline, input.company.timeZone), locale) : undefined,
    terms: offer ? termsOf(offer, r) : [],
    ask,
    asking: ask !== undefined || leverPhrases.length > 0,
    target: negotiation?.target ? formatAmount(negotiation.target, locale) : undefined,
    floor: negotiation?.floor ? formatAmount(negotiation.floor, locale) : undefined,
    levers: r.words.list([...new Set(leverPhrases)], locale),
    leverItems: [...new Set(leverItems)],
    reasons: (negotiation?.why ?? []).map((why) => asSentence(why.text)).filter((text): text is string => !!text),
    strengths,
    hasStrengths: strengths.length > 0,
    strength: strengths[0],
    otherTermsOnly,
  };
}
