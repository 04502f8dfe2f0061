import type { Document } from "@afterview/templates";

/*
 * Right-to-left text in a PDF. fontkit shapes a run of Arabic or Hebrew and reverses its glyphs
 * only when the whole run is in that script, and pdf-lib draws each run left to right with no
 * bidirectional algorithm (UAX #9): "Dear أحمد," comes out with the name's letters unjoined and in
 * reading order from the left, and the digits of "רחוב הרצל 12" come out as "21". Until the PDF
 * renderer lays out mixed-direction lines, the kit leaves such a PDF out rather than print a name
 * wrong; Word lays the .docx out itself.
 */

/**
 * The blocks whose characters are right-to-left (bidi class R or AL) by default: Hebrew through
 * Arabic Extended-A, the Hebrew and Arabic presentation forms, and the right-to-left ranges of
 * the supplementary planes (Adlam, Mende Kikakui, ancient scripts).
 */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** A PDF of the kit is not made because a field holds right-to-left text. */
export class RightToLeftTextError extends Error {
  override name = "RightToLeftTextError";
  /** The first right-to-left character (`"أ"`). */
  readonly character: string;
  /** Its code point. */
  readonly codePoint: number;
  /** The field it is in, named as the PDF renderer names fields (`to.lines[0]`). */
  readonly path: string;

  constructor(character: string, path: string) {
    const codePoint = character.codePointAt(0) ?? 0;
    super(`${path} holds right-to-left text ("${character}"), which the PDF cannot lay out`);
    this.character = character;
    this.codePoint = codePoint;
    this.path = path;
  }
}

/**
 * Throws for the first right-to-left character in the texts a PDF prints.
 *
 * @throws RightToLeftTextError naming the character and its field.
 * @example
 * ```ts
 * assertLeftToRight([["to.name", "Νικόλαος"]]); // fine
 * assertLeftToRight([["to.name", "דוד כהן"]]); // throws: to.name holds right-to-left text ("ד")
 * ```
 */
export function assertLeftToRight(fields: Iterable<readonly [path: string, text: string]>): void {
  for (const [path, text] of fields) {
    const match = RIGHT_TO_LEFT.exec(text);
    if (match) throw new RightToLeftTextError(match[0], path);
  }
}

/**
 * The texts a letter's PDF prints, with their fields, in reading order: sender, date, recipient,
 * subject, salutation, body, closing, signature. A party is read whole (its name first, then every
 * other text in it, such as an address given in parts), but for its email address, which a PDF
 * does not print: the PDF renderer may choose among a party's fields, and none may slip through.
 */
export function letterFields(doc: Document): [path: string, text: string][] {
  const fields: [string, string | undefined][] = [
    ...partyFields("from", doc.from),
    ["date", doc.date],
    ...partyFields("to", doc.to),
    ["subject", doc.subject],
    ["salutation", doc.salutation],
    ...doc.blocks.flatMap((block, i): [string, string][] =>
      block.type === "list"
        ? block.items.map((item, j) => [`blocks[${i}].items[${j}]`, item])
        : [[`blocks[${i}].text`, block.text]],
    ),
    ["closing", doc.closing],
    ...(doc.signature?.map((text, i): [string, string] => [`signature[${i}]`, text]) ?? []),
  ];
  return fields.filter((field): field is [string, string] => field[1] !== undefined);
}

/** The texts an envelope prints: the two parties (see {@link letterFields}). */
export function envelopeFields(doc: Document): [path: string, text: string][] {
  return [...partyFields("from", doc.from), ...partyFields("to", doc.to)];
}

function partyFields(path: string, party: object | undefined): [string, string][] {
  if (!party) return [];
  const { name, email: _, ...rest } = party as { name?: unknown; email?: unknown };
  return [...texts(`${path}.name`, name), ...texts(path, rest)];
}

/** Every string in a value, with its dotted path (`to.address.lines[1]`). */
function texts(path: string, value: unknown): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(`${path}[${i}]`, item));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => texts(`${path}.${key}`, item));
  }
  return [];
}
