import type { FormOfAddress, PayPeriod } from "@afterview/core/schema";
import type { DocumentKind, Locale } from "../../document/types.js";
import type { CalendarDate } from "../../locale/dates.js";
import type { Tone } from "../../registry/tones.js";
import { clean, firstName } from "../../text/clean.js";
import { countryNameIn } from "../country-name.js";
import type { Addressee, LanguageWords, LeverWords } from "../types.js";

/*
 * Spanish words for Spain (es-ES) and Mexico (es-MX). Every sentence about the reader uses usted,
 * and nothing here needs the reader's or the candidate's gender: a gendered greeting
 * (`Estimada Sra. García:`) is written only when the caller gave `formOfAddress` `ms` or `mr`.
 *
 * Months and weekdays are tables of our own, not `Intl.DateTimeFormat`: ICU has changed Spanish
 * date patterns between versions (`24 nov 2026`, `martes, 24 de noviembre`), and a letter must come
 * out byte for byte the same on every Node and browser.
 */

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;

const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"] as const;

/** The weekday of a date in the proleptic Gregorian calendar, lower case (`martes`). */
function weekday(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
}

/** `24 de noviembre de 2026`: the same in Spain and Mexico. */
function longDate(date: CalendarDate, _locale: Locale): string {
  return `${date.day} de ${MONTHS[date.month - 1]} de ${date.year}`;
}

/** `martes 24 de noviembre`: lower case, as it stands in a sentence (`el martes 24 de noviembre`). */
function dayAndDate(date: CalendarDate, _locale: Locale): string {
  return `${weekday(date)} ${date.day} de ${MONTHS[date.month - 1]}`;
}

/**
 * `y` becomes `e` before a word that begins with the sound /i/ (`i-`, `hi-`, accented or not), but
 * not before a diphthong (`hie-`, `hia-`: `agua y hielo`). Quotes or brackets before the word are skipped.
 */
function andBefore(next: string): "y" | "e" {
  const word = next
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase();
  if (!/^h?i/u.test(word)) return "y";
  return /^hi[aeou]/u.test(word) ? "y" : "e";
}

/**
 * `A`, `A y B`, `A, B y C` (no comma before the last `y` in Spanish), with `e` before an /i/ sound
 * (`Lucía e Ignacio`). When an item holds a comma of its own (not one inside a number, as in
 * `$80,000`), items are separated by semicolons (`Madrid, España; Lyon, Francia; y Berlín`).
 */
function list(items: readonly string[], _locale: Locale): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  const last = items.at(-1)!;
  const and = andBefore(last);
  if (items.length === 2) return `${items[0]} ${and} ${last}`;
  // A comma between digits (`$80,000` in Mexico) is part of a number, not of the phrase.
  const nested = items.some((item) => /(?<!\d),|,(?!\d)/u.test(item));
  if (nested) return `${items.slice(0, -1).join("; ")}; ${and} ${last}`;
  return `${items.slice(0, -1).join(", ")} ${and} ${last}`;
}

/** Particles that belong to a surname (`de la Fuente`, `del Río`). */
const PARTICLES = new Set(["de", "del", "la", "las", "los", "y", "san", "van", "von", "da", "do", "dos"]);

/**
 * The surname(s) a greeting uses. Most Spanish and Mexican names carry two surnames, which a formal
 * greeting may use together (`Sra. Fernández Ortega`). Two or three words: all but the first
 * (`Lucía Fernández Ortega` → `Fernández Ortega`); four or more: the last two with any particles
 * before them, so a compound first name is left out (`María José Fernández Ortega` →
 * `Fernández Ortega`, `Ana de la Fuente Ruiz` → `de la Fuente Ruiz`).
 */
export function surname(name: string): string {
  const words = name.split(" ").filter(Boolean);
  if (words.length <= 1) return name;
  if (words.length <= 3) return words.slice(1).join(" ");
  let start = words.length - 2;
  while (start > 1 && PARTICLES.has(words[start - 1]!.toLowerCase())) start--;
  return words.slice(start).join(" ");
}

/** Feminine forms of the academic and professional titles that have one; the others are the same for everyone. */
const FEMININE: Readonly<Record<string, Record<"es-ES" | "es-MX", string>>> = {
  "dr.": { "es-ES": "Dra.", "es-MX": "Dra." },
  "prof.": { "es-ES": "Prof.ª", "es-MX": "Profa." },
  "lic.": { "es-ES": "Lic.", "es-MX": "Lic." },
  "ldo.": { "es-ES": "Lda.", "es-MX": "Lic." },
  "mtro.": { "es-ES": "Mtra.", "es-MX": "Mtra." },
  "sr.": { "es-ES": "Sra.", "es-MX": "Sra." },
};

