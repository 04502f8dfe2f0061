/*
 * How a letter's head is set out in each language: which page layout each paper takes, how the
 * place-and-date line and the subject line read, and what a continuation page is headed with.
 * Shared by the PDF and Word renderers. The positions themselves are in `measures.ts`, each with
 * its source; this file only says which one each language uses.
 */
import { AfterviewValidationError } from "@afterview/core";
import type { Document } from "@afterview/templates";
import {
  A4_DIN_5008_B,
  A4_RIGHT_WINDOW,
  type LetterGeometry,
  type PaperSize,
  US_LETTER,
  US_LETTER_DATE_BELOW,
} from "./measures.js";

/** One language's (or one country's) conventions for a letter. */
export interface LetterConvention {
  /** What the layout follows, in a few words (for documentation and test names). */
  name: string;
  /** The page for each paper size. */
  papers: Readonly<Record<PaperSize, LetterGeometry>>;
  /**
   * The place-and-date line: `placed` when the sender's locality is known (`{place}`), else
   * `alone`; `{date}` is the date as the document gives it, already in its language.
   */
  dateLine: { placed: string; alone: string };
  /**
   * The word a subject line may start with (`Betreff`, `Objet`, `Asunto`): read off a subject that
   * already has it, then printed before the subject with `separator` when `print` is set.
   * `undefined` leaves the subject as the document gives it.
   */
  subjectLabel?: { word: string; separator: string; print: boolean };
  /** The words for a continuation page's number (`{n}`). */
  page: string;
}

const ENGLISH: LetterConvention = {
  name: "English business letter (block format)",
  papers: { letter: US_LETTER, a4: A4_DIN_5008_B },
  dateLine: { placed: "{date}", alone: "{date}" },
  page: "page {n}",
};

const GERMAN: LetterConvention = {
  name: "DIN 5008, form B",
  papers: { letter: US_LETTER, a4: A4_DIN_5008_B },
  // DIN 5008: "Berlin, 24. November 2026" in the information block, or the date alone.
  dateLine: { placed: "{place}, {date}", alone: "{date}" },
  // DIN 5008 sets the subject in bold with no "Betreff:" before it.
  subjectLabel: { word: "Betreff", separator: ": ", print: false },
  page: "Seite {n}",
};

const FRENCH: LetterConvention = {
  name: "French letter (NF Z 11-001), right-hand window",
  papers: { letter: US_LETTER_DATE_BELOW, a4: A4_RIGHT_WINDOW },
  dateLine: { placed: "{place}, le {date}", alone: "Le {date}" },
  // A narrow no-break space (U+202F) before the colon, as the templates set French text.
  subjectLabel: { word: "Objet", separator: "\u202f: ", print: true },
  page: "page {n}",
};

const CANADIAN_FRENCH: LetterConvention = {
  ...FRENCH,
  name: "Quebec French letter (OQLF)",
  // The OQLF puts a full no-break space (U+00A0) before the colon.
  subjectLabel: { word: "Objet", separator: "\u00a0: ", print: true },
};

const SPANISH: LetterConvention = {
  name: "Spanish letter, right-hand window",
  papers: { letter: US_LETTER_DATE_BELOW, a4: A4_RIGHT_WINDOW },
  dateLine: { placed: "{place}, {date}", alone: "{date}" },
  subjectLabel: { word: "Asunto", separator: ": ", print: true },
  page: "página {n}",
};

/** The conventions by locale or, failing that, by language; anything else is set out as English. */
const CONVENTIONS: Readonly<Record<string, LetterConvention>> = {
  en: ENGLISH,
  de: GERMAN,
  fr: FRENCH,
  "fr-CA": CANADIAN_FRENCH,
  es: SPANISH,
};

/**
 * Where US Letter is the paper in the shops (and A4 is not): the United States, Canada and Mexico.
 * A document for anywhere else is on A4 unless asked.
 */
const LETTER_PAPER_REGIONS: ReadonlySet<string> = new Set(["US", "CA", "MX"]);

/**
 * The conventions a document's letter follows, from its locale (`de-AT`: German, DIN 5008).
 *
 * @example
 * ```ts
 * letterConvention("fr-FR").name;
 * //=> "French letter (NF Z 11-001), right-hand window"
 * ```
 */
