/*
 * Issue 13: whole sentences from any notes. For generated missed examples (lists, commas, round
 * and square brackets, straight and curly quotes, colons, dashes, one to three sentences, any
 * first letter), every thank-you letter, email and note to every interviewer, in every tone and
 * locale, and the reflection worksheet:
 * - gives the candidate's note whole, as a sentence of its own that ends exactly once, or mentions
 *   it by a run of whole words from it that opens or closes no bracket, quote or dash pair;
 * - has every bracket and quote closed, and no doubled closing marks.
 * The generator records where each pair in a note starts and ends, so a cut inside one is caught
 * without trusting the code's own reading of the text.
 */
import { createPlan, type InterviewInput } from "@afterview/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { documentText, richInput } from "../internal/test-fixtures.js";
import { en } from "../languages/en/index.js";
import { TONES } from "../registry/tones.js";
import { personalParts } from "../views/personal.js";
import { compose } from "./compose.js";

/** English data, so the English locales; each other language checks its own letters (review, snapshots) in languages/<lang>/. */
const LOCALES = en.locales;

/** A piece of a note and the spans, [start, end), of the pairs in it (brackets, quotes, dash pairs). */
interface Piece {
  text: string;
  pairs: [number, number][];
}

const plain = (text: string): Piece => ({ text, pairs: [] });

function join(pieces: readonly Piece[], separator = " "): Piece {
  let text = "";
  const pairs: [number, number][] = [];
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) text += separator;
    pairs.push(...piece.pairs.map(([start, end]): [number, number] => [start + text.length, end + text.length]));
    text += piece.text;
  }
  return { text, pairs };
}

function wrap(open: string, piece: Piece, close: string): Piece {
  const inner = join([plain(open), piece, plain(close)], "");
  return { text: inner.text, pairs: [...inner.pairs, [0, inner.text.length]] };
}

/** Words a quote may hold: none starts or ends with an apostrophe, which would read as its closing mark. */
const QUOTABLE = [
  "late data",
  "ship it",
  "what happens when data is late",
  "O'Brien's rota",
  "3.5 days",
  "Project Zeus",
];
const NOUNS = [
  "the backfill tool I built",
  "the weak-supervision pipeline I designed",
  "an audit of 40 unused licences",
  "my on-call rota",
  "the users' dashboard",
  "the A/B test I ran",
  "how I halved onboarding time",
  "our iPhone release",
];
const ITEMS = ["regexes", "heuristics", "a small labelled set", "two dashboards", "the runbook", "Kafka"];
const TAILS = ["that cut costs by 60%", "which replays a day of events", "because the data was late", "in 2019–2021"];
const LEADS = [
  "I forgot to mention ",
  "when we talked about hiring, I never got to explain ",
  "i meant to share ",
  "I didn't get to describe ",
  "",
];
const OTHER = [
  "ran the test at 10:30 on a Friday",
  "It doubled sign-ups",
  "the team still uses it",
  "iPhone users loved it",
];

const list: fc.Arbitrary<Piece> = fc
  .uniqueArray(fc.constantFrom(...ITEMS), { minLength: 2, maxLength: 4 })
  .map((items) => plain(`${items.slice(0, -1).join(", ")} and ${items.at(-1)}`));

const quoted: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...QUOTABLE), fc.constantFrom(['"', '"'], ["“", "”"], ["‘", "’"], ["'", "'"], ["[", "]"]))
  .map(([words, [open, close]]) => wrap(open, plain(words), close));

/** An aside inside the phrase: a bracketed list, a quotation, or a list between a pair of dashes. */
const inner: fc.Arbitrary<Piece> = fc.oneof(
  list.map((items) => wrap("(", items, ")")),
  quoted,
  fc.tuple(list, fc.constantFrom("—", "–")).map(([items, dash]): Piece => {
    const piece = join([plain(dash), items, plain(dash)]);
    return { text: piece.text, pairs: [...piece.pairs, [0, piece.text.length]] };
  }),
);

/** What the note says was left out, then how the sentence goes on: a clause, a colon and a list, or nothing. */
const phrase: fc.Arbitrary<Piece> = fc
  .record({
    noun: fc.constantFrom(...NOUNS),
    inner: fc.option(inner, { nil: undefined }),
    tail: fc.option(fc.constantFrom(...TAILS), { nil: undefined }),
    comma: fc.boolean(),
    colon: fc.option(list, { nil: undefined }),
  })
  .map((g) => {
    const parts = [plain(g.noun), ...(g.inner ? [g.inner] : [])];
    let piece = join(parts);
    if (g.colon) piece = join([piece, g.colon], ": ");
    if (g.tail) piece = join([piece, plain(g.tail)], g.comma ? ", " : " ");
    return piece;
  });

const sentence: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...LEADS), phrase, fc.constantFrom(".", "!", "?"))
  .map(([lead, body, end]) => join([plain(lead), body, plain(end)], ""));

