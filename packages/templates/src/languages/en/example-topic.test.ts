import { describe, expect, test } from "vitest";
import { exampleTopic } from "./example-topic.js";

describe("exampleTopic: what the example was about, for a passing mention", () => {
  test.each([
    [
      "after 'forgot to mention', up to its relative clause",
      "When Marek asked about late data, I forgot to mention the backfill tool I built that replays a day of events.",
      "the backfill tool I built",
    ],
    [
      "after 'never got to explain', to the end of the note",
      "i never got to explain how I halved onboarding time",
      "how I halved onboarding time",
    ],
    ["up to ', which'", "I meant to mention the audit I ran, which found 12 licences.", "the audit I ran"],
    [
      "issue 13: a bracket is kept whole, commas and all",
      "When Dana asked about labelling costs, I forgot to mention the weak-supervision pipeline I designed (regexes, heuristics and a small labelled set) that cut labelling costs by 60%.",
      "the weak-supervision pipeline I designed (regexes, heuristics and a small labelled set)",
    ],
    [
      "a clause word inside brackets or quotes does not end it",
      'I forgot to mention the talk "What happens when data is late" that I gave.',
      'the talk "What happens when data is late"',
    ],
    [
      "curly quotes, then a comma and a clause",
      "I never got to describe “Project Zeus”, which cut costs by half.",
      "“Project Zeus”",
    ],
    ["up to a semicolon", "I forgot to mention the backfill tool; it replays a day of events.", "the backfill tool"],
    [
      "up to a dash",
      "I forgot to mention the backfill tool — it replays a day of events in an hour.",
      "the backfill tool",
    ],
    ["up to the end of its sentence", "I forgot to mention the backfill tool. It replays a day.", "the backfill tool"],
    [
      "a list is not cut",
      "I forgot to mention the alerts, the dashboards and the runbook.",
      "the alerts, the dashboards and the runbook",
    ],
    [
      "a time and a range go on",
      "I forgot to mention the 10:30 stand-up for 2019–2021 releases.",
      "the 10:30 stand-up for 2019–2021 releases",
    ],
    [
      "'that' after 'from' is part of the phrase",
      "I forgot to mention the data from that week.",
      "the data from that week",
    ],
  ])("%s", (_name, example, topic) => {
    expect(exampleTopic(example)).toBe(topic);
  });

  test.each([
    ["no such phrase", "The audit I ran found 12 unused licences."],
    [
      "a that-clause does not read after 'about'",
      "I forgot to mention that I ran our graduate scheme for three years.",
    ],
    ["nor does a new subject", "I forgot to mention I built the backfill tool."],
    ["one word is too little to stand for it", "I forgot to mention Kafka."],
    [
      "more than twelve words is no longer a passing mention",
      "I forgot to mention the long and winding story of how our small team of four rebuilt the whole warehouse.",
    ],
    ["a point that may not end the sentence", "I forgot to mention the tools I built, e.g. the replayer."],
    ["the candidate's own bracket left open", "I forgot to mention the pipeline I designed (regexes, heuristics."],
    ["the phrase inside brackets", "(I forgot to mention the backfill tool.) It replays a day."],
  ])("none: %s", (_name, example) => {
    expect(exampleTopic(example)).toBeUndefined();
  });
});
