import { en } from "../languages/en.js";
import type { LanguageRules } from "../languages/types.js";
import { finding, type ReviewSubject } from "../subject.js";
import { editDistance } from "../text/distance.js";
import { findPhrase, type Phrase } from "../text/phrases.js";
import { type Word, wordsOf } from "../text/words.js";
import type { DraftFinding } from "../types.js";

/** Legal-form words left out when looking for a company's name: "Acme Corp" is found as "Acme". */
const LEGAL_FORMS = /* @__PURE__ */ new Set([
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "llc",
  "llp",
  "lp",
  "ltd",
  "limited",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "sas",
  "srl",
  "bv",
  "nv",
  "pty",
  "kk",
  "kg",
  "ohg",
  "ug",
  "se",
  "sarl",
  "sl",
  "slu",
  "sau",
  "s.a",
  "s.l",
  "s.a.s",
]);

/** Words too common to stand for a company alone: "General" is not General Electric. */
const GENERIC_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `american bank british capital consulting digital first general global group health holdings industries
  international labs media national new north partners services solutions south systems technologies technology
  the united`.split(/\s+/),
);

/** A company's name as it is looked for: its words, folded, without "The" and its legal form. */
export interface CompanyName {
  /** As given, e.g. "Acme Corp". */
  given: string;
  /** Folded words of the full name, e.g. `["northwind", "traders"]`. */
  words: Phrase;
  /**
   * Shorter forms people write, found only when capitalised: the name's first words ("St Mary"
   * for "St Mary's Hospital"), the first word alone when it is distinctive ("Northwind"), and
   * the initials in capitals ("IBM") for three words or more.
   */
  short: { words: Phrase; acronym: boolean }[];
  /** True when the given name has capitals, so an all-lower-case match is an ordinary word. */
  capitalised: boolean;
}

/** Where a company's name appears: the first word and how many words. */
export interface CompanyMatch {
  index: number;
  length: number;
}

/** Reads a company name into the words to look for, as a draft in the language of `rules` is read (`L'Oréal`). */
export function companyName(given: string, rules: LanguageRules = en): CompanyName {
  const all = wordsOf(given, rules.elisions).map((word) => word.fold);
  let end = all.length;
  while (end > 1 && LEGAL_FORMS.has(all[end - 1]!)) end--;
  const start = all[0] === "the" && end > 1 ? 1 : 0;
  const words = all.slice(start, end);
  const short: CompanyName["short"] = [];
  for (let length = words.length - 1; length >= 2; length--) {
    const prefix = words.slice(0, length);
    if (prefix.some((word) => isDistinctive(word, rules))) short.push({ words: prefix, acronym: false });
  }
  const first = words[0];
  if (words.length >= 2 && first && isDistinctive(first, rules)) {
    short.push({ words: [first], acronym: false });
  }
  if (words.length >= 3) short.push({ words: [words.map((word) => word[0]).join("")], acronym: true });
  return { given, words, short, capitalised: /\p{Lu}/u.test(given) };
}

/**
 * Where the company's name appears, in its full form (any case, or capitalised when
 * `requireCapital` and the name has capitals) or a short form (always capitalised). Short forms
 * in `excluded` are not looked for.
 */