/**
 * A title as typed, in the form for a woman when the form of address is `ms` (`Dr.` → `Dra.`,
 * `Prof.` → `Prof.ª` in Spain, `Profa.` in Mexico); titles without a feminine form (`Ing.`, `Lic.`,
 * `Arq.`) and every title for `mr` stay as given. A title of several words is changed word by word
 * (`Prof. Dr.` → `Prof.ª Dra.`).
 */
export function titleFor(title: string, kind: "ms" | "mr", locale: Locale): string {
  if (kind === "mr") return title;
  const variant = locale === "es-MX" ? "es-MX" : "es-ES";
  return title
    .split(" ")
    .filter(Boolean)
    .map((word) => {
      const key = word.toLowerCase().replace(/\.?$/u, ".");
      return FEMININE[key]?.[variant] ?? word;
    })
    .join(" ");
}

/*
 * The greeting without a gender, for `mx`, `none` or no `formOfAddress`: a time-of-day greeting and
 * the name as a vocative, `Buenos días, Alex Morgan:`. It needs no gendered word (no `Estimado/a`,
 * no `Sr./Sra.`), following the strategy "no visibilizar el género cuando no lo exija la situación
 * comunicativa" of the United Nations' Spanish guidelines on gender-inclusive language
 * (Naciones Unidas, "Orientaciones para el empleo de un lenguaje inclusivo en cuanto al género en
 * español", https://www.un.org/es/gender-inclusive-language/guidelines.shtml), which also advise
 * asking the person how they wish to be addressed (what `formOfAddress` records). The comma before
 * the name (a vocative) and the colon after the greeting follow the RAE's Ortografía de la lengua
 * española (2010) on the colon in the heading of letters and emails (`Hola, Ana:`). See README.md.
 */
const NEUTRAL = "Buenos días";

/**
 * The greeting line, always closed by a colon (the body then starts on a new line with a capital).
 * - `formal`: `Estimada Sra. Fernández Ortega:` (`ms`), `Estimado Sr. Ruiz:` (`mr`), a title in
 *   place of Sr./Sra. (`Estimada Dra. Fernández:`, `Estimado Lic. Ruiz:`); otherwise
 *   `Buenos días, Lucía Fernández Ortega:` (with a title: `Buenos días, Dr. Alex Morgan:`).
 * - `warm`: `Estimada Lucía:` / `Estimado Javier:`; otherwise `Buenos días, Alex:`.
 * - `brief`: `Hola, Lucía:` in emails and notes (no gender in it for anyone); on a posted letter
 *   as `warm`.
 * Without a name: `Buenos días:` (never `Estimados señores`).
 */
function salutation(person: Addressee, tone: Tone, locale: Locale, kind: DocumentKind): string {
  const name = clean(person.name);
  if (!name) return `${NEUTRAL}:`;
  const form = person.formOfAddress;
  const gendered = form?.kind === "ms" || form?.kind === "mr" ? form.kind : undefined;
  const title = clean(form?.title);
  if (tone === "brief" && kind !== "letter") return `Hola, ${firstName(name)}:`;
  if (tone === "formal") {
    if (gendered) {
      const courtesy = title ? titleFor(title, gendered, locale) : gendered === "ms" ? "Sra." : "Sr.";
      return `${gendered === "ms" ? "Estimada" : "Estimado"} ${courtesy} ${surname(name)}:`;
    }
    return `${NEUTRAL}, ${title ? `${title} ` : ""}${name}:`;
  }
  if (gendered) return `${gendered === "ms" ? "Estimada" : "Estimado"} ${firstName(name)}:`;
  return `${NEUTRAL}, ${firstName(name)}:`;
}

/**
 * The closing formula, with a comma before the signature. `formal`: `Atentamente,` in both
 * countries; `warm`: `Un cordial saludo,` in Spain, `Saludos cordiales,` in Mexico; `brief`:
 * `Saludos,`.
 */
function closing(_person: Addressee, tone: Tone, locale: Locale, _kind: DocumentKind): string {
  if (tone === "formal") return "Atentamente,";
  if (tone === "warm") return locale === "es-MX" ? "Saludos cordiales," : "Un cordial saludo,";
  return "Saludos,";
}

/**
 * A lever as a noun phrase with its article, to follow a verb (`comentar un bono de incorporación
 * de 7500 €`); the templates never put it after `de` or `a`, so no `del`/`al` is needed.
 */
