import type { FormOfAddress, InterviewFormat, PayPeriod } from "@afterview/core/schema";
import type { DocumentKind, Locale } from "../../document/types.js";
import type { CalendarDate } from "../../locale/dates.js";
import type { Tone } from "../../registry/tones.js";
import { clean, surname } from "../../text/clean.js";
import { countryNameIn } from "../country-name.js";
import type { Addressee, LanguageWords, LeverWords } from "../types.js";

/*
 * The German words a view builds outside the template files, for de-DE, de-AT and de-CH. Month and
 * weekday names are our own tables rather than `Intl.DateTimeFormat`, so a document is the same
 * byte for byte on every ICU version (and so de-AT can write `Jänner`, as Austrian letters do).
 */

/** Months as German letters write them; index 0 is January. */
const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
] as const;

/** Weekdays, index 0 = Sunday (as `Date#getUTCDay` counts). */
const WEEKDAYS = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] as const;

/** The month's name in the locale: Austria writes `Jänner` for January in letters; Germany and Switzerland `Januar`. */
function monthName(month: number, locale: Locale): string {
  if (month === 1 && locale === "de-AT") return "Jänner";
  return MONTHS[month - 1] ?? String(month);
}

/** Day of the week from the proleptic Gregorian calendar (no clock or time zone is read). */
function weekdayOf(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/**
 * Swiss Standard German writes `ss` for `ß`. Only our own words pass through here; names,
 * addresses and topics the candidate typed are never respelled.
 */
export function swiss(text: string, locale: Locale): string {
  return locale === "de-CH" ? text.replaceAll("ß", "ss") : text;
}

/**
 * The greeting line. Gender is never guessed: `Frau` and `Herr` are used only when the person's
 * `formOfAddress` says `ms` or `mr`; otherwise (`mx`, `none`, or nothing given) the full name follows
 * the neutral `Guten Tag`. An academic title (`Dr.`, `Mag.`) goes before the surname.
 * - `formal`: `Sehr geehrte Frau Dr. Weber,` / `Sehr geehrter Herr Krüger,` / `Guten Tag Kim Nowak,`.
 * - `warm`, `brief`, and every spoken script: `Guten Tag Frau Dr. Weber,` / `Guten Tag Kim Nowak,`.
 * - No name: `Guten Tag,` (a job title cannot be greeted without a gendered article or ending, and
 *   `Sehr geehrte Damen und Herren` assumes two genders).
 */
function salutation(person: Addressee, tone: Tone, _locale: Locale, kind: DocumentKind): string {
  const name = clean(person.name);
  if (!name) return "Guten Tag,";
  const form = person.formOfAddress;
  const title = clean(form?.title);
  const titled = (rest: string) => (title ? `${title} ${rest}` : rest);
  if (form?.kind === "ms" || form?.kind === "mr") {
    const polite = `${form.kind === "ms" ? "Frau" : "Herr"} ${titled(surname(name))}`;
    if (tone === "formal" && kind !== "script") {
      return `${form.kind === "ms" ? "Sehr geehrte" : "Sehr geehrter"} ${polite},`;
    }
    return `Guten Tag ${polite},`;
  }
  return `Guten Tag ${titled(name)},`;
}

/**
 * The closing formula, with no comma after it (German letters set none): `Mit freundlichen Grüßen`
 * (formal), `Viele Grüße` (warm), `Freundliche Grüße` (brief); `Grüsse` in Switzerland.
 */
function closing(_person: Addressee, tone: Tone, locale: Locale, _kind: DocumentKind): string {
  const formula = tone === "formal" ? "Mit freundlichen Grüßen" : tone === "warm" ? "Viele Grüße" : "Freundliche Grüße";
  return swiss(formula, locale);
}

/**
 * Phrases joined as prose: `A`, `A und B`, `A, B und C` (German sets no comma before `und`). When
 * a phrase holds a comma of its own, semicolons separate them instead: `A, B; C und D`.
 */
function list(items: readonly string[], _locale: Locale): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  const separator = items.some((item) => item.includes(",")) ? "; " : ", ";
  return `${items.slice(0, -1).join(separator)} und ${items.at(-1)}`;
}

/**
 * The interview's format. `meeting` is a bare neuter noun, so a template can give it any article
 * or case (`für das Gespräch`, `nach unserem Telefonat`); `met` is the participle after `mit … `
 * (`Ich habe mit Ihrem Team telefoniert`).
 */
const MEETING: Readonly<Record<InterviewFormat, { meeting: string; met: string }>> = {
  onsite: { meeting: "Gespräch", met: "gesprochen" },
  phone: { meeting: "Telefonat", met: "telefoniert" },
  video: { meeting: "Videogespräch", met: "per Video gesprochen" },
};

const PER: Readonly<Record<PayPeriod, string>> = { year: "pro Jahr", month: "pro Monat", hour: "pro Stunde" };

/**
 * A lever as a noun phrase whose accusative is its nominative (`über … sprechen`, and as a list item): `eine Antrittsprämie von 7.500 €`,
 * `eine Gehaltsüberprüfung schon nach 6 Monaten`. No phrase holds a comma, so a list of them reads
 * `A, B und C`. Switzerland says `Ferien` for paid leave.
 */
