import type { InterviewInput } from "@afterview/core";
import { describe, expect, test } from "vitest";
import { richInput } from "../internal/test-fixtures.js";
import { addressedTo } from "../languages/en/addressed-to.js";
import { en } from "../languages/en/index.js";
import { exampleOwner, leadStrength, personalParts as partsFor, readerIndex } from "./personal.js";

const personalParts = (input: InterviewInput, reader: Parameters<typeof partsFor>[1]) =>
  partsFor(input, reader, en.personal);

const panel = (people: { name?: string; topics?: string[] }[]): InterviewInput => ({
  ...richInput,
  interviewers: people,
});
const three = panel([
  { name: "Dana Whitfield", topics: ["the warehouse migration"] },
  { name: "José García", topics: ["hiring plans for next year"] },
  { topics: ["streaming ingestion with late-arriving events"] },
]);

describe("exampleOwner: whom a missed example concerns", () => {
  test.each([
    ["named by first name", "When Dana asked about cost, I forgot the audit.", 0],
    ["named by full name, accents aside", "Jose Garcia asked how I hire; I never explained my rubric.", 1],
    ["no name: the topic with most words in common", "I never got to explain how I handle late-arriving events.", 2],
    ["no name and no shared words: the first interviewer", "I forgot to mention my certificate.", 0],
    ["a name inside another word does not count", "I led the Danamark project.", 0],
  ])("%s", (_name, example, owner) => {
    expect(exampleOwner(three, example)).toBe(owner);
  });
});

describe("addressedTo: the example as written to the person it names", () => {
  test.each([
    ["mid-sentence", "When Marek asked about late data, I forgot.", "When you asked about late data, I forgot."],
    ["at the start, by full name", "Marek Szczepański raised costs.", "You raised costs."],
    ["someone else is left as is", "When Dana asked about cost, I forgot.", "When Dana asked about cost, I forgot."],
    ["the name alone is left as is", "I met Marek's team.", "I met Marek's team."],
  ])("%s", (_name, example, written) => {
    expect(addressedTo(example, "Marek Szczepański")).toBe(written);
  });
});

describe("leadStrength: the strength closest to the reader's topics", () => {
  const strengths = [
    "Led a warehouse migration of 40 TB",
    "Cut the nightly pipeline to ninety minutes",
    "Hired six engineers",
  ];
  test.each([
    ["shares words with a topic", ["the warehouse migration"], 0, 0],
    ["another topic, another strength", ["pipeline costs at night"], 0, 1],
    ["nothing in common: chosen by place", ["on-call load"], 1, 1],
    ["nothing in common, fourth reader: wraps round", ["on-call load"], 4, 1],
  ])("%s", (_name, topics, index, lead) => {
    expect(leadStrength(strengths, topics, index)).toBe(lead);
  });
  test("no strengths: none", () => {
    expect(leadStrength([], ["x"], 0)).toBe(-1);
  });
});

describe("readerIndex", () => {
  test.each([
    ["by name, case aside", { name: "josé garcía" }, 1],
    ["an unnamed interviewer, by topics", { topics: ["streaming ingestion with late-arriving events"] }, 2],
    ["someone off the panel", { name: "Priya Raman" }, -1],
    ["no one", undefined, -1],
  ])("%s", (_name, reader, index) => {
    expect(readerIndex(three, reader)).toBe(index);
  });
});

describe("personalParts", () => {
  const [dana, marek] = richInput.interviewers;
  test("the interviewer the example concerns gets it in full, spoken to as you; the other a mention", () => {
    expect(personalParts(richInput, marek)).toMatchObject({
      index: 1,
      missed: expect.stringMatching(/^When you asked about late data/u),
      aside: undefined,
    });
    expect(personalParts(richInput, dana)).toMatchObject({
      index: 0,
      missed: undefined,
      aside: "the backfill tool I built",
      asideTo: "Marek",
      asideToName: "Marek Szczepański",
    });
  });
  test("each reader leads with their own strength, the rest follow in order", () => {
    expect([dana, marek].map((reader) => personalParts(richInput, reader).strength)).toEqual([
      "Led a warehouse migration of 40 TB with no missed reporting deadline",
      "Cut the nightly pipeline from six hours to ninety minutes",
    ]);
    expect(personalParts(richInput, marek).moreStrengths).toEqual([
      "Led a warehouse migration of 40 TB with no missed reporting deadline",
    ]);
  });
  test("someone off the panel gets the example in full, as written", () => {
    const parts = personalParts(richInput, { name: "Priya Raman" });
    expect([parts.index, parts.missed?.slice(0, 15), parts.aside]).toEqual([0, "When Marek aske", undefined]);
  });
  test("an example that does not say what it left out goes in full to everyone", () => {
    const input = { ...richInput, notes: { missedExample: "The audit I ran found 12 unused licences" } };
    expect(personalParts(input, dana).missed).toBe("The audit I ran found 12 unused licences.");
  });
});
