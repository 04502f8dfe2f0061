/*
 * What en-GB changes, and nothing else. The snapshots hold every template in en-US only
 * (src/templates/<family>/__snapshots__); here every template in every tone is composed in both
 * locales for the rich interview, and the en-GB document must be exactly the en-US one with the
 * British conventions below applied: dates, greeting and closing lines, courtesy titles, spelling,
 * money, the names of some terms, and the serial comma. The caller's own words (here the
 * advice's sentences) stay as written.
 */
import { describe, expect, test } from "vitest";
import { compose } from "../../compose/compose.js";
import type { ComposeContext } from "../../compose/context.js";
import {
  documentText,
  offerPlan,
  planFor,
  richInput,
  richNegotiation,
  richOffer,
} from "../../internal/test-fixtures.js";
import { TONES } from "../../registry/tones.js";
import { TEMPLATE_IDS, type TemplateId } from "../../registry/types.js";
import { respell } from "./spelling.js";

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/** The British conventions, each as a rewrite of American text. */
const CONVENTIONS: [name: string, from: RegExp, to: string][] = [
  [
    "a day in the coming weeks: Tuesday 24 November",
    new RegExp(`\\b${WEEKDAY}, ${MONTH} (\\d{1,2})\\b`, "gu"),
    "$1 $3 $2",
  ],
  ["a full date: 24 November 2026", new RegExp(`\\b${MONTH} (\\d{1,2}), (\\d{4})\\b`, "gu"), "$2 $1 $3"],
  ["a formal greeting ends with a comma, not a colon", /^(Dear .*):$/gmu, "$1,"],
  ["a courtesy title has no full stop", /\b(Mr|Mrs|Ms|Mx|Dr)\. /gu, "$1 "],
  ["formal closing", /^Sincerely,$/gmu, "Yours sincerely,"],
  ["warm closing", /^Warm regards,$/gmu, "Kind regards,"],
  ["brief closing", /^Best,$/gmu, "Best wishes,"],
  ["dollars are US dollars to a British reader", /(?<![\p{L}$])\$(?=\d)/gu, "US$"],
  ["a signing bonus is a joining bonus", /\bsigning bonus\b/gu, "joining bonus"],
  ["the same, at the start of a term", /\bSigning bonus\b/gu, "Joining bonus"],
  ["paid time off is annual leave", /\bPaid time off\b/gu, "Annual leave"],
  ["no serial comma in a list of names", /, and (?=\p{Lu}\p{L}+ \p{Lu})/gu, " and "],
];

/** Sentences of the negotiation advice, quoted in the candidate's notes as core wrote them. */
const CALLERS_WORDS = (richNegotiation.levers ?? []).flatMap((lever) =>
  typeof lever === "string" || !lever.text ? [] : [lever.text],
);

/** en-US text as en-GB writes it: the conventions above, then the spelling of our prose. */
function british(text: string, used: Set<string>): string {
  const quoted = new RegExp(
    `(${CALLERS_WORDS.map((words) => words.replace(/[.*+?^${}()|[\]\\$]/gu, "\\$&")).join("|")})`,
    "u",
  );
  return text
    .split(quoted)
    .map((part, index) => (index % 2 === 1 ? part : ours(part, used)))
    .join("");
}

function ours(text: string, used: Set<string>): string {
  let out = text;
  for (const [name, from, to] of CONVENTIONS) {
    const next = out.replace(from, to);
    if (next !== out) used.add(name);
    out = next;
  }
  const respelled = respell(out, "en-GB");
  if (respelled !== out) used.add("spelling");
  return respelled;
}

const before = { input: richInput, plan: planFor(richInput), honorific: "Ms" } satisfies ComposeContext;
const offered = {
  input: richInput,
  plan: offerPlan(richInput, richOffer),
  negotiation: richNegotiation,
  honorific: "Ms",
} satisfies ComposeContext;
const contextFor = (id: TemplateId) => (id.startsWith("offer/") || id === "outcome/celebrate" ? offered : before);

describe("en-GB: the same documents in British conventions", () => {
  const used = new Set<string>();

  test.each(TEMPLATE_IDS.flatMap((id) => TONES.map((tone) => [id, tone] as const)))("%s, %s", (id, tone) => {
    const us = compose(id, { ...contextFor(id), tone, locale: "en-US" });
    const gb = compose(id, { ...contextFor(id), tone, locale: "en-GB" });
    expect(gb.locale).toBe("en-GB");
    expect(documentText(gb)).toBe(british(documentText(us), used));
  });

  test("every convention above shows up in some document", () => {
    expect([...used].sort()).toEqual([...CONVENTIONS.map(([name]) => name), "spelling"].sort());
  });

  test.each([
    ["the reflection worksheet", "outcome/reflection", "formal", ["Areas to practise", "Points to emphasise"]],
    ["the formal email", "thank-you/email", "formal", ["To summarise"]],
  ] as const)("British spelling in %s", (_name, id, tone, phrases) => {
    const text = documentText(compose(id, { ...contextFor(id), tone, locale: "en-GB" }));
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  test("a formal letter that cannot name its reader closes Yours faithfully", () => {
    const doc = compose("thank-you/letter", { ...before, recipient: {}, tone: "formal", locale: "en-GB" });
    expect([doc.salutation, doc.closing]).toEqual(["Dear Hiring Team,", "Yours faithfully,"]);
  });
});
