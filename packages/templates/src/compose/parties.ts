import type { InterviewInput, Person, PostalAddress } from "@afterview/core";
import type { DocumentKind, DocumentParty, Locale } from "../document/types.js";
import type { LanguageWords } from "../languages/types.js";
import { addressLines } from "../locale/address.js";
import { clean } from "../text/clean.js";

function withContact(party: DocumentParty, email?: string, phone?: string): DocumentParty {
  const out = { ...party };
  const mail = clean(email);
  const tel = clean(phone);
  if (mail) out.email = mail;
  if (tel) out.phone = tel;
  return out;
}

/** The sender: on a letter, the candidate's name and address block; elsewhere their name and contacts. */
export function senderParty(
  input: InterviewInput,
  kind: DocumentKind,
  countryName: (code: string) => string,
  recipient?: Person,
): DocumentParty {
  const { candidate } = input;
  const name = clean(candidate.name)!;
  const lines = [name];
  let country: string | undefined;
  if (kind === "letter" && candidate.address) {
    const toCountry = recipient?.address?.country ?? input.company.address?.country ?? input.company.country;
    lines.push(...addressLines(candidate.address, toCountry, countryName));
    country = candidate.address.country;
  }
  const party = withContact({ name, lines }, candidate.email, candidate.phone);
  if (country) party.country = country;
  if (kind === "letter" && candidate.address) party.address = copyAddress(candidate.address);
  return party;
}

/**
 * The recipient: on a letter, name, job title, company and mailing address (the person's own, else
 * the company's); elsewhere the name (or the company when no name is known) and contacts.
 */
export function recipientParty(
  input: InterviewInput,
  kind: DocumentKind,
  words: Pick<LanguageWords, "countryName" | "postalName">,
  person: Person,
  locale: Locale,
): DocumentParty {
  const name = clean(person.name);
  const company = clean(input.company.name)!;
  const title = clean(person.title);
  let lines: string[];
  let country: string | undefined;
  if (kind === "letter") {
    const address = person.address ?? input.company.address;
    lines = [
      name || !title ? words.postalName(name, person.formOfAddress, locale) : title,
      ...(name && title ? [title] : []),
      company,
    ];
    if (address) {
      lines.push(
        ...addressLines(address, input.candidate.address?.country ?? input.candidate.country, words.countryName),
      );
      country = address.country;
    }
  } else {
    lines = [name ?? company];
    if (name && title && kind === "script") lines.push(title);
  }
  const party: DocumentParty = withContact({ lines }, person.email, person.phone);
  if (name) party.name = name;
  if (country) party.country = country;
  if (kind === "letter") {
    if (title) party.title = title;
    party.organization = company;
    const address = person.address ?? input.company.address;
    if (address) party.address = copyAddress(address);
  }
  return party;
}

function copyAddress(address: PostalAddress): PostalAddress {
  return { ...address, lines: [...address.lines] };
}
