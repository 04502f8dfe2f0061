import { finding, type ReviewSubject } from "../subject.js";
import { editDistance } from "../text/distance.js";
import { findPhrase, type Phrase } from "../text/phrases.js";
import { type Word, wordsOf } from "../text/words.js";
import type { DraftFinding } from "../types.js";

/** Legal-form words left out when looking for a company's name: "Acme Corp" is found as "Acme". */
const LEGAL_FORMS = new Set([
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
]);

/** A company's name as it is looked for: its words, folded, without "The" and its legal form. */
export interface CompanyName {
  /** As given, e.g. "Acme Corp". */
  given: string;
  /** Folded words looked for, e.g. `["acme"]`. */
  words: Phrase;
  /** True when the given name has capitals, so an all-lower-case match is an ordinary word. */
  capitalised: boolean;
}

/** Reads a company name into the words to look for. */
export function companyName(given: string): CompanyName {
  const words = wordsOf(given).map((word) => word.fold);
  let end = words.length;
  while (end > 1 && LEGAL_FORMS.has(words[end - 1]!)) end--;
  const start = words[0] === "the" && end > 1 ? 1 : 0;
  return { given, words: words.slice(start, end), capitalised: /\p{Lu}/u.test(given) };
}

/** Where the company's name appears: the index of the first word of each occurrence. */
export function findCompany(words: readonly Word[], company: CompanyName, requireCapital = false): number[] {
  return findPhrase(words, company.words).filter((index) => {
    if (!requireCapital || !company.capitalised) return true;
    return words.slice(index, index + company.words.length).some((word) => /\p{Lu}/u.test(word.bare));
  });
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
  const company = companyName(input.company.name);
  const findings: DraftFinding[] = [];
  const found = company.words.length === 0 ? [0] : findCompany(text.words, company);
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
  const taken = found.map((index) => ({ from: index, to: index + company.words.length }));
  const seen = new Set<string>([company.words.join(" ")]);
  for (const given of subject.otherCompanies) {
    const other = companyName(given);
    const key = other.words.join(" ");
    if (other.words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    for (const index of findCompany(text.words, other, true)) {
      const to = index + other.words.length;
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
 */
function nearMisses(subject: ReviewSubject, company: CompanyName): number[] {
  const { words, sentences } = subject.text;
  const target = company.words.join(" ");
  const length = [...target].length;
  const allowed = length >= 7 ? 2 : length >= 4 ? 1 : 0;
  if (allowed === 0) return [];
  const hits: number[] = [];
  for (let i = 0; i + company.words.length <= words.length; i++) {
    const run = words.slice(i, i + company.words.length);
    if (!/^\p{Lu}/u.test(run[0]!.bare)) continue;
    if (length < 7 && sentences[run[0]!.sentence]?.firstWord === i) continue;
    const written = run.map((word) => word.fold).join(" ");
    if (written === target) continue;
    const distance = editDistance(written, target, allowed);
    if (distance >= 1 && distance <= allowed && written[0] === target[0]) hits.push(i);
  }
  return hits;
}
