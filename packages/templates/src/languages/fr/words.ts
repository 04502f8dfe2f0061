import type { FormOfAddress } from "@afterview/core/schema";
import type { Locale } from "../../document/types.js";
import { countryNameIn } from "../country-name.js";
import type { LanguageWords, LeverWords } from "../types.js";
import { dayAndDate, longDate, weekday } from "./dates.js";
import { closing, salutation } from "./letter-conventions.js";
import { frenchSpacing, NBSP } from "./typography.js";

/*
 * Every word the French views build outside the template files. Nothing here agrees in gender with
 * the candidate or the reader: checks say `son nom`, `lui`, `la personne`, never `il` or `elle`.
 * A colon in a term takes U+00A0 before it, right in both France and Canada, so the terms that are
 * given no locale are still right in both.
 */

const canada = (locale: Locale) => locale === "fr-CA";

/** Names for the levers core's `adviseNegotiation` suggests (and a few common others): France, then Quebec. */
const LEVERS: Record<string, readonly [fr: string, ca: string]> = {
  "sign-on-bonus": ["une prime de bienvenue", "une prime à la signature"],
  "pto-days": ["des jours de congé supplémentaires", "des jours de vacances supplémentaires"],
  "start-date": ["une date de début plus tardive", "une date d'entrée en fonction plus tardive"],
  title: ["l'intitulé du poste", "le titre du poste"],
  "review-timing": ["une révision salariale anticipée", "une révision salariale anticipée"],
  equity: ["une attribution d'actions plus importante", "une attribution d'actions plus importante"],
  relocation: ["une aide au déménagement", "une aide au déménagement"],
  remote: ["une part de télétravail", "une part de télétravail"],
};

const ORDINALS = [
  "première",
  "deuxième",
  "troisième",
  "quatrième",
  "cinquième",
  "sixième",
  "septième",
  "huitième",
  "neuvième",
  "dixième",
];

const PER = { hour: "de l'heure", month: "par mois", year: "par an" } as const;

/**
 * A lever as the object of `échanger sur …`: `une prime de bienvenue de 7 500 €`, `une révision
 * salariale au bout de 6 mois`.
 */
function lever(item: LeverWords, locale: Locale): string | undefined {
  const names = LEVERS[item.kind];
  if (!names) return undefined;
  const name = names[canada(locale) ? 1 : 0];
  if (item.kind === "sign-on-bonus" && item.amount) return `${name} de ${item.amount}`;
  if (item.kind === "review-timing" && item.months !== undefined) {
    return `une révision salariale au bout de ${item.months} mois`;
  }
  return name;
}

/**
 * Phrases joined as French lists them: `A et B`, `A, B et C`, with no comma before `et`. When an item
 * holds a comma of its own, items are parted by semicolons (`A, x ; B et C`), spaced for the locale.
 */
function list(items: readonly string[], locale: Locale): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  const separator = items.some((item) => item.includes(",")) ? frenchSpacing(" ; ", locale) : ", ";
  return `${items.slice(0, -1).join(separator)} et ${items.at(-1)}`;
}

/** The country's name in French, upper case, as the last line of an address abroad (`ALLEMAGNE`). */
/** The address block's first line: `Madame Claire Dubois`, `Monsieur Karim Benali`, else the name; without one, the department. */
function postalName(name: string | undefined, form: FormOfAddress | undefined): string {
  if (name === undefined) return "Service du recrutement";
  if (form?.kind === "ms") return `Madame ${name}`;
  if (form?.kind === "mr") return `Monsieur ${name}`;
  return name;
}

/** `1 jour`, `25 jours`. */
const days = (count: number) => `${count} ${count === 1 || count === 0 ? "jour" : "jours"}`;

/** French in France (`fr-FR`) and in Quebec (`fr-CA`). */
export const words: LanguageWords = {
  longDate: (date) => longDate(date),
  dayAndDate: (date) => dayAndDate(date),
  weekday,
  list,
  salutation,
  closing,
  /**
   * `meeting` is a noun phrase after `Merci pour …` (`Merci pour notre entretien téléphonique de
   * mardi`); `met` takes the people after it (`J'ai eu un entretien avec vous et Julien`), so it
   * reads the same whether `vous` is among them or not.
   */
  meeting: {
    onsite: { meeting: "notre entretien", met: "eu un entretien avec" },
    phone: { meeting: "notre entretien téléphonique", met: "eu un entretien téléphonique avec" },
    video: { meeting: "notre entretien en visioconférence", met: "eu un entretien en visioconférence avec" },
  },
  // A French script says `Bonjour` alone to someone whose name it does not know; the templates test
  // `{{#first}}` instead of using `hello`, so this is never printed.
  someone: "",
  you: "vous",
  team: "l'équipe",
  per: PER,
  lever,
  terms: {
    base: (amount, period) => `Salaire de base${NBSP}: ${amount} ${PER[period]}`,
    signOnBonus: (amount, locale) =>
      `${canada(locale) ? "Prime à la signature" : "Prime de bienvenue"}${NBSP}: ${amount}`,
    equity: (amount, years) =>
      `Actions${NBSP}: ${amount}, ${years === 0 ? "acquises immédiatement" : `acquises sur ${years} ${years === 1 ? "an" : "ans"}`}`,
    paidLeave: (count, locale) =>
      `${canada(locale) ? "Vacances annuelles" : "Congés payés"}${NBSP}: ${days(count)} par an`,
    startDate: (date) => `Date de début${NBSP}: ${date}`,
  },
  conversation: (who, topics) => (who ? `Votre échange avec ${who} sur ${topics}` : `Votre échange sur ${topics}`),
  checks: {
    name: (self) => (self ? "votre nom et son orthographe" : "son nom et son orthographe"),
    spelled: (self, spelledOut) => `l'orthographe de ${self ? "votre" : "son"} nom (j'ai noté ${spelledOut})`,
    title: (self) => (self ? "l'intitulé de votre poste" : "l'intitulé de son poste"),
    reach: (self, address) => `que ${self ? "votre" : "son"} adresse postale est bien ${address}`,
    address: (self) => (self ? "l'adresse postale où vous écrire" : "l'adresse postale où lui écrire"),
    email: (self) =>
      self
        ? "une adresse électronique si vous acceptez de la donner"
        : "une adresse électronique si la personne accepte de la donner",
    late: (self) =>
      `d'abord une adresse électronique où ${self ? "vous" : "lui"} écrire (une lettre postée arriverait après la décision)`,
    line: (who, needs) => `${who}\u00a0: ${needs}`,
    who: ({ self, name, title, index }) =>
      self
        ? "Vous"
        : (name ??
          (title ? `${title} (nom à confirmer)` : `La ${ORDINALS[index] ?? `${index + 1}e`} personne rencontrée`)),
  },
  postalName,
  countryName: countryNameIn("fr"),
};
