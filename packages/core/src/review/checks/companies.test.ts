import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../schema/interview-input.js";
import { interview } from "../fixtures/interview.js";
import { slices, subjectOf } from "../fixtures/subject.js";
import { checkCompanies, companyName } from "./companies.js";

const withCompany = (name: string): InterviewInput => ({ ...interview, company: { ...interview.company, name } });

describe("companyName", () => {
  it.each([
    ["Acme Corp", ["acme"]],
    ["Acme Corporation", ["acme"]],
    ["The Home Depot, Inc.", ["home", "depot"]],
    ["Müller GmbH", ["muller"]],
    ["Bramble & Finch Ltd", ["bramble", "finch"]],
    ["Limited", ["limited"]],
  ])("%s is looked for as %j", (given, words) => {
    expect(companyName(given).words).toEqual(words);
  });

  it.each([
    ["Acme Corp", []],
    ["Northwind Traders Inc.", ["northwind"]],
    ["Bramble Finch Hollis LLP", ["bramble finch", "bramble", "bfh"]],
    ["International Business Machines", ["international business", "ibm"]],
    ["Bank of America", ["boa"]],
    ["General Electric", []],
  ] as [string, string[]][])("%s has the short forms %j", (given, forms) => {
    expect(companyName(given).short.map((form) => form.words.join(" "))).toEqual(forms);
  });
});

describe("checkCompanies", () => {
  const cases: [name: string, draft: string, input: InterviewInput, others: string[], codes: string[], at: string[]][] =
    [
      ["named without its legal form", "I want to join Acme.", interview, [], [], []],
      ["named with a possessive", "Acme's mission moved me.", interview, [], [], []],
      ["named in full, in capitals", "Thank you, ACME CORP.", interview, [], [], []],
      ["named with accents dropped", "I want to join Muller soon.", withCompany("Müller GmbH"), [], [], []],
      [
        "a two-word name",
        "Bramble and Finch? No: Bramble & Finch it is.",
        withCompany("Bramble & Finch Ltd"),
        [],
        [],
        [],
      ],
      ["never named", "Thank you for your time today.", interview, [], ["company-missing"], []],
      ["misspelt", "I want to join Acmee.", interview, [], ["company-missing", "company-misspelled"], ["Acmee"]],
      [
        "another company left in",
        "I would love to join Globex and help Globex grow.",
        interview,
        ["Globex", "Initech"],
        ["company-missing", "other-company", "other-company"],
        ["Globex", "Globex"],
      ],
      [
        "another company with a legal form, named beside the right one",
        "Acme is my first choice; Initech LLC is not.",
        interview,
        ["Initech LLC"],
        ["other-company"],
        ["Initech"],
      ],
      ["another company's name as an ordinary word", "Acme is square one for me.", interview, ["Square"], [], []],
      [
        "another company's name inside the right one",
        "I am excited about Acme Bank.",
        withCompany("Acme Bank"),
        ["Acme"],
        [],
        [],
      ],
      ["the same company listed as another", "Acme, thank you.", interview, ["ACME Corp."], [], []],
      [
        "a short near-miss opening a sentence is a word",
        "Acme was great. Acne is not a company.",
        interview,
        [],
        [],
        [],
      ],
    ];
  it.each(cases)("%s", (_name, draft, input, otherCompanies, codes, at) => {
    const findings = checkCompanies(subjectOf(draft, { input, otherCompanies }));
    expect(findings.map((item) => item.code)).toEqual(codes);
    expect(slices(draft, findings)).toEqual(at);
  });

  it("sets severities: a missing or wrong company is an error, a misspelling a warning", () => {
    const findings = checkCompanies(subjectOf("Dear team at Acmee and Globex,", { otherCompanies: ["Globex"] }));
    expect(Object.fromEntries(findings.map((item) => [item.code, item.severity]))).toEqual({
      "company-missing": "error",
      "company-misspelled": "warning",
      "other-company": "error",
    });
  });

  it("names the right company in the message about another", () => {
    const [item] = checkCompanies(subjectOf("Acme and Globex.", { otherCompanies: ["Globex"] }));
    expect(item?.message).toContain("Acme Corp");
    expect(item?.message).toContain("Globex");
  });
});
