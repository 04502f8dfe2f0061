// A plan from a JSON file: read the sample interview as untyped JSON, make the plan at the moment the
// interview ended, and print the timeline a person follows — when the employer should decide, how
// the thank-you letters go, when to call, and every action with the reason behind it.
// Run after `pnpm build`: `pnpm exec tsx examples/plan-from-json.ts`. It checks its own output.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createPlan, formatWhen, parseInterviewInput, parsePlan, toDate } from "@afterview/core";

// Untyped JSON straight from disk. parseInterviewInput validates it and gives it its type; a bad
// field is an AfterviewValidationError naming it, e.g. `interviewers[1].email` (see http-handler.ts).
const json: unknown = JSON.parse(readFileSync(new URL("./data/sample-interview.json", import.meta.url), "utf8"));
const input = parseInterviewInput(json);
const now = "2026-11-24T15:30:00-05:00[America/New_York]"; // the interview has just ended
const plan = createPlan(input, { now });

console.log(`Status: ${plan.status}`);
console.log(`Decision expected ${plan.decision.earliest} to ${plan.decision.latest} (${plan.decision.source})`);
console.log(`Thank-you: ${plan.thankYou.channel}, write by ${plan.thankYou.writeBy}, send by ${plan.thankYou.sendBy}`);
for (const call of plan.followUps) {
  console.log(`Call #${call.attempt}: ${call.opens} – ${call.closes} (your clock: ${call.forCandidate.opens})`);
}
console.log(`Nothing to do until ${plan.quietUntil}`);
for (const action of plan.actions) {
  const to = action.to?.name ? ` → ${action.to.name}` : "";
  console.log(`- [${action.status}] ${action.due?.start ?? "(undated)"} ${action.kind}${to}`);
  for (const why of action.why) console.log(`    ${why.text}${why.source ? ` [${why.source}]` : ""}`);
}

// "Within two or three days" of Tuesday 24 November 2026 in New York: Thanksgiving (the 26th) and
// the weekend are not business days, so the decision falls between the 25th and Monday the 30th.
assert.equal(plan.status, "awaiting-decision");
assert.deepEqual(
  [plan.decision.earliest, plan.decision.latest, plan.decision.source],
  ["2026-11-25", "2026-11-30", "stated"],
);

// A posted letter would arrive after the decision, so the thank-you goes by email, written tonight.
assert.equal(plan.thankYou.send, true);
assert.equal(plan.thankYou.channel, "email");
assert.equal(plan.thankYou.postal?.beforeDecision, false);
assert.equal(plan.thankYou.writeBy, "2026-11-24T21:00:00-06:00[America/Chicago]");

// The first call: the next business day after the latest decision date, in the employer's calling
// hours, and the same window on the candidate's clock in Chicago.
const [first] = plan.followUps;
assert.equal(first?.opens, "2026-12-01T09:30:00-05:00[America/New_York]");
assert.equal(first?.forCandidate.opens, "2026-12-01T08:30:00-06:00[America/Chicago]");
assert.equal(plan.quietUntil, first?.forCandidate.opens);
assert.equal(formatWhen(first!.opens), "Tue, Dec 1, 2026, 9:30 AM EST");

// Marek's spelling is not confirmed, so the first action is a call to the scheduler, Priya.
assert.equal(plan.actions[0]?.kind, "confirm-recipients");
assert.equal(plan.actions[0]?.to?.name, "Priya Raman");
// Actions are in order of when they are due, and every one says why.
// A plan's instants carry their zone ("…-05:00[America/New_York]"), which `new Date` cannot read:
// toDate and formatWhen can.
const instants = plan.actions.flatMap((action) => (action.due ? [toDate(action.due.start).getTime()] : []));
assert.deepEqual(
  instants,
  [...instants].sort((a, b) => a - b),
);
assert.ok(plan.actions.every((action) => action.why.length > 0));
assert.ok(plan.followUps.every((call) => call.why.some((why) => why.source === "E-FU-STATED")));

// A plan is plain JSON: store it, read it back, and it is the same plan. And the same input with
// the same `now` always gives the same plan: afterview never reads the clock.
assert.deepEqual(parsePlan(JSON.parse(JSON.stringify(plan))), plan);
assert.deepEqual(createPlan(input, { now }), plan);
console.log(`${plan.actions.length} actions, ${plan.followUps.length} follow-up calls`);
