import type { PostalAddress } from "@afterview/core";
import { describe, expect, it } from "vitest";
import { ALL_PARTS, type BlockParts, formatPostalBlock, type PostalBlock } from "./postal-address.js";

const ACME: PostalAddress = {
  lines: ["200 Park Ave", "Floor 31"],
  locality: "New York",
  region: "NY",
  postalCode: "10166",
  country: "US",
};
const TOKYO: PostalAddress = {
  lines: ["1-1 Marunouchi 1-chome"],
  locality: "Chiyoda-ku",
  region: "Tokyo",
  postalCode: "100-0005",
  country: "JP",
};
const person = { name: "Dana Whitfield", title: "Engineering Manager", organization: "Acme Corp" };

const lines = (block: PostalBlock, parts: Partial<BlockParts> = {}) =>
  formatPostalBlock(block, { ...ALL_PARTS, ...parts }).map((line) => `${line.role}: ${line.text}`);

describe("formatPostalBlock: libaddressinput's format for the address's country", () => {
  it.each([
    {
      name: "US: title under the name, the floor on the delivery line, no country line at home",
      block: { ...person, address: ACME },
      expected: [
        "name: Dana Whitfield",
        "title: Engineering Manager",
        "organization: Acme Corp",
        "street: 200 Park Ave Floor 31",
        "locality: New York, NY 10166",
      ],
    },
    {
      name: "US from abroad: the country line last",
      block: { ...person, address: ACME, countryLine: "UNITED STATES" },
      expected: [
        "name: Dana Whitfield",
        "title: Engineering Manager",
        "organization: Acme Corp",
        "street: 200 Park Ave Floor 31",
        "locality: New York, NY 10166",
        "country: UNITED STATES",
      ],
    },
    {
      name: "Japan in Latin letters: the ward as a street line, the prefecture after it, the postcode alone",
      block: { name: "Kenji Sato", organization: "Example KK", address: TOKYO, countryLine: "JAPAN" },
      expected: [
        "name: Kenji Sato",
        "organization: Example KK",
        "street: 1-1 Marunouchi 1-chome",
        "locality: Chiyoda-ku, Tokyo",
        "locality: 100-0005",
        "country: JAPAN",
      ],
    },
    {
      name: "Japan in Japanese: Japan's own order, postcode first and the name last, title above it",
      block: {
        name: "佐藤健二",
        title: "部長",
        organization: "株式会社例",
        address: {
          lines: ["丸の内1-1-1"],
          locality: "千代田区",
          region: "東京都",
          postalCode: "100-0005",
          country: "JP",
        },
      },
      expected: [
        "locality: 〒100-0005",
        "locality: 東京都",
        "street: 千代田区",
        "street: 丸の内1-1-1",
        "organization: 株式会社例",
        "title: 部長",
        "name: 佐藤健二",
      ],
    },
    {
      name: "UK: town and postcode on lines of their own, no county",
      block: {
        name: "Priya Shah",
        organization: "Northwind Ltd",
        address: {
          lines: ["Flat 3", "1 King Street"],
          locality: "Manchester",
          region: "Greater Manchester",
          postalCode: "M2 4WU",
          country: "GB",
        },
      },
      expected: [
        "name: Priya Shah",
        "organization: Northwind Ltd",
        "street: Flat 3",
        "street: 1 King Street",
        "locality: Manchester",
        "locality: M2 4WU",
      ],
    },
    {
      name: "Germany: postcode before the town",
      block: {
        name: "Jonas Weber",
        address: { lines: ["Unter den Linden 1"], locality: "Berlin", postalCode: "10117", country: "DE" },
      },
      expected: ["name: Jonas Weber", "street: Unter den Linden 1", "locality: 10117 Berlin"],
    },
    {
      name: "France: the organization above the name",
      block: {
        name: "Claire Martin",
        organization: "Exemple SA",
        address: { lines: ["5 rue de Rivoli"], locality: "Paris", postalCode: "75001", country: "FR" },
      },
      expected: ["organization: Exemple SA", "name: Claire Martin", "street: 5 rue de Rivoli", "locality: 75001 Paris"],
    },
    {
      name: "no name: the title is the addressee",
      block: { title: "Hiring Manager", organization: "Acme Corp", address: ACME },
      expected: [
        "name: Hiring Manager",
        "organization: Acme Corp",
        "street: 200 Park Ave Floor 31",
        "locality: New York, NY 10166",
      ],
    },
  ])("$name", ({ block, expected }) => {
    expect(lines(block)).toEqual(expected);
  });

  it("leaves out the title and the organization, and joins the street lines, when asked", () => {
    const gb: PostalBlock = {
      ...person,
      address: { lines: ["Building 7", "14 Marsh Wall"], locality: "London", postalCode: "E14 9FJ", country: "GB" },
    };
    expect(lines(gb, { title: false, organization: false, joinStreets: true })).toEqual([
      "name: Dana Whitfield",
      "street: Building 7, 14 Marsh Wall",
      "locality: London",
      "locality: E14 9FJ",
    ]);
  });

  it("keeps text that looks like replacement patterns or markers as it is", () => {
    const block: PostalBlock = {
      name: "$& $1 $$",
      organization: "\u0001O\u0001",
      address: { lines: ["$' 1 Main St"], locality: "Springfield", region: "IL", postalCode: "62701", country: "US" },
    };
    expect(lines(block)).toEqual([
      "name: $& $1 $$",
      "organization: \u0001O\u0001",
      "street: $' 1 Main St",
      "locality: Springfield, IL 62701",
    ]);
  });

  it("an empty street line or field is left out", () => {
    expect(lines({ name: " ", address: { ...ACME, lines: ["", "200 Park Ave"], region: "" } })).toEqual([
      "street: 200 Park Ave",
      "locality: New York 10166",
    ]);
  });
});
