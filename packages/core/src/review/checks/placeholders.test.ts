import { describe, expect, it } from "vitest";
import { interview } from "../fixtures/interview.js";
import { slices, subjectOf } from "../fixtures/subject.js";
import { checkPlaceholders } from "./placeholders.js";

const dana = interview.interviewers[0]!;

describe("checkPlaceholders", () => {
  const leftovers: [name: string, draft: string, expected: string[]][] = [
    ["mustache variable", "Dear {{first_name}}, thank you.", ["{{first_name}}"]],
    ["mustache with spaces", "I enjoyed meeting the {{ team }} today.", ["{{ team }}"]],
    ["single braces", "Thank you, {name}.", ["{name}"]],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the test is about a literal "${...}" left in a draft.
    ["template literal", "I want to join ${company} soon.", ["${company}"]],
    ["[Name]", "Dear [Name],\nThank you.", ["[Name]"]],
    ["[Company]", "I would love to work at [Company].", ["[Company]"]],
    ["bracketed capitalised phrase", "Dear [Hiring Manager's Name], hello", ["[Hiring Manager's Name]"]],
    ["bracketed lower-case placeholder word", "I am excited about the [insert role] opening.", ["[insert role]"]],
    ["angle brackets", "Dear <name>, thanks again.", ["<name>"]],
    ["double angle brackets", "Best wishes to everyone at <<Company Name>>.", ["<<Company Name>>"]],
    ["mail-merge percent", "Hello %FIRST_NAME%, thanks.", ["%FIRST_NAME%"]],
    ["XXX", "We met on XXX and talked for an hour.", ["XXX"]],
    ["XX in an amount", "The range was $XX,XXX a year.", ["XX", "XXX"]],
    ["lower-case xxx", "I led a team of xxx people.", ["xxx"]],
    ["TK", "I grew revenue by TK percent.", ["TK"]],
    ["TODO", "TODO: add the example here.", ["TODO"]],
    ["underscores", "Dear ___, thank you for ______.", ["___", "______"]],
    ["Lorem ipsum", "Lorem ipsum dolor sit amet.", ["Lorem ipsum"]],
    ["lorem alone", "It was lorem something.", ["lorem"]],
    [
      "several in one draft",
      "Dear [Name],\n\nThanks for the chat about {{topic}} at XXX.",
      ["[Name]", "{{topic}}", "XXX"],
    ],
    ["nested: one finding", "Dear [XXX], thanks.", ["[XXX]"]],
  ];
  it.each(leftovers)("finds %s", (_name, draft, expected) => {
    const findings = checkPlaceholders(subjectOf(draft));
    expect(slices(draft, findings)).toEqual(expected);
    for (const item of findings) {
      expect(item.severity).toBe("error");
      expect(item.code).toBe("placeholder");
    }
  });

  const clean: [name: string, draft: string][] = [
    ["a warm plain letter", "Dear Dana,\n\nThank you for a lovely conversation about the migration."],
    ["[sic] and a citation", 'You said it was "teh best team" [sic], as noted in [1].'],
    ["an email address in angle brackets", "Alex Morgan <alex@example.com>"],
    ["a link in angle brackets", "My portfolio is at <https://example.com/alex>."],
    ["a pasted paragraph tag", "<p>Thank you for your time.</p>"],
    ["percentages", "We cut costs by 20% and latency by 35%."],
    ["kisses in a personal note", "See you soon, xx"],
    ["a word with tk inside", "The Tkachenko report was useful."],
    ["two underscores", "file__name"],
    ["braces without letters", "The set {1, 2} is small."],
    ["an unclosed bracket", "I [really enjoyed it.\nThanks."],
  ];
  it.each(clean)("leaves %s alone", (_name, draft) => {
    expect(checkPlaceholders(subjectOf(draft))).toEqual([]);
  });

  it("gives the position with 1-based line and column", () => {
    const draft = "Dear Dana,\r\n\r\nI would love to join [Company].";
    const [item] = checkPlaceholders(subjectOf(draft));
    expect(item?.at).toEqual({ start: 35, end: 44, line: 3, column: 22 });
  });

  it("suggests what the placeholder stood for", () => {
    const draft = "Dear [Interviewer Name], I want to join [Company] as a [Job Title]. [Your Name]";
    const messages = checkPlaceholders(subjectOf(draft, { recipient: dana })).map((item) => item.message);
    expect(messages[0]).toContain('"Dana Whitfield"');
    expect(messages[1]).toContain('"Acme Corp"');
    expect(messages[2]).toContain('"Senior Data Engineer"');
    expect(messages[3]).toContain('"Alex Morgan"');
  });
});
