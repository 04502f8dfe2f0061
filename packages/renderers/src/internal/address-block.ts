import type { Document, DocumentParty } from "@afterview/templates";
import { countryLine, knownCountry } from "./country-line.js";
import { ALL_PARTS, type BlockParts, formatPostalBlock, type PostalBlock } from "./postal-address.js";

/**
 * A party as the PDF and Word renderers read it: a `DocumentParty`, plus, when its address is
 * known in parts, those parts. With `address` the block is set out for the address's country
 * (see {@link formatPostalBlock}) and `lines` is not printed; without it `lines` is printed as given.
 */
export type PostalParty = DocumentParty;

/** The two type sizes an address block may take: the usual one, and a smaller one for a crowded window. */
export type AddressSize = "regular" | "compact";

/** One way to print the recipient's block: its lines and its size. */
export interface AddressStep {
  lines: string[];
  size: AddressSize;
}

/**
 * The ways to print the recipient's block, to try in this order until one fits the window:
 * 1. everything;
 * 2. without the title;
 * 3. also with the street lines on one line, joined by commas;
 * 4. the same in smaller type;
 * 5. also without the organization (the name and the whole postal address stay), in either size.
 * A block given only as `lines` is tried whole in both sizes, then without its second line, then
 * its second and third, and so on, always keeping the first line and the last two.
 *
 * @example
 * ```ts
 * recipientSteps({ ...letter, to: { lines: ["Dana Whitfield", "Acme Corp", "New York, NY 10166"] } })[0];
 * //=> { lines: ["Dana Whitfield", "Acme Corp", "New York, NY 10166"], size: "regular" }
 * ```
 */
export function recipientSteps(doc: Document): AddressStep[] {
  const to = doc.to as PostalParty | undefined;
  if (!to) return [];
  if (!to.address) {
    const lines = to.lines.filter((line) => line !== "");
    return Array.from({ length: Math.max(1, lines.length - 2) }, (_, dropped) => [
      ...lines.slice(0, 1),
      ...lines.slice(1 + dropped),
    ]).flatMap((kept) => [
      { lines: kept, size: "regular" as const },
      { lines: kept, size: "compact" as const },
    ]);
  }
  const recipient = recipientCountry(doc);
  const sender = senderCountry(doc);
  // Without a name or title, the first of `lines` names the addressee ("Hiring Team"), unless it is the organization.
  const first = to.lines[0];
  const name = to.name ?? (to.title === undefined && first !== to.organization ? first : undefined);
  const block: PostalBlock = {
    name,
    title: to.title,
    organization: to.organization,
    address: to.address,
    ...(recipient && sender && recipient !== sender ? { countryLine: countryLine(recipient, sender) } : {}),
  };
  const step = (parts: Partial<BlockParts>, size: AddressSize): AddressStep => ({
    lines: formatPostalBlock(block, { ...ALL_PARTS, ...parts }).map((line) => line.text),
    size,
  });
  const short = { title: false, joinStreets: true };
  return [
    step({}, "regular"),
    step({ title: false }, "regular"),
    step(short, "regular"),
    step(short, "compact"),
    step({ ...short, organization: false }, "regular"),
    step({ ...short, organization: false }, "compact"),
  ];
}

/**
 * The sender's block: their name and address set out for their country, with their country's
 * name last when the letter goes abroad; or `lines` as given when the address is not in parts.
 */
export function senderLines(doc: Document): string[] {
  const from = doc.from as PostalParty | undefined;
  if (!from) return [];
  if (!from.address) return from.lines.filter((line) => line !== "");
  const sender = senderCountry(doc);
  const recipient = recipientCountry(doc);
  const abroad = sender !== undefined && recipient !== undefined && sender !== recipient;
  return formatPostalBlock(
    {
      name: from.name ?? from.lines[0],
      address: from.address,
      ...(abroad ? { countryLine: countryLine(sender, sender) } : {}),
    },
    ALL_PARTS,
  ).map((line) => line.text);
}

/** The sender's country: their address's, else `from.country`, else the letter's locale's (`en-GB`: GB). */
export function senderCountry(doc: Document): string | undefined {
  const from = doc.from as PostalParty | undefined;
  return (
    knownCountry(from?.address?.country) ??
    knownCountry(from?.country) ??
    knownCountry(new Intl.Locale(doc.locale).region)
  );
}

/** The recipient's country: their address's, else `to.country`. */
export function recipientCountry(doc: Document): string | undefined {
  const to = doc.to as PostalParty | undefined;
  return knownCountry(to?.address?.country) ?? knownCountry(to?.country);
}