export function findCompany(
  words: readonly Word[],
  company: CompanyName,
  options: { requireCapital?: boolean; excluded?: ReadonlySet<string> } = {},
): CompanyMatch[] {
  const matches: CompanyMatch[] = findPhrase(words, company.words)
    .filter((index) => {
      if (!options.requireCapital || !company.capitalised) return true;
      return words.slice(index, index + company.words.length).some((word) => /\p{Lu}/u.test(word.bare));
    })
    .map((index) => ({ index, length: company.words.length }));
  for (const form of company.short) {
    if (options.excluded?.has(form.words.join(" "))) continue;
    for (const index of findPhrase(words, form.words)) {
      const bare = words[index]!.bare;
      const capitalised = form.acronym ? bare === bare.toUpperCase() : /^\p{Lu}/u.test(bare);
      const inside = matches.some((match) => index >= match.index && index < match.index + match.length);
      if (capitalised && !inside) matches.push({ index, length: 1 });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** A word that can stand for a company: three letters or more, not a number, not generic, not a stop word. */
function isDistinctive(word: string, rules: LanguageRules): boolean {
  return word.length >= 3 && !/^\d+$/.test(word) && !GENERIC_WORDS.has(word) && !rules.stopWords.has(word);
}

/** Every form of a company's name, as space-joined folded words. */
function formsOf(company: CompanyName): Set<string> {
  return new Set([company.words.join(" "), ...company.short.map((form) => form.words.join(" "))]);
}

/**
 * Checks company names: the interview's company must be named (`company-missing`, an error),
 * a near miss of it is a warning at the word (`company-misspelled`), and a name from
 * `otherCompanies` in the draft is an error at each place it appears (`other-company`): the
 * classic mistake of a letter copied from one written to another employer. A company is found
 * without its legal form ("Acme" for "Acme Corp") and regardless of case, except that another
 * company's capitalised name must be capitalised in the draft ("Square" is flagged, "square one" is not).
 */
export function checkCompanies(subject: ReviewSubject): DraftFinding[] {
  const { text, input } = subject;
  const company = companyName(input.company.name, text.rules);
  const findings: DraftFinding[] = [];
  const found = company.words.length === 0 ? [{ index: 0, length: 0 }] : findCompany(text.words, company);
  const near = nearMisses(subject, company);
  for (const index of near) {
    const first = text.words[index]!;
    const last = text.words[index + company.words.length - 1]!;
    const written = text.source.slice(first.start, last.bareEnd);
    findings.push(
      finding(
        "warning",
        "company-misspelled",
        `"${written}" looks like a misspelling of ${input.company.name}.`,
        text.at(first.start, last.bareEnd),
      ),
    );
  }
  if (found.length === 0) {
    findings.unshift(
      finding("error", "company-missing", `The letter never names ${input.company.name}: mention the company by name.`),
    );
  }
  const taken = found.map((match) => ({ from: match.index, to: match.index + match.length }));
  const targetForms = formsOf(company);
  const seen = new Set<string>([company.words.join(" ")]);
  for (const given of subject.otherCompanies) {
    const other = companyName(given, text.rules);
    const key = other.words.join(" ");
    if (other.words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    for (const { index, length } of findCompany(text.words, other, { requireCapital: true, excluded: targetForms })) {
      const to = index + length;
      if (taken.some((span) => index < span.to && to > span.from)) continue;
      const first = text.words[index]!;
      const last = text.words[to - 1]!;
      findings.push(
        finding(
          "error",
          "other-company",
          `"${text.source.slice(first.start, last.bareEnd)}" is another company's name: this letter is for ${input.company.name}.`,
          text.at(first.start, last.bareEnd),
        ),
      );
    }
  }
  return findings;
}

/**
 * Capitalised word runs that differ from the company's name by one or two letters ("Acmee").
 * A short name is not looked for at the start of a sentence, where "Apply" would read as "Apple".
 * Where every noun is capitalised (German), one letter at most, and the genitive `s` ("Acmes
 * Datenplattform") is no mistake.
 */
function nearMisses(subject: ReviewSubject, company: CompanyName): number[] {
  const { words, sentences, rules } = subject.text;
  const target = company.words.join(" ");
  const length = [...target].length;
  let allowed = length >= 7 ? 2 : length >= 4 ? 1 : 0;
  if (rules.capitalisedNouns) allowed = Math.min(allowed, 1);
  if (allowed === 0) return [];
  const hits: number[] = [];
  for (let i = 0; i + company.words.length <= words.length; i++) {
    const run = words.slice(i, i + company.words.length);
    if (!/^\p{Lu}/u.test(run[0]!.bare)) continue;
    if (length < 7 && sentences[run[0]!.sentence]?.firstWord === i) continue;
    const written = run.map((word) => word.fold).join(" ");
    if (written === target || (rules.capitalisedNouns && written === `${target}s`)) continue;
    const distance = editDistance(written, target, allowed);
    if (distance >= 1 && distance <= allowed && written[0] === target[0]) hits.push(i);
  }
  return hits;
}