export function letterConvention(locale: string): LetterConvention {
  const language = locale.split("-")[0]!.toLowerCase();
  return CONVENTIONS[locale] ?? CONVENTIONS[language] ?? ENGLISH;
}

/**
 * The letter page for a renderer's `paper` option, shared by the PDF and Word renderers: by default
 * `letter` where US Letter is the usual paper (`en-US`, `fr-CA`, `es-MX`) and `a4` elsewhere
 * (`en-GB`, `de-*`, `fr-FR`, `es-ES`); then the layout of the locale's conventions on that paper.
 *
 * @throws {AfterviewValidationError} on `paper` when it is neither.
 */
export function letterGeometry(paper: unknown, locale: string): LetterGeometry {
  const size = paper ?? defaultPaper(locale);
  if (size !== "letter" && size !== "a4") {
    throw new AfterviewValidationError(
      [{ path: "paper", message: 'expected "letter" or "a4"', code: "invalid_value" }],
      { subject: "options" },
    );
  }
  return letterConvention(locale).papers[size];
}

/**
 * The paper a locale's letters are on unless asked: `letter` in the United States, Canada and
 * Mexico, `a4` elsewhere. The envelope follows it (#10 for Letter, DL for A4).
 *
 * @example
 * ```ts
 * defaultPaper("es-MX");
 * //=> "letter"
 * ```
 */
export function defaultPaper(locale: string): PaperSize {
  const region = locale.split("-")[1]?.toUpperCase() ?? "";
  return LETTER_PAPER_REGIONS.has(region) ? "letter" : "a4";
}

/** The head's lines as the conventions print them. */
export interface LetterHeadText {
  /** The place-and-date line. */
  date?: string;
  /** The subject line. */
  subject?: string;
}

/**
 * The place-and-date line and the subject line of a (printable) document, as its locale's
 * conventions print them: `Berlin, 24. November 2026` and the subject without `Betreff:`;
 * `Lyon, le 24 novembre 2026` and `Objet : …`; `Madrid, 24 de noviembre de 2026` and
 * `Asunto: …`. The place is the sender's locality when their address is known in parts; a date
 * that already starts with it is printed as given. English documents come back unchanged.
 *
 * @example
 * ```ts
 * letterHeadText({ ...letter, locale: "fr-FR", date: "24 novembre 2026", subject: "Entretien",
 *   from: { lines: ["Alex Morgan"], address: { lines: ["3 rue Mercière"], locality: "Lyon", postalCode: "69002", country: "FR" } } });
 * //=> { date: "Lyon, le 24 novembre 2026", subject: "Objet\u202f: Entretien" }
 * ```
 */
export function letterHeadText(doc: Document): LetterHeadText {
  const convention = letterConvention(doc.locale);
  const out: LetterHeadText = {};
  if (doc.date) out.date = dateLine(doc.date, doc.from?.address?.locality?.trim(), convention);
  if (doc.subject) out.subject = subjectLine(doc.subject, convention);
  return out;
}

function dateLine(date: string, place: string | undefined, convention: LetterConvention): string {
  if (place && date.startsWith(`${place},`)) return date;
  const pattern = place ? convention.dateLine.placed : convention.dateLine.alone;
  return fill(pattern, { place: place ?? "", date });
}

function subjectLine(subject: string, convention: LetterConvention): string {
  const label = convention.subjectLabel;
  if (!label) return subject;
  // A subject that already starts with the word and a colon ("Betreff: ", "Objet : ") is read without them.
  const given = new RegExp(`^${label.word}[\\s\\u00a0\\u202f]*:\\s*`, "iu");
  const bare = subject.replace(given, "");
  if (bare === "") return subject;
  return label.print ? `${label.word}${label.separator}${bare}` : bare;
}

/**
 * The line heading a continuation page: whom the letter is to, the date as the document gives it,
 * and the page number in the letter's language (`Dana Whitfield, November 24, 2026, page 2`;
 * `…, Seite 2`; `…, página 2`).
 */
export function continuationHeader(doc: Document, page: number): string {
  const who = doc.to?.name || doc.to?.lines[0];
  const number = fill(letterConvention(doc.locale).page, { n: String(page) });
  return [who, doc.date, number].filter(Boolean).join(", ");
}

/** A pattern with `{name}` slots filled (a function replacer, so `$` in a value is printed as it is). */
function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