function lever(words: LeverWords, locale: Locale): string | undefined {
  const mx = locale === "es-MX";
  switch (words.kind) {
    case "sign-on-bonus":
      return words.amount ? `un bono de incorporación de ${words.amount}` : "un bono de incorporación";
    case "pto-days":
      return "más días de vacaciones";
    case "start-date":
      return mx ? "una fecha de ingreso más tardía" : "una fecha de incorporación más tardía";
    case "title":
      return "el nombre del puesto";
    case "review-timing":
      return words.months === undefined
        ? "una revisión salarial anticipada"
        : `una revisión salarial a los ${words.months} ${words.months === 1 ? "mes" : "meses"}`;
    case "equity":
      return "una mayor participación en acciones";
    case "relocation":
      return mx ? "apoyo con los gastos de mudanza" : "ayuda con los gastos de traslado";
    case "remote":
      return mx ? "algunos días de trabajo remoto" : "algunos días de teletrabajo";
    default:
      return undefined;
  }
}

const PER: Readonly<Record<PayPeriod, string>> = { year: "al año", month: "al mes", hour: "por hora" };

/** Ordinals for `persona` (feminine), for an interviewer whose name and title are unknown. */
const ORDINALS = [
  "primera",
  "segunda",
  "tercera",
  "cuarta",
  "quinta",
  "sexta",
  "séptima",
  "octava",
  "novena",
  "décima",
];

/** A country's name in Spanish, upper case (`ESPAÑA`, `MÉXICO`); the code itself when the runtime has no name for it. */
/** The address block's first line: `Sra. Lucía Fernández Ortega`, `Dra. …`, `Sr. Andrés Molina`, else the name; without one, the department. */
function postalName(name: string | undefined, form: FormOfAddress | undefined, locale: Locale): string {
  if (name === undefined) return "Departamento de Selección";
  if (form?.kind === "ms" || form?.kind === "mr") {
    const title = form.title ? titleFor(form.title, form.kind, locale) : form.kind === "ms" ? "Sra." : "Sr.";
    return `${title} ${name}`;
  }
  return form?.title ? `${form.title} ${name}` : name;
}

/** Everything the views write in Spanish outside the template files. */
export const words: LanguageWords = {
  longDate,
  dayAndDate,
  weekday,
  list,
  salutation,
  closing,
  // `Gracias por {{meeting}}` and `{{met}} con {{metWith}}`: no participle, so no gender.
  meeting: {
    onsite: { meeting: "recibirme", met: "me reuní" },
    phone: { meeting: "atenderme por teléfono", met: "hablé por teléfono" },
    video: { meeting: "atenderme por videollamada", met: "hablé por videollamada" },
  },
  // `Hola, {{hello}}, soy …`: with no first name, `Hola, buenos días, soy …`.
  someone: "buenos días",
  you: "usted",
  team: "el equipo",
  per: PER,
  lever,
  terms: {
    base: (amount, period) => `Salario base: ${amount} ${PER[period]}`,
    signOnBonus: (amount) => `Bono de incorporación: ${amount}`,
    equity: (amount, years) =>
      years === 0
        ? `Acciones: ${amount}, consolidadas desde el primer día`
        : `Acciones: ${amount}, que se consolidan en ${years} ${years === 1 ? "año" : "años"}`,
    paidLeave: (days) => `Vacaciones: ${days} ${days === 1 ? "día" : "días"} al año`,
    startDate: (date, locale) => `${locale === "es-MX" ? "Fecha de ingreso" : "Fecha de incorporación"}: ${date}`,
  },
  conversation: (who, topics) =>
    who ? `Su conversación con ${who} sobre ${topics}` : `Su conversación sobre ${topics}`,
  checks: {
    name: (self) => (self ? "su nombre y cómo se escribe" : "el nombre y cómo se escribe"),
    spelled: (self, spelledOut) =>
      self
        ? `cómo se escribe su nombre (lo tengo como ${spelledOut})`
        : `cómo se escribe el nombre (lo tengo como ${spelledOut})`,
    title: (self) => (self ? "su cargo" : "el cargo"),
    reach: (self, address) =>
      self ? `que su dirección para cartas es ${address}` : `que la dirección para cartas es ${address}`,
    address: (self) => (self ? "su dirección postal para enviarle una carta" : "la dirección postal para la carta"),
    email: (self) =>
      self
        ? "un correo electrónico de contacto si no le importa darlo"
        : "un correo electrónico de contacto si no hay inconveniente en darlo",
    late: (self) =>
      self
        ? "antes que nada, su correo electrónico (por correo postal, la carta llegaría después de la decisión)"
        : "antes que nada, un correo electrónico (por correo postal, la carta llegaría después de la decisión)",
    line: (who, needs) => `${who}: ${needs}`,
    who: ({ self, name, title, index }) => {
      if (self) return "Usted";
      if (name) return name;
      if (title) return `Quien ocupa el puesto de ${title}`;
      const ordinal = ORDINALS[index];
      return ordinal
        ? `La ${ordinal} persona con la que me entrevisté`
        : `La persona n.º ${index + 1} con la que me entrevisté`;
    },
  },
  postalName,
  countryName: countryNameIn("es"),
};
