import type { DocumentKind, Locale } from "../../document/types.js";
import type { Tone } from "../../registry/tones.js";
import { clean, surname } from "../../text/clean.js";
import type { Addressee } from "../types.js";

/*
 * French greetings and closings. Gender is never guessed: `Madame` and `Monsieur` are used only
 * when the person's `formOfAddress` says `ms` or `mr`. Everyone else (`mx`, `none`, or nothing
 * given) is greeted by their full name, `Bonjour Alex Morgan,`, and without a name a letter opens
 * with `Bonjour,` (never the binary `Madame, Monsieur,`). The English `honorific` is not read.
 */

/** A title as the caller typed it, folded for matching: `Dr.`, `dr`, `Docteure` → `dr`, `dr`, `docteure`. */
function fold(title: string): string {
  return title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.\s]+/gu, "");
}

type Professional = "doctor" | "lawyer" | "professor";

/**
 * The professional titles French letters address people by: a doctor (`Dr`), an avocat or notaire
 * (`Me`, Maître), a professor (`Pr`, `Prof.`). Other titles (`Mag.`, `Lic.`, `Ing.`) have no French
 * form of address and are left out.
 */
function professional(title: string | undefined): Professional | undefined {
  const key = title ? fold(title) : "";
  if (["dr", "docteur", "docteure", "doctor", "drmed"].includes(key)) return "doctor";
  if (["me", "maitre", "maitresse"].includes(key)) return "lawyer";
  if (["pr", "prof", "professeur", "professeure", "professor", "profdr"].includes(key)) return "professor";
  return undefined;
}

/** How a person is addressed in a letter's opening and its closing formula, and before their surname. */
interface Address {
  /** The whole formula of a formal letter: `Madame`, `Docteure`, `Maître`, `Monsieur le Professeur`. */
  alone: string;
  /** What stands before the surname after `Bonjour`: `Madame`, `Docteur`, `Maître`. */
  beforeName: string;
}

/**
 * The form of address the person asked for, or `undefined` for the neutral greeting: `ms` and `mr`
 * give `Madame` and `Monsieur`; with a title, `Docteure`/`Docteur` (the feminine form the Académie
 * and the OQLF accept), `Maître` for either, `Madame la Professeure`/`Monsieur le Professeur`.
 */
function addressOf(person: Addressee): Address | undefined {
  const form = person.formOfAddress;
  if (!form || (form.kind !== "ms" && form.kind !== "mr")) return undefined;
  const woman = form.kind === "ms";
  const civil = woman ? "Madame" : "Monsieur";
  switch (professional(clean(form.title))) {
    case "doctor": {
      const doctor = woman ? "Docteure" : "Docteur";
      return { alone: doctor, beforeName: doctor };
    }
    case "lawyer":
      return { alone: "Maître", beforeName: "Maître" };
    case "professor":
      return { alone: woman ? "Madame la Professeure" : "Monsieur le Professeur", beforeName: civil };
    default:
      return { alone: civil, beforeName: civil };
  }
}

/** True where the French formal letter opens with the form of address alone (`Madame,`): a formal letter or card. */
function bareAppel(tone: Tone, kind: DocumentKind): boolean {
  return tone === "formal" && (kind === "letter" || kind === "note");
}

/**
 * The greeting line, the same in France and Canada.
 * - A formal letter or card to someone whose form of address is known: `Madame,`, `Monsieur,`,
 *   `Docteure,`, `Maître,`, `Madame la Professeure,` (no surname, as both the French usage and the
 *   OQLF want in a letter).
 * - Otherwise, with a form of address: `Bonjour Madame Durand,`, `Bonjour Docteur Roy,`.
 * - Without one (`mx`, `none`, or not given): the full name, `Bonjour Alex Morgan,`, in every tone.
 * - Without a name: `Bonjour Madame,` when the form is known, else `Bonjour,`.
 *
 * @example
 * ```ts
 * salutation({ name: "Claire Durand", formOfAddress: { kind: "ms" } }, "formal", "fr-FR", "letter");
 * //=> "Madame,"
 * salutation({ name: "Alex Morgan" }, "formal", "fr-FR", "letter");
 * //=> "Bonjour Alex Morgan,"
 * ```
 */
export function salutation(person: Addressee, tone: Tone, _locale: Locale, kind: DocumentKind): string {
  const name = clean(person.name);
  const address = addressOf(person);
  if (address && bareAppel(tone, kind)) return `${address.alone},`;
  if (address) return name ? `Bonjour ${address.beforeName} ${surname(name)},` : `Bonjour ${address.beforeName},`;
  return name ? `Bonjour ${name},` : "Bonjour,";
}

/**
 * The closing formula.
 * - A formal letter ends with a formule de politesse that repeats the form of address: fr-FR
 *   `Je vous prie d'agréer, Madame, mes salutations distinguées.`; fr-CA, after the OQLF,
 *   `Veuillez agréer, Madame, mes salutations distinguées.` Without a form of address the
 *   formula names no one: `Je vous prie d'agréer mes salutations distinguées.`
 * - Everything else: fr-FR `Bien cordialement,` (formal and warm) or `Cordialement,` (brief);
 *   fr-CA `Cordialement,`.
 *
 * @example
 * ```ts
 * closing({ name: "Luc Martin", formOfAddress: { kind: "mr" } }, "formal", "fr-CA", "letter");
 * //=> "Veuillez agréer, Monsieur, mes salutations distinguées."
 * ```
 */
export function closing(person: Addressee, tone: Tone, locale: Locale, kind: DocumentKind): string {
  const canada = locale === "fr-CA";
  if (tone === "formal" && kind === "letter") {
    const address = addressOf(person);
    const named = address ? `, ${address.alone},` : "";
    return canada
      ? `Veuillez agréer${named} mes salutations distinguées.`
      : `Je vous prie d'agréer${named} mes salutations distinguées.`;
  }
  if (canada) return "Cordialement,";
  return tone === "brief" ? "Cordialement," : "Bien cordialement,";
}