function lever(words: LeverWords, locale: Locale): string | undefined {
  switch (words.kind) {
    case "sign-on-bonus":
      return words.amount ? `eine Antrittsprämie von ${words.amount}` : "eine Antrittsprämie";
    case "pto-days":
      return locale === "de-CH" ? "mehr Ferientage" : "mehr Urlaubstage";
    case "start-date":
      return "ein späteres Eintrittsdatum";
    case "title":
      return "die Stellenbezeichnung";
    case "review-timing":
      if (words.months === undefined) return "eine frühere Gehaltsüberprüfung";
      return `eine Gehaltsüberprüfung schon nach ${words.months === 1 ? "einem Monat" : `${words.months} Monaten`}`;
    case "equity":
      return "eine höhere Mitarbeiterbeteiligung";
    case "relocation":
      return "Unterstützung bei den Umzugskosten";
    case "remote":
      return "einzelne Tage im Homeoffice";
    default:
      return undefined;
  }
}

/** The offer's terms as list items: `Grundgehalt: 78.000 € pro Jahr`, `Urlaub: 30 Tage im Jahr`. */
const terms: LanguageWords["terms"] = {
  base: (amount, period) => (period === "hour" ? `Stundenlohn: ${amount}` : `Grundgehalt: ${amount} ${PER[period]}`),
  signOnBonus: (amount) => `Antrittsprämie: ${amount}`,
  equity: (amount, years) =>
    `Mitarbeiterbeteiligung: ${amount}, ${years === 0 ? "sofort unverfallbar" : `Vesting über ${years} ${years === 1 ? "Jahr" : "Jahre"}`}`,
  paidLeave: (days, locale) =>
    `${locale === "de-CH" ? "Ferien" : "Urlaub"}: ${days} ${days === 1 ? "Tag" : "Tage"} im Jahr`,
  startDate: (date) => `Arbeitsbeginn: ${date}`,
};

/** The reflection's line about one conversation; `topics` as typed for `über` (accusative). */
function conversation(who: string | undefined, topics: string): string {
  return who ? `Ihr Gespräch mit ${who} über ${topics}` : `Ihr Gespräch über ${topics}`;
}

const ORDINALS = ["erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte"];

/** The recipients call's checks, as noun phrases (or an `ob` clause) after `Könnten Sie mir Folgendes bestätigen?`. */
const checks: LanguageWords["checks"] = {
  name: (self) => (self ? "Ihr Name und seine Schreibweise" : "der Name und seine Schreibweise"),
  spelled: (self, spelledOut) =>
    `${self ? "die Schreibweise Ihres Namens" : "die Schreibweise des Namens"} (ich habe ${spelledOut} notiert)`,
  title: (self) => (self ? "Ihre Stellenbezeichnung" : "die Stellenbezeichnung"),
  reach: (self, address) => (self ? `ob Briefe Sie unter ${address} erreichen` : `ob Briefe unter ${address} ankommen`),
  address: (self) => (self ? "Ihre Postanschrift für einen Brief" : "die Postanschrift für einen Brief"),
  email: (self) => (self ? "gern auch Ihre E-Mail-Adresse" : "gern auch eine E-Mail-Adresse"),
  late: (self) =>
    `zuerst ${self ? "Ihre" : "eine"} E-Mail-Adresse (per Post käme ein Brief erst nach der Entscheidung an)`,
  line: (who, needs) => `${who}: ${needs}`,
  who: (person) => {
    if (person.self) return "Sie selbst";
    if (person.name) return person.name;
    if (person.title) return person.title;
    const ordinal = ORDINALS[person.index];
    return ordinal ? `Die ${ordinal} Person im Gespräch` : `Person ${person.index + 1} im Gespräch`;
  },
};

/** The address block's first line: `Frau Dr. Katrin Vogel`, `Herrn Jonas Becker` (DIN 5008), else the name; without one, the department. */
function postalName(name: string | undefined, form: FormOfAddress | undefined): string {
  if (name === undefined) return "Personalabteilung";
  const titled = form?.title ? `${form.title} ${name}` : name;
  if (form?.kind === "ms") return `Frau ${titled}`;
  if (form?.kind === "mr") return `Herrn ${titled}`;
  return titled;
}

/**
 * German: dates `24. November 2026` (`Jänner` in Austria), `A, B und C`, greetings that never guess
 * gender, and `ß` written `ss` in Switzerland.
 *
 * @example
 * ```ts
 * germanWords.longDate({ year: 2027, month: 1, day: 4 }, "de-AT");
 * //=> "4. Jänner 2027"
 * germanWords.salutation({ name: "Dana Weber", formOfAddress: { kind: "ms", title: "Dr." } }, "formal", "de-DE", "letter");
 * //=> "Sehr geehrte Frau Dr. Weber,"
 * ```
 */
export const germanWords: LanguageWords = {
  longDate: (date, locale) => `${date.day}. ${monthName(date.month, locale)} ${date.year}`,
  dayAndDate: (date, locale) => `${weekdayOf(date)}, ${date.day}. ${monthName(date.month, locale)}`,
  weekday: weekdayOf,
  list,
  salutation,
  closing,
  meeting: MEETING,
  // German scripts greet with `salutation` (`Guten Tag Frau Weber,`), never a bare first name; this is for a view that needs a word anyway.
  someone: "Sie",
  // The views put `you` and `team` after `mit` (`mit Ihnen und Kim`, `mit Ihrem Team`), so both are dative.
  you: "Ihnen",
  team: "Ihrem Team",
  per: PER,
  lever,
  terms,
  conversation,
  checks,
  postalName,
  countryName: countryNameIn("de"),
};
