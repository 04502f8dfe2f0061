// The thank-you kit for a panel of three: a video interview in London with a design lead, a
// researcher and an engineering manager, each of whom gave an email address. composePlan writes one
// email per person (British English, because the candidate is in the UK), each naming what that
// person talked about; renderText lays each out as plain text and renderEml turns it into a draft
// that opens, ready to send, in a mail client.
// Run after `pnpm build`: `pnpm exec tsx examples/thank-you-three-interviewers.ts`. It checks its own output.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createPlan, parseInterviewInput, reviewDrafts } from "@afterview/core";
import { renderEml, renderText } from "@afterview/renderers";
import { composePlan } from "@afterview/templates";

const input = parseInterviewInput(
  JSON.parse(readFileSync(new URL("./data/three-interviewers.json", import.meta.url), "utf8")),
);
const plan = createPlan(input, { now: input.end });
const letters = composePlan(plan, input).filter((doc) => doc.templateId.startsWith("thank-you/"));

// Each draft is dated by its own send action: the morning after, inside the employer's hours.
const sendBy = (name: string | undefined) =>
  plan.actions.find((action) => action.kind === "send-thank-you" && action.to?.name === name)?.due?.start;

const texts: string[] = [];
const drafts: string[] = [];
for (const doc of letters) {
  const text = renderText(doc);
  const eml = renderEml(doc, { date: sendBy(doc.to?.name) });
  texts.push(text);
  drafts.push(eml);
  console.log(`=== to ${doc.to?.name} <${doc.to?.email}> (${eml.length} bytes as .eml)\n${text}`);
}

// Three emails, one per interviewer, in the order the plan lists them.
assert.deepEqual(
  letters.map((doc) => [doc.templateId, doc.to?.name, doc.to?.email]),
  input.interviewers.map((person) => ["thank-you/email", person.name, person.email]),
);
assert.equal(new Set(texts).size, 3, "three different letters");

// Each letter names its reader's own topics and none of the others'.
input.interviewers.forEach((person, i) => {
  for (const [j, other] of input.interviewers.entries()) {
    for (const topic of other.topics ?? []) {
      const words = new RegExp(topic.replace(/[-\s]+/g, "[-\\s]+"));
      if (i === j) assert.match(texts[i]!, words, `${person.name}'s letter names "${topic}"`);
      else assert.doesNotMatch(texts[i]!, words, `${person.name}'s letter leaves out "${topic}"`);
    }
  }
});

// British conventions: first names in the warm default tone, "Kind regards," no American spellings.
assert.ok(letters.every((doc) => doc.locale === "en-GB" && doc.closing === "Kind regards,"));
assert.deepEqual(
  letters.map((doc) => doc.salutation),
  ["Dear Imogen,", "Dear Tunde,", "Dear Siobhán,"],
);

// The .eml drafts: addressed to each reader (a non-ASCII name is RFC 2047-encoded), dated by the plan,
// marked as unsent so a mail client opens them as drafts, and the same bytes every time.
drafts.forEach((eml, i) => {
  const person = input.interviewers[i]!;
  const to = /^To: (.*)$/m.exec(eml)?.[1] ?? "";
  assert.ok(to.endsWith(`<${person.email}>`), `To: ${to}`);
  assert.match(eml, /^X-Unsent: 1$/m);
  assert.match(eml, /^Date: Wed, 11 Mar 2026 09:00:00 \+0000$/m);
  assert.equal(renderEml(letters[i]!, { date: sendBy(person.name) }), eml);
});
assert.match(drafts[2]!, /^To: =\?utf-8\?B\?/m, "Siobhán is encoded, not mangled");

// Each letter does all four jobs of a thank-you: thanks, interest, the missed example, a strength.
// (Reviewed unwrapped: the review reads a line break as the end of a sentence.)
const review = reviewDrafts(
  letters.map((doc, i) => ({ recipient: input.interviewers[i]!, text: renderText(doc, { width: 1000 }) })),
  { input },
);
assert.equal(review.ok, true);
assert.deepEqual(
  review.reviews.flatMap((each) => each.findings.filter((finding) => finding.severity !== "info")),
  [],
);
console.log(`${letters.length} thank-you emails, all different, all passing review`);
