import type { Document } from "@afterview/templates";
import { describe, expect, it } from "vitest";
import { type PostalParty, recipientSteps, senderCountry, senderLines } from "./address-block.js";
import { LETTER } from "./fixtures.js";

const CHICAGO = { lines: ["12 Elm St"], locality: "Chicago", region: "IL", postalCode: "60601", country: "US" };
const ACME = {
  lines: ["200 Park Ave", "Floor 31"],
  locality: "New York",
  region: "NY",
  postalCode: "10166",
  country: "US",
};
const MARUNOUCHI = {
  lines: ["1-1 Marunouchi 1-chome"],
  locality: "Chiyoda-ku",
  region: "Tokyo",
  postalCode: "100-0005",
  country: "JP",
};

const letter = (from: PostalParty, to: PostalParty, locale: Document["locale"] = "en-US"): Document => ({
  ...LETTER,
  locale,
  from,
  to,
});
const alex: PostalParty = { name: "Alex Morgan", lines: ["Alex Morgan"], address: CHICAGO };
const kenji: PostalParty = {
  name: "Kenji Sato",
  title: "Head of Platform Engineering",
  organization: "Example KK",
  lines: ["Kenji Sato"],
  address: MARUNOUCHI,
};

describe("recipientSteps: the ways to print the recipient, in the order to try them", () => {
  it("an address in parts, abroad: title first, then the streets joined, smaller type, then the organization", () => {
    const steps = recipientSteps(letter(alex, kenji)).map((s) => `${s.size}: ${s.lines.join(" / ")}`);
    expect(steps).toEqual([
      "regular: Kenji Sato / Head of Platform Engineering / Example KK / 1-1 Marunouchi 1-chome / Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
      "regular: Kenji Sato / Example KK / 1-1 Marunouchi 1-chome / Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
      "regular: Kenji Sato / Example KK / 1-1 Marunouchi 1-chome, Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
      "compact: Kenji Sato / Example KK / 1-1 Marunouchi 1-chome, Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
      "regular: Kenji Sato / 1-1 Marunouchi 1-chome, Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
      "compact: Kenji Sato / 1-1 Marunouchi 1-chome, Chiyoda-ku, Tokyo / 100-0005 / JAPAN",
    ]);
  });

  it("lines as given: whole in both sizes, then without the second line, the third..., keeping the first and last two", () => {
    const to = { lines: ["Dana Whitfield", "Engineering Manager", "Acme Corp", "200 Park Ave", "New York, NY 10166"] };
    const steps = recipientSteps(letter(alex, to)).map((s) => `${s.size}: ${s.lines.join(" / ")}`);
    expect(steps).toEqual([
      "regular: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / New York, NY 10166",
      "compact: Dana Whitfield / Engineering Manager / Acme Corp / 200 Park Ave / New York, NY 10166",
      "regular: Dana Whitfield / Acme Corp / 200 Park Ave / New York, NY 10166",
      "compact: Dana Whitfield / Acme Corp / 200 Park Ave / New York, NY 10166",
      "regular: Dana Whitfield / 200 Park Ave / New York, NY 10166",
      "compact: Dana Whitfield / 200 Park Ave / New York, NY 10166",
    ]);
  });

  it("no country line at home, nor when the recipient's country is not a known code", () => {
    const dana = { name: "Dana Whitfield", lines: ["Dana Whitfield"], address: ACME };
    expect(recipientSteps(letter(alex, dana))[0]!.lines.at(-1)).toBe("New York, NY 10166");
    const unknown = { name: "Dana Whitfield", lines: ["Dana Whitfield"], country: "<b>", address: undefined };
    expect(recipientSteps(letter(alex, unknown))[0]!.lines).toEqual(["Dana Whitfield"]);
  });

  it("without a name or a title, the first of the lines names the addressee", () => {
    const team = { lines: ["Hiring Team", "Acme Corp"], organization: "Acme Corp", address: ACME };
    expect(recipientSteps(letter(alex, team))[0]!.lines.slice(0, 2)).toEqual(["Hiring Team", "Acme Corp"]);
    const company = { lines: ["Acme Corp"], organization: "Acme Corp", address: ACME };
    expect(recipientSteps(letter(alex, company))[0]!.lines[0]).toBe("Acme Corp");
    expect(recipientSteps(letter(alex, company))[0]!.lines[1]).toBe("200 Park Ave Floor 31");
  });

  it("no recipient, no steps", () => {
    expect(recipientSteps({ ...LETTER, to: undefined })).toEqual([]);
  });
});

describe("senderLines", () => {
  it("a letter abroad: the sender's own country last, in their language", () => {
    expect(senderLines(letter(alex, kenji))).toEqual([
      "Alex Morgan",
      "12 Elm St",
      "Chicago, IL 60601",
      "UNITED STATES",
    ]);
  });

  it("at home: no country line", () => {
    const dana = { name: "Dana Whitfield", lines: ["Dana Whitfield"], address: ACME };
    expect(senderLines(letter(alex, dana))).toEqual(["Alex Morgan", "12 Elm St", "Chicago, IL 60601"]);
  });

  it("lines as given when the address is not in parts", () => {
    expect(senderLines(LETTER)).toEqual(LETTER.from!.lines);
  });
});

describe("senderCountry", () => {
  it.each([
    { name: "the address's", from: alex, locale: "en-GB" as const, expected: "US" },
    { name: "from.country", from: { lines: ["A"], country: "gb" }, locale: "en-US" as const, expected: "GB" },
    {
      name: "the locale's, when neither is known",
      from: { lines: ["A"], country: "Britain" },
      locale: "en-GB" as const,
      expected: "GB",
    },
  ])("$name", ({ from, locale, expected }) => {
    expect(senderCountry(letter(from, kenji, locale))).toBe(expected);
  });
});
