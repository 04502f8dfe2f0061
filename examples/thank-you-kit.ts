// The thank-you drafts for the sample interview: one per interviewer, each by the channel the plan
// chose (email to both: a posted letter to Marek, whose address is unknown, would arrive after the
// decision, so the plan asks for it), each naming what that person talked about. core's reviewDrafts then checks them the way a careful friend would.
// Run after `pnpm build`: `pnpm exec tsx examples/thank-you-kit.ts`. It checks its own output.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createPlan, parseInterviewInput, reviewDrafts } from "@afterview/core";
import { composePlan, type Document } from "@afterview/templates";

const input = parseInterviewInput(
  JSON.parse(readFileSync(new URL("./data/sample-interview.json", import.meta.url), "utf8")),
);
const plan = createPlan(input, { now: input.end });
const letters = composePlan(plan, input).filter((doc) => doc.templateId.startsWith("thank-you/"));

/** The letter as a person reads it: greeting, paragraphs, list items, closing and signature. */
function plain(doc: Document): string {
  const body = doc.blocks.map((block) =>
    block.type === "list" ? block.items.map((item) => `  - ${item}`).join("\n") : block.text,
  );
  return [doc.salutation, ...body, [doc.closing, ...(doc.signature ?? [])].join("\n")].filter(Boolean).join("\n\n");
}

for (const doc of letters) {
  console.log(`=== ${doc.templateId} to ${doc.to?.name}${doc.subject ? ` — "${doc.subject}"` : ""}`);
  if (doc.kind === "letter") console.log(`${[...(doc.to?.lines ?? []), "", doc.date].join("\n")}\n`);
  console.log(`${plain(doc)}\n`);
}

// One draft per interviewer, by the channel the plan chose, each with that person's own topics.
assert.deepEqual(
  letters.map((doc) => [doc.templateId, doc.to?.name]),
  [
    ["thank-you/email", "Dana Whitfield"],
    ["thank-you/email", "Marek Szczepański"],
  ],
);
const [toDana, toMarek] = letters.map(plain);
assert.match(toDana!, /the warehouse migration and on-call load on the data team/);
assert.match(toMarek!, /streaming ingestion with late-arriving events/);
assert.doesNotMatch(toDana!, /streaming ingestion/);

// Every letter thanks them, restates interest, adds the missed example and says what sets Alex apart.
const review = reviewDrafts(
  letters.map((doc, i) => ({ recipient: input.interviewers[i]!, text: plain(doc) })),
  { input },
);
assert.equal(review.ok, true);
for (const each of review.reviews) {
  const jobs = each.findings.filter((finding) => finding.code.startsWith("missing-"));
  assert.deepEqual(jobs, [], "each letter does all four jobs");
}
console.log(`${letters.length} thank-you drafts, all passing review`);
