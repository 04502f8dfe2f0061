import type { FormOfAddress, InterviewFormat, PayPeriod } from "@afterview/core/schema";
import type { DocumentKind, Locale } from "../document/types.js";
import type { CalendarDate } from "../locale/dates.js";
import type { Tone } from "../registry/tones.js";
import type { TemplateId } from "../registry/types.js";

/** The languages afterview writes, as BCP 47 primary subtags. */
export const LANGUAGES = ["en", "de", "fr", "es"] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** Whom a greeting or a closing formula addresses. */
export interface Addressee {
  /** The full name, when known (`"Dana Weber"`). */
  name?: string | undefined;
  /** Their job title, for a greeting without a name. */
  title?: string | undefined;
  /** How they wish to be greeted, as the caller gave it; never guessed from a name. */
  formOfAddress?: FormOfAddress | undefined;
  /** An English courtesy title given to `compose` (`honorific: "Dr"`), kept for the English letters. */
  honorific?: string | undefined;
}

/** A lever of a negotiation, as a view names it: its kind and, when the advice sizes it, its amount or months. */
export interface LeverWords {
  /** `"sign-on-bonus"`, `"pto-days"`, `"start-date"`, `"title"`, `"review-timing"`, `"equity"`, `"relocation"`, `"remote"`. */
  kind: string;
  /** The amount, already formatted for the locale (`"7.500 €"`), for a sized bonus. */
  amount?: string | undefined;
  /** Months until a pay review, for `review-timing`. */
  months?: number | undefined;
}

/**
 * Every word a view builds outside the template files, for one language. English is the model:
 * `languages/en/words.ts`. Values are plain text; templates decide where they go.
 */
export interface LanguageWords {
  /** A full date in the locale's style: `24. November 2026`, `24 novembre 2026`, `24 de noviembre de 2026`. */
  longDate(date: CalendarDate, locale: Locale): string;
  /** A date within the coming weeks, with its weekday: `Dienstag, 24. November`, `mardi 24 novembre`, `martes 24 de noviembre`. */
  dayAndDate(date: CalendarDate, locale: Locale): string;
  /** The weekday's name as it stands inside a sentence (`Dienstag`, `mardi`, `martes`). */
  weekday(date: CalendarDate): string;
  /** Phrases joined as a list: `A, B und C`; `A, B et C`; `A, B y C` (`e` before an `i`/`hi` sound). */
  list(items: readonly string[], locale: Locale): string | undefined;
  /** The greeting line, punctuation included (`Sehr geehrte Frau Dr. Weber,`, `Guten Tag Dana Weber,`). */
  salutation(person: Addressee, tone: Tone, locale: Locale, kind: DocumentKind): string;
  /** The closing formula, punctuation included (`Mit freundlichen Grüßen`, `Atentamente,`); may name the addressee (French). */
  closing(person: Addressee, tone: Tone, locale: Locale, kind: DocumentKind): string;
  /** The interview's format as phrases the templates may use: `meeting` (`meeting with me`) and `met` (`met`). */
  meeting: Readonly<Record<InterviewFormat, { meeting: string; met: string }>>;
  /** How a script refers to someone whose first name is unknown (`there` in `Hi there`). */
  someone: string;
  /** `you`, as one of the people listed with others (`you and Marek`). */
  you: string;
  /** The people met, when no name is known (`the team`). */
  team: string;
  /** A pay period after an amount: `a year`, `pro Jahr`, `par an`, `al año`. */
  per: Readonly<Record<PayPeriod, string>>;
  /** A lever as a phrase for a sentence to the employer (`a signing bonus of $7,500`); `undefined` for a kind it does not know. */
  lever(lever: LeverWords, locale: Locale): string | undefined;
  /** The offer's terms as list items (`Base salary: $95,000 a year`). */
  terms: {
    base(amount: string, period: PayPeriod): string;
    signOnBonus(amount: string, locale: Locale): string;
    /** `years` 0 means vested at once. */
    equity(amount: string, years: number): string;
    paidLeave(days: number, locale: Locale): string;
    startDate(date: string, locale: Locale): string;
  };
  /** The reflection's line about one conversation: `Your talk with Dana about the migration`. */
  conversation(who: string | undefined, topics: string): string;
  /** The recipients call script's checks, about the reader (`you`) or someone else (`them`). */
  checks: {
    /** `their name and how it is spelled` / `your name and how it is spelled`. */
    name(self: boolean): string;
    /** `how the name is spelled (I have D-A-N-A)`. */
    spelled(self: boolean, spelledOut: string): string;
    title(self: boolean): string;
    /** `that letters reach them at 200 Park Ave, New York`. */
    reach(self: boolean, address: string): string;
    address(self: boolean): string;
    email(self: boolean): string;
    /** An email address first, because by post a letter would arrive after the decision. */
    late(self: boolean): string;
    /** One line of the script: who it is about, then what to check (`Dana Whitfield: their job title`; French puts a no-break space before the colon). */
    line(who: string, needs: string): string;
    /** Who a line is about: `You`, the name, `The Engineering Manager`, `The second person I met`. */
    who(person: { self: boolean; name?: string | undefined; title?: string | undefined; index: number }): string;
  };
  /**
   * The first line of a posted letter's address block: the name as the envelope carries it
   * (`Frau Dr. Katrin Vogel`, `Madame Claire Dubois`, `Sra. Lucía Fernández`), with the form of
   * address only when the person gave one; without a name, the department to write to (`Hiring Team`).
   */
  postalName(name: string | undefined, form: FormOfAddress | undefined, locale: Locale): string;
  /** A country's name in this language, upper case, for the last line of an address abroad. */
  countryName(code: string): string;
}

/**
 * Everything afterview writes in one language: its templates, its words and its conventions. The
 * English pack is built in; the others are in the Node build and registered by browser apps with
 * `registerLanguage` (so an English-only bundle does not carry them).
 */
export interface LanguagePack {
  language: Language;
  /** The locales it writes, the first being the default (`de-DE`, `de-AT`, `de-CH`). */
  locales: readonly Locale[];
  /** What each tone means in this language, for `listTemplates` and the docs. */
  tones: Readonly<Record<Tone, string>>;
  /** Every template's mustache source by id and tone. */
  sources: Readonly<Record<TemplateId, Readonly<Record<Tone, string>>>>;
  words: LanguageWords;
  /**
   * Adapts the literal text of a template (never the values filled in) for one locale: British
   * spelling, `ss` for `ß` in de-CH, the space before `:;?!` in French (U+202F in France, none but
   * before `:` in Canada).
   */
  adapt(source: string, locale: Locale): string;
  /**
   * Optional, English only so far: the short name of a missed example for the other interviewers
   * (`the backfill tool I built`) and the example as written to the person it names (`When you asked`).
   * Packs without them send the example in full.
   */
  personal?: {
    exampleTopic(example: string): string | undefined;
    addressedTo(example: string, name: string): string;
  };
}
