import { describe, expect, it } from "vitest";
import { interview } from "../fixtures/interview.js";
import { peopleOf } from "../subject.js";
import { readDraft } from "../text/draft-text.js";
import { comparableWords, findIdenticalLetters, wordOverlap } from "./similarity.js";

const people = peopleOf({ input: interview, recipient: undefined });
const [dana, jose] = interview.interviewers as [{ name: string }, { name: string }];

const body = (greeting: string, detail: string) =>
  `${greeting}\n\nThank you for meeting me today. I enjoyed our conversation about ${detail}, and I left ` +
  "more excited than ever about the role at Acme. I led a warehouse migration of 40 TB with no missed " +
  "deadline, and I would bring the same care to your team.\n\nBest wishes,\nAlex Morgan";

describe("wordOverlap", () => {
  it.each([
    [["a", "b", "c"], ["a", "b", "c"], 1],
    [["a", "b", "c"], ["c", "b", "a"], 1],
    [["a", "b"], ["c", "d"], 0],
    [["a", "a", "b"], ["a", "b", "b"], 2 / 3],
    [[], ["a"], 0],
    [[], [], 0],
  ])("%j and %j overlap by %d", (a, b, expected) => {
    expect(wordOverlap(a, b)).toBeCloseTo(expected);
  });
});

describe("comparableWords", () => {
  it("leaves out the greeting and every name", () => {
    const words = comparableWords(readDraft("Dear Ms. Whitfield,\nThank you, Dana, and José too."), people);
    expect(words).toEqual(["thank", "you", "and", "too"]);
  });
});

describe("findIdenticalLetters", () => {
  const letter = (recipient: { name: string }, text: string) => ({ recipient, text: readDraft(text) });

  const cases: [name: string, a: string, b: string, flagged: boolean][] = [
    [
      "the same letter with the name swapped",
      body("Dear Dana,", "the migration"),
      body("Dear José,", "the migration"),
      true,
    ],
    [
      "the same letter with a different greeting style",
      body("Dear Ms. Whitfield,", "the migration"),
      body("Hi José,", "the migration"),
      true,
    ],
    [
      "one detail changed",
      body("Dear Dana,", "the warehouse migration"),
      body("Dear José,", "streaming ingestion"),
      true,
    ],
    [
      "a personal paragraph added",
      body("Dear Dana,", "the migration"),
      body(
        "Dear José,",
        "late-arriving events, which reminded me of the week our clickstream lost a day of data and I rebuilt the replay job from scratch so that analysts could trust the numbers again",
      ),
      false,
    ],
    [
      "two different letters",
      body("Dear Dana,", "the migration"),
      "Dear José,\n\nThanks for the whiteboard session on streaming. Your question on watermarks made me think hard; " +
        "I sketched an answer on the train home and would love to show you.\n\nAlex",
      false,
    ],
  ];
  it.each(cases)("%s", (_name, a, b, flagged) => {
    const pairs = findIdenticalLetters([letter(dana, a), letter(jose, b)], people);
    expect(pairs.map((pair) => [pair.first, pair.second])).toEqual(flagged ? [[0, 1]] : []);
  });

  it("does not compare two letters to the same person", () => {
    const text = body("Dear Dana,", "the migration");
    expect(findIdenticalLetters([letter(dana, text), letter({ name: " dana whitfield " }, text)], people)).toEqual([]);
  });

  it("reports every pair among three copies", () => {
    const third = { name: "Priya Raman" };
    const letters = [dana, jose, third].map((person) => letter(person, body(`Dear ${person.name},`, "the migration")));
    expect(findIdenticalLetters(letters, people).map((pair) => [pair.first, pair.second])).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it("takes the caller's threshold", () => {
    const letters = [letter(dana, "Thank you for today."), letter(jose, "Thank you for yesterday.")];
    expect(findIdenticalLetters(letters, people)).toEqual([]);
    expect(findIdenticalLetters(letters, people, 0.5)).toHaveLength(1);
  });
});
