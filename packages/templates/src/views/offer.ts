import type { Offer } from "@afterview/core";
import type { PayPeriod } from "@afterview/core/schema";
import type { ComposeLever } from "../compose/negotiation.js";
import type { Locale } from "../document/types.js";
import { calendarDate, dateIn, dayAndDate, longDate } from "../locale/dates.js";
import { formatAmount } from "../locale/money.js";
import { asPhrase, asSentence, clean, phraseList } from "../text/clean.js";
import { joinAnd } from "../text/join.js";
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

const PER: Record<PayPeriod, string> = { hour: "an hour", month: "a month", year: "a year" };

/** Names for the levers core's `adviseNegotiation` suggests (and a few common others). */
const LEVERS: Record<string, Record<Locale, string>> = {
  "sign-on-bonus": { "en-US": "a signing bonus", "en-GB": "a joining bonus" },
  "pto-days": { "en-US": "more paid time off", "en-GB": "more annual leave" },
  "start-date": { "en-US": "a later start date", "en-GB": "a later start date" },
  title: { "en-US": "the job title", "en-GB": "the job title" },
  "review-timing": { "en-US": "an earlier pay review", "en-GB": "an earlier pay review" },
  equity: { "en-US": "a larger equity grant", "en-GB": "a larger equity grant" },
  relocation: { "en-US": "help with relocation costs", "en-GB": "help with relocation costs" },
  remote: { "en-US": "some remote work", "en-GB": "some remote working" },
};

function leverKind(lever: ComposeLever | string): string | undefined {
  return clean(typeof lever === "string" ? lever : lever.kind)
    ?.toLowerCase()
    .replace(/[\s_]+/gu, "-");
}

/**
 * A lever as a phrase for a sentence to the employer: a known kind by its name (`a signing bonus of
 * $7,500` when the advice sizes it, `an earlier pay review, after 6 months`), else the lever's own
 * `label`, else the kind's words.
 */
export function leverPhrase(lever: ComposeLever | string, locale: Locale): string | undefined {
  const kind = leverKind(lever);
  const record: ComposeLever | undefined = typeof lever === "string" ? undefined : lever;
  const known = kind ? LEVERS[kind]?.[locale] : undefined;
  if (known) {
    if (kind === "sign-on-bonus" && record?.amount) return `${known} of ${formatAmount(record.amount, locale)}`;
    if (kind === "review-timing" && record?.months !== undefined) return `${known}, after ${record.months} months`;
    return known;
  }
  const label = asPhrase(record?.label);
  if (label) return label;
  return kind ? asPhrase(kind.replace(/-+/gu, " ")) : undefined;
}

/** A lever for the candidate's own list: the advice's sentence (`text`) when it has one, else the phrase. */
export function leverItem(lever: ComposeLever | string, locale: Locale): string | undefined {
  const text = typeof lever === "string" ? undefined : asSentence(lever.text);
  if (text) return text;
  const phrase = leverPhrase(lever, locale);
  return phrase ? capitalise(phrase) : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
}

function termsOf(offer: Offer, locale: Locale): string[] {
  const terms = [`Base salary: ${formatAmount(offer.base, locale)} ${PER[offer.period]}`];
  if (offer.signOnBonus) {
    terms.push(`${locale === "en-GB" ? "Joining" : "Signing"} bonus: ${formatAmount(offer.signOnBonus, locale)}`);
  }
  if (offer.equity) {
    const years = offer.equity.vestingYears;
    const vesting = years === 0 ? "vested at once" : `vesting over ${years} ${years === 1 ? "year" : "years"}`;
    terms.push(`Equity: ${formatAmount(offer.equity.amount, locale)}, ${vesting}`);
  }
  if (offer.ptoDays !== undefined) {
    terms.push(`${locale === "en-GB" ? "Annual leave" : "Paid time off"}: ${offer.ptoDays} days a year`);
  }
  if (offer.startDate) terms.push(`Start date: ${longDate(calendarDate(offer.startDate), locale)}`);
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
  const leverPhrases = levers.map((lever) => leverPhrase(lever, locale)).filter((item): item is string => !!item);
  const leverItems = levers.map((lever) => leverItem(lever, locale)).filter((item): item is string => !!item);
  const strengths = phraseList(input.notes?.strengths);
  const ask = !otherTermsOnly && negotiation?.ask ? formatAmount(negotiation.ask, locale) : undefined;
  return {
    ...commonView(r),
    base: offer ? `${formatAmount(offer.base, locale)} ${PER[offer.period]}` : undefined,
    startDate: offer?.startDate ? longDate(calendarDate(offer.startDate), locale) : undefined,
    deadline: offer?.deadline ? dayAndDate(dateIn(offer.deadline, input.company.timeZone), locale) : undefined,
    terms: offer ? termsOf(offer, locale) : [],
    ask,
    asking: ask !== undefined || leverPhrases.length > 0,
    target: negotiation?.target ? formatAmount(negotiation.target, locale) : undefined,
    floor: negotiation?.floor ? formatAmount(negotiation.floor, locale) : undefined,
    levers: joinAnd([...new Set(leverPhrases)], locale),
    leverItems: [...new Set(leverItems)],
    reasons: (negotiation?.why ?? []).map((why) => asSentence(why.text)).filter((text): text is string => !!text),
    strengths,
    hasStrengths: strengths.length > 0,
    strength: strengths[0],
    otherTermsOnly,
  };
}
