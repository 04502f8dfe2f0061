import { describe, expect, it } from "vitest";
import type { InterviewInput } from "../../schema/interview-input.js";
import { interview } from "../fixtures/interview.js";
import { slices, subjectOf } from "../fixtures/subject.js";
import { checkNames } from "./names.js";

const [dana, jose] = interview.interviewers as [
  NonNullable<InterviewInput["interviewers"][0]>,
  (typeof interview.interviewers)[0],
];

/** An interview with other people, so the rule is tested on more than one set of names. */
const other: InterviewInput = {
  ...interview,
  role: "Product Designer",
  company: { ...interview.company, name: "Bramble & Finch Ltd" },
  interviewers: [
    { name: "Siobhan McDonald", spellingConfirmed: true },
    { name: "Søren Kierkegaard-Holm", spellingConfirmed: true },
    { name: "Lee Wu" },
  ],
  scheduler: { name: "Zoë Brontë" },
};

describe("checkNames: spelling", () => {
  const misspelt: [name: string, draft: string, input: InterviewInput, expected: string[]][] = [
    ["one letter dropped", "Dear Ms. Whitfeld,\nThank you.", interview, ["Whitfeld"]],
    ["two letters swapped", "Thank you, Ms. Whitfeild, for the tour.", interview, ["Whitfeild"]],
    ["missing accent", "Dear Jose,\nThank you.", interview, ["Jose"]],
    ["missing accents in a double-barrelled name", "I also met Mr. Garcia-Lopez.", interview, ["Garcia", "Lopez"]],
    ["a typo in the first name", "It was great to meet Dnaa and the team.", interview, ["Dnaa"]],
    ["the scheduler's name", "Please thank Priya Ramen for arranging the day.", interview, ["Ramen"]],
    ["a possessive keeps its position", "I enjoyed Ms. Whitfeld's questions.", interview, ["Whitfeld"]],
    ["inner capital lost", "Thank you, Ms. Mcdonald, for your time.", other, ["Mcdonald"]],
    ["ø written as o", "Dear Soren,\nthanks.", other, ["Soren"]],
    ["diaeresis dropped", "Please thank Zoe Bronte for me.", other, ["Zoe", "Bronte"]],
    ["long name, two edits", "Thank you, Mr. Kirkegard-Holm.", other, ["Kirkegard"]],
  ];
  it.each(misspelt)("warns on %s", (_name, draft, input, expected) => {
    const findings = checkNames(subjectOf(draft, { input }));
    expect(slices(draft, findings)).toEqual(expected);
    expect(findings.every((item) => item.code === "name-misspelled" && item.severity === "warning")).toBe(true);
  });

  const fine: [name: string, draft: string, input: InterviewInput][] = [
    ["names as given", "Dear Ms. Whitfield,\nThank you, José García-López and Priya Raman.", interview],
    ["a word like a name opening a sentence", "Data pipelines fascinate me. Dane is a town.", interview],
    ["a word from the role", "I loved the Data Engineering questions.", interview],
    [
      "lower-case words that are also names",
      "I hope to see you soon; I will write again.",
      { ...interview, interviewers: [{ name: "Hope Will" }] },
    ],
    ["all capitals", "THANK YOU, WHITFIELD TEAM", interview],
    ["a short name is compared exactly", "Thank you, Mr. Wo, I mean Lee Wu.", other],
    ["another word two edits away with another first letter", "The Chitfeld report helped.", interview],
    ["the candidate's own name", "Best wishes,\nAlex Morgan", interview],
    [
      "greeting and sign-off words",
      "Dear Dean,\nThanks!\nBest,\nAlex",
      { ...interview, interviewers: [{ name: "Dean Best" }] },
    ],
  ];
  it.each(fine)("accepts %s", (_name, draft, input) => {
    expect(checkNames(subjectOf(draft, { input }))).toEqual([]);
  });

  it("names the expected spelling and the person", () => {
    const [item] = checkNames(subjectOf("Dear Ms. Whitfeld,"));
    expect(item?.message).toContain('"Whitfield"');
    expect(item?.message).toContain("Dana Whitfield");
  });

  it("asks to confirm a spelling that is not confirmed", () => {
    const [item] = checkNames(subjectOf("Thank you, Jose."));
    expect(item?.message).toContain("not confirmed");
    const [confirmed] = checkNames(subjectOf("Thank you, Ms. Whitfeld."));
    expect(confirmed?.message).not.toContain("not confirmed");
  });

  it("skips interviewers whose name is unknown", () => {
    const input = { ...interview, interviewers: [{ title: "Engineer" }] };
    expect(checkNames(subjectOf("Dear Dnaa, thanks.", { input }))).toEqual([]);
  });
});

describe("checkNames: the greeting", () => {
  const cases: [name: string, draft: string, codes: string[], at: string[]][] = [
    ["addressed by first name", "Dear Dana,\n\nThank you.", [], []],
    ["addressed by title and surname", "Dear Ms. Whitfield,\n\nThank you.", [], []],
    ["addressed after an address block", "200 Park Ave\nNew York\n\nHello Dana,\nThanks.", [], []],
    ["a note-style greeting", "Hi Dana — thanks so much for today, José was great too.", [], []],
    ["another interviewer", "Dear José,\n\nThank you.", ["wrong-recipient"], ["José"]],
    [
      "another interviewer, misspelt",
      "Dear Jose,\n\nThank you.",
      ["wrong-recipient", "name-misspelled"],
      ["Jose", "Jose"],
    ],
    ["both interviewers", "Dear Dana and José,\n\nThank you.", ["wrong-recipient"], ["José"]],
    ["no name", "Dear Hiring Team,\n\nThank you.", ["generic-salutation"], ["Dear Hiring Team"]],
    ["a bare first line", "Dana,\nThank you for today.", [], []],
  ];
  it.each(cases)("%s", (_name, draft, codes, at) => {
    const findings = checkNames(subjectOf(draft, { recipient: dana }));
    expect(findings.map((item) => item.code).sort()).toEqual([...codes].sort());
    expect(slices(draft, findings).sort()).toEqual([...at].sort());
  });

  it("reports a wrong recipient as an error naming both people", () => {
    const [item] = checkNames(subjectOf("Dear José,\nThanks.", { recipient: dana }));
    expect(item?.severity).toBe("error");
    expect(item?.message).toContain("José García-López");
    expect(item?.message).toContain("Dana Whitfield");
  });

  it("does not read a greeting word as another interviewer's name", () => {
    const input: InterviewInput = { ...interview, interviewers: [dana, { name: "Dean Park" }] };
    expect(checkNames(subjectOf("Dear Dana,\nThanks.", { input, recipient: dana }))).toEqual([]);
  });

  it("does not check the greeting without a recipient", () => {
    expect(checkNames(subjectOf("Dear Hiring Team,\nThanks."))).toEqual([]);
  });

  it("checks the greeting for the other interviewer too", () => {
    const findings = checkNames(subjectOf("Dear Dana,\nThanks.", { recipient: jose }));
    expect(findings.map((item) => item.code)).toEqual(["wrong-recipient"]);
  });
});