const other: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...OTHER), fc.option(inner, { nil: undefined }), fc.constantFrom(".", "!"))
  .map(([words, aside, end]) => join([join([plain(words), ...(aside ? [aside] : [])]), plain(end)], ""));

/** One to three sentences; the last may end with no mark, or with a stray comma, semicolon or colon. */
const note: fc.Arbitrary<Piece> = fc
  .tuple(
    fc.array(fc.oneof(sentence, other), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("keep", "", ",", ";", ":"),
  )
  .map(([sentences, ending]) => {
    const piece = join(sentences);
    if (ending === "keep") return piece;
    return { text: piece.text.replace(/[.!?]$/u, ending), pairs: piece.pairs };
  });

/** Three interviewers; the notes never name them, so the example goes to the one whose topics it shares most with. */
const panel: InterviewInput = {
  ...richInput,
  interviewers: [
    { name: "Dana Whitfield", topics: ["the warehouse migration"] },
    { name: "Marek Szczepański", topics: ["late data and the backfill tool"] },
    { name: "Siobhán O'Brien", topics: ["onboarding time for new analysts"] },
  ],
};

/** Every bracket and quote closes in order (apostrophes aside: the notes hold only straight ones). */
function pairsClose(text: string): boolean {
  const closing: Record<string, string> = { "(": ")", "[": "]", "“": "”", "‘": "’" };
  const open: string[] = [];
  for (const char of text) {
    if (char === '"') {
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
    } else if (closing[char]) open.push(closing[char]);
    else if (")]”’".includes(char) && open.pop() !== char) return false;
  }
  return open.length === 0;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** True when `part` stands in the note at word edges, without cutting any pair of it in two. */
function wholeWordsOf(part: string, { text, pairs }: Piece): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const end = at + part.length;
    const edges = !isWordChar(text[at - 1]) && !isWordChar(text[end]);
    const uncut = pairs.every(([start, stop]) => stop <= at || start >= end || (start >= at && stop <= end));
    if (edges && uncut) return true;
  }
  return false;
}

/** The note without its closing marks and first letter: what must appear word for word when it is given whole. */
function body(text: string): string {
  return text.replace(/[\s.!?,;:]+$/u, "").slice(1);
}

/** Checks one document that should hold the note whole, as its own sentence, ended once. */
function expectWhole(doc: string, written: Piece, label: string): void {
  const core = body(written.text);
  const at = doc.indexOf(core);
  expect(at, label).toBeGreaterThan(0);
  const first = doc[at - 1]!;
  const own = written.text[0]!;
  // Only a lower-case first letter may change, and only to its capital: it opens a sentence.
  expect([own, own.toLocaleUpperCase("en")], label).toContain(first);
  if (/^\p{Ll}+(?![\p{L}])/u.test(written.text)) expect(first, label).toBe(own.toLocaleUpperCase("en"));
  // It opens a sentence of its own, after the template's lead-in.
  expect(doc.slice(0, at - 1), label).toMatch(/[.!?] $/u);
  // Ended exactly once: one mark of the note's own, or a full stop where it had none.
  expect(doc.slice(at + core.length), label).toMatch(/^[.!?](?:\s|$)/u);
}

describe("issue 13: whole sentences from any notes", () => {
  test.prop([note, fc.constantFrom(...LOCALES)], { numRuns: 50 })(
    "every thank-you draft and the reflection worksheet",
    (written, locale) => {
      const input = { ...panel, notes: { ...panel.notes, missedExample: written.text } };
      const plan = createPlan(input, { now: input.end });
      for (const reader of input.interviewers) {
        const parts = personalParts(input, reader, en.personal);
        if (parts.aside !== undefined) {
          expect(wholeWordsOf(parts.aside, written), parts.aside).toBe(true);
          expect(parts.aside, parts.aside).toMatch(/[\p{L}\p{N}%)\]"'”’]$/u);
        }
        for (const id of ["thank-you/letter", "thank-you/email", "thank-you/note"] as const) {
          for (const tone of TONES) {
            const doc = documentText(compose(id, { input, plan, recipient: reader, tone, locale }));
            const label = `${id} ${tone} ${locale} to ${reader.name}`;
            expect(pairsClose(doc), label).toBe(true);
            expect(doc, label).not.toMatch(/[.!?]["”’)\]]*[.!?]|[,;:][.!?,;:]/u);
            if (parts.aside === undefined) expectWhole(doc, written, label);
            else expect(doc, label).toContain(parts.aside);
          }
        }
      }
      for (const tone of TONES) {
        const doc = documentText(compose("outcome/reflection", { input, plan, tone, locale }));
        expect(pairsClose(doc), tone).toBe(true);
        expectWhole(doc, written, `outcome/reflection ${tone}`);
      }
    },
    // About 1,500 drafts a run: a few seconds alone, longer on a busy machine.
    30_000,
  );
});
