// Keeping a plan up to date: the plan is stored as JSON (here, a string standing in for a database
// row or a file), and each thing that happens is folded in with applyEvent — the thank-you emails
// go out, a follow-up call brings a new timeline, an offer arrives, and the candidate accepts. Each step reads the stored plan, applies one event and stores the result.
// Run after `pnpm build`: `pnpm exec tsx examples/keep-plan-up-to-date.ts`. It checks its own output.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  AfterviewError,
  applyEvent,
  createPlan,
  type Plan,
  type PlanEvent,
  parseInterviewInput,
  parsePlan,
} from "@afterview/core";

const input = parseInterviewInput(
  JSON.parse(readFileSync(new URL("./data/sample-interview.json", import.meta.url), "utf8")),
);
let stored = JSON.stringify(createPlan(input, { now: input.end }));

/** Reads the stored plan, folds in one event as of the moment it happened, and stores the new plan. */
function record(event: PlanEvent): Plan {
  const plan = parsePlan(JSON.parse(stored));
  const next = applyEvent(plan, event, {
    now: event.at,
    // What the candidate brings, so an offer comes with negotiation advice.
    negotiation: { yearsExperience: 8, yearsRequired: 5, fit: "strong" },
  });
  stored = JSON.stringify(next);
  return next;
}

const statusOf = (plan: Plan, id: string) => plan.actions.find((action) => action.id === id)?.status;
const pending = (plan: Plan) => plan.actions.filter((action) => action.status === "pending").map((action) => action.id);
function show(plan: Plan, what: string): void {
  console.log(`${what}\n  status ${plan.status}; decision ${plan.decision.earliest}..${plan.decision.latest}`);
  for (const action of plan.actions.filter((each) => each.status === "pending")) {
    console.log(
      `  - ${action.due?.start ?? "(undated)"} ${action.kind}${action.to?.name ? ` → ${action.to.name}` : ""}`,
    );
  }
}

// 1. Tuesday evening: both thank-you emails go out. A posted letter would reach Marek after the
// decision, so the plan had Alex ask Priya for his address on the confirming call.
let plan = record({
  type: "thank-you-sent",
  id: "sent-email",
  at: "2026-11-24T20:15:00-06:00[America/Chicago]",
  channel: "email",
});
assert.equal(statusOf(plan, "send-thank-you-1"), "done");
assert.equal(statusOf(plan, "send-thank-you-2"), "done");
assert.deepEqual(pending(plan), ["follow-up-1", "follow-up-2", "follow-up-3"]);
show(plan, "After the thank-you letters:");

// 2. No news by 30 November. Alex calls Priya on 1 December and hears "by the end of next week":
// the decision window moves to 2–11 December, and the remaining calls are planned after it.
plan = record({
  type: "follow-up-made",
  id: "call-1",
  at: "2026-12-01T09:40:00-05:00[America/New_York]",
  outcome: "spoke",
  timeline: "by the end of next week",
});
show(plan, "After the first call:");
assert.equal(plan.status, "awaiting-decision");
assert.equal(statusOf(plan, "follow-up-1"), "done");
assert.deepEqual([plan.decision.earliest, plan.decision.latest], ["2026-12-02", "2026-12-11"]);
const nextCall = plan.actions.find((action) => action.kind === "follow-up" && action.status === "pending");
assert.equal(nextCall?.due?.start.slice(0, 10), "2026-12-14", "the first business day after the new window");
assert.equal(plan.quietUntil, nextCall?.due?.start);

// 3. The offer arrives on 9 December: the waiting is over. Calls still pending are skipped, and
// the plan asks for an answer and, since the offer sits low in a posted range, a negotiation.
plan = record({
  type: "offer-received",
  id: "offer",
  at: "2026-12-09T16:00:00-05:00[America/New_York]",
  offer: {
    id: "acme",
    base: { amount: 150000, currency: "USD" },
    period: "year",
    range: { min: 140000, max: 175000, source: "posted" },
    deadline: "2026-12-16T17:00:00-05:00[America/New_York]",
  },
});
show(plan, "After the offer:");
assert.equal(plan.status, "offer");
assert.equal(plan.offer?.id, "acme");
assert.deepEqual(pending(plan), ["respond-to-offer", "negotiate"]);
assert.ok(plan.actions.filter((action) => action.kind === "follow-up").every((a) => a.status !== "pending"));
const negotiate = plan.actions.find((action) => action.kind === "negotiate");
assert.ok(
  negotiate?.why.some((why) => why.source?.startsWith("E-NEG-")),
  "the advice's reasons, with evidence",
);
assert.equal(plan.quietUntil, undefined);

// Telling afterview twice about the same thing changes nothing: events are keyed by their id.
const again = applyEvent(plan, plan.history.at(-1)!, { now: "2026-12-09T16:05:00-05:00[America/New_York]" });
assert.deepEqual(again, plan);

// 4. Alex accepts on 14 December: accept in writing before the deadline, withdraw elsewhere, celebrate.
plan = record({ type: "offer-accepted", id: "accepted", at: "2026-12-14T11:00:00-05:00[America/New_York]" });
show(plan, "After accepting:");
assert.equal(plan.status, "accepted");
assert.deepEqual(
  plan.actions.filter((action) => action.status === "pending").map((action) => [action.kind, action.templateId]),
  [
    ["accept-offer", "offer/acceptance"],
    ["withdraw", "outcome/withdrawal"],
    ["celebrate", "outcome/celebrate"],
  ],
);
assert.equal(statusOf(plan, "negotiate"), "skipped");
assert.deepEqual(
  plan.history.map((event) => event.id),
  ["sent-email", "call-1", "offer", "accepted"],
);

// An accepted plan is final: a late event is refused with a typed error, not silently applied.
assert.throws(
  () =>
    applyEvent(
      plan,
      { type: "rejected", id: "late", at: "2026-12-15T09:00:00-05:00[America/New_York]" },
      { now: "2026-12-15T09:00:00-05:00[America/New_York]" },
    ),
  (error: unknown) => error instanceof AfterviewError && error.code === "invalid-transition",
);
console.log(`${plan.history.length} events folded in; status ${plan.status}`);
