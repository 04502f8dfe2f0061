import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { AfterviewError, AfterviewValidationError } from "../errors/afterview-error.js";
import type { PlanEventType, PlanStatus } from "../schema/enums.js";
import { PLAN_EVENT_TYPES } from "../schema/enums.js";
import { parsePlan } from "../schema/parse.js";
import { type Plan, PlanSchema } from "../schema/plan.js";
import type { PlanEvent } from "../schema/plan-event.js";
import { applyEvent } from "./apply-event.js";
import { createPlan } from "./create-plan.js";
import { deepFreeze, sampleInterview } from "./test-fixtures.js";

// The sample: interview ends Tue 2026-11-24 15:30 New York; decision window Wed 11-25 … Mon 11-30;
// calls Tue 12-01, 12-08 and 12-15 at 09:30 New York. The candidate is in Chicago (one hour behind).
const END = "2026-11-24T15:30:00-05:00[America/New_York]";
const base = deepFreeze(createPlan(sampleInterview(), { now: END }));

let counter = 0;
function event(type: PlanEventType, at: string, extra: Record<string, unknown> = {}): PlanEvent {
  counter += 1;
  const e = { type, id: `e${counter}`, at, ...extra } as PlanEvent;
  if (type === "thank-you-sent" && !("channel" in extra)) Object.assign(e, { channel: "email" });
  if (type === "follow-up-made" && !("outcome" in extra)) Object.assign(e, { outcome: "no-answer" });
  if (type === "timeline-updated" && !("text" in extra)) Object.assign(e, { text: "by December 11" });
  if (type === "offer-received" && !("offer" in extra)) {
    Object.assign(e, { offer: { base: { amount: 150000, currency: "USD" }, period: "year" } });
  }
  return deepFreeze(e);
}

/** Applies events in turn, each at its own `at` as `now`, checking that no input is ever changed. */
function fold(plan: Plan, ...events: PlanEvent[]): Plan {
  return events.reduce((p, e) => deepFreeze(applyEvent(p, e, { now: e.at })), plan);
}

const statusOf = (a: { id: string; status: string }) => [a.id, a.status];
const pendingIds = (plan: Plan) => plan.actions.filter((a) => a.status === "pending").map((a) => a.id);

const THU = "2026-12-03T10:00:00-05:00[America/New_York]";
const plans: Record<PlanStatus, () => Plan> = {
  "awaiting-decision": () => base,
  offer: () => fold(base, event("offer-received", THU)),
  accepted: () => fold(plans.offer(), event("offer-accepted", THU)),
  declined: () => fold(plans.offer(), event("offer-declined", THU)),
  rejected: () => fold(base, event("rejected", THU)),
  withdrawn: () => fold(base, event("withdrew", THU)),
  "closed-no-response": () => fold(base, event("no-response", "2026-12-16T10:00:00-05:00")),
};

/** What each status does with each event: the next status, or "invalid". */
const TABLE: Record<PlanStatus, Record<PlanEventType, PlanStatus | "invalid">> = {
  "awaiting-decision": {
    "thank-you-sent": "awaiting-decision",
    "follow-up-made": "awaiting-decision",
    "timeline-updated": "awaiting-decision",
    "offer-received": "offer",
    "offer-accepted": "invalid",
    "offer-declined": "invalid",
    rejected: "rejected",
    withdrew: "withdrawn",
    "no-response": "invalid", // follow-ups still pending on Thu 12-03
  },
  offer: {
    "thank-you-sent": "invalid",
    "follow-up-made": "invalid",
    "timeline-updated": "invalid",
    "offer-received": "offer",
    "offer-accepted": "accepted",
    "offer-declined": "declined",
    rejected: "rejected",
    withdrew: "withdrawn",
    "no-response": "invalid",
  },
  accepted: Object.fromEntries(PLAN_EVENT_TYPES.map((t) => [t, "invalid"])) as Record<PlanEventType, "invalid">,
  declined: Object.fromEntries(PLAN_EVENT_TYPES.map((t) => [t, "invalid"])) as Record<PlanEventType, "invalid">,
  rejected: Object.fromEntries(PLAN_EVENT_TYPES.map((t) => [t, "invalid"])) as Record<PlanEventType, "invalid">,
  withdrawn: Object.fromEntries(PLAN_EVENT_TYPES.map((t) => [t, "invalid"])) as Record<PlanEventType, "invalid">,
  "closed-no-response": Object.fromEntries(PLAN_EVENT_TYPES.map((t) => [t, "invalid"])) as Record<
    PlanEventType,
    "invalid"
  >,
};

describe("applyEvent: the state machine", () => {
  const cases = Object.entries(TABLE).flatMap(([status, row]) =>
    Object.entries(row).map(([type, next]) => ({ status: status as PlanStatus, type: type as PlanEventType, next })),
  );

  it.each(cases)("$status + $type → $next", ({ status, type, next }) => {
    const plan = plans[status]();
    expect(plan.status).toBe(status);
    const e = event(type, "2026-12-04T10:00:00-05:00[America/New_York]");
    if (next === "invalid") {
      let thrown: unknown;
      try {
        applyEvent(plan, e, { now: e.at });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AfterviewError);
      expect((thrown as AfterviewError).code).toBe("invalid-transition");
      expect((thrown as AfterviewError).message).toContain(status);
      expect((thrown as AfterviewError).message).toContain(type);
      return;
    }
    const out = applyEvent(plan, e, { now: e.at });
    expect(out.status).toBe(next);
    expect(out.history.at(-1)).toEqual(e);
    expect(out.history).toHaveLength(plan.history.length + 1);
    expect(z.safeParse(PlanSchema, out).success).toBe(true);
    expect(parsePlan(JSON.parse(JSON.stringify(out)))).toEqual(out);
  });
});

describe("applyEvent: while awaiting the decision", () => {
  it("thank-you-sent by email: confirm, write and email-send actions done; nothing else", () => {
    const out = fold(base, event("thank-you-sent", "2026-11-24T20:00:00-06:00", { channel: "email" }));
    for (const a of out.actions) {
      const done =
        a.kind === "confirm-recipients" ||
        a.kind === "write-thank-you" ||
        (a.kind === "send-thank-you" && a.channel === "email");
      expect(statusOf(a)).toEqual([a.id, done ? "done" : "pending"]);
    }
  });

  it("thank-you-sent to one recipient: only that person's letter is done", () => {
    const out = fold(
      base,
      event("thank-you-sent", "2026-11-24T20:00:00-06:00", { channel: "email", recipient: "dana whitfield" }),
    );
    const write = (name: string) => out.actions.find((a) => a.kind === "write-thank-you" && a.to?.name === name);
    expect(write("Dana Whitfield")?.status).toBe("done");
    expect(write("Marek Szczepański")?.status).toBe("pending");
    expect(out.actions.find((a) => a.id === "confirm-recipients")?.status).toBe("done");
  });

  it("follow-up-made: the earliest pending call is done and the quiet time runs to the next one", () => {
    const one = fold(base, event("follow-up-made", "2026-12-01T10:00:00-05:00", { outcome: "voicemail" }));
    expect(one.actions.filter((a) => a.kind === "follow-up").map(statusOf)).toEqual([
      ["follow-up-1", "done"],
      ["follow-up-2", "pending"],
      ["follow-up-3", "pending"],
    ]);
    expect(one.quietUntil).toBe("2026-12-08T08:30:00-06:00[America/Chicago]");
    expect(one.decision).toEqual(base.decision);
  });

  it("follow-up-made with a new timeline re-plans: 'by the end of next week' on Tue 12-01 → by Fri 12-11", () => {
    const out = fold(
      base,
      event("follow-up-made", "2026-12-01T10:00:00-05:00[America/New_York]", {
        outcome: "spoke",
        timeline: "by the end of next week",
      }),
    );
    expect(out.decision).toMatchObject({ earliest: "2026-12-02", latest: "2026-12-11", source: "stated" });
    // Calls 2 and 3 are dropped; the new ones continue the numbering: the first business day after
    // Fri 12-11 is Mon 12-14 (afternoon window), +5 → Mon 12-21, +5 (Christmas skipped) → Tue 12-29.
    expect(out.followUps.map((f) => [f.attempt, f.opens])).toEqual([
      [1, "2026-12-01T09:30:00-05:00[America/New_York]"],
      [4, "2026-12-14T13:30:00-05:00[America/New_York]"],
      [5, "2026-12-21T13:30:00-05:00[America/New_York]"],
      [6, "2026-12-29T09:30:00-05:00[America/New_York]"],
    ]);
    expect(out.actions.filter((a) => a.kind === "follow-up").map(statusOf)).toEqual([
      ["follow-up-1", "done"],
      ["follow-up-4", "pending"],
      ["follow-up-5", "pending"],
      ["follow-up-6", "pending"],
    ]);
    expect(out.quietUntil).toBe("2026-12-14T12:30:00-06:00[America/Chicago]");
  });

  it("timeline-updated re-plans from the event: 'by December 4' said on Fri 11-27 → first call Mon 12-07 13:30", () => {
    const out = fold(base, event("timeline-updated", "2026-11-27T11:00:00-05:00", { text: "by December 4" }));
    expect(out.decision).toMatchObject({ earliest: "2026-11-30", latest: "2026-12-04", source: "stated" });
    expect(out.followUps.map((f) => f.attempt)).toEqual([4, 5, 6]);
    expect(out.followUps[0]?.opens).toBe("2026-12-07T13:30:00-05:00[America/New_York]");
    expect(out.actions.filter((a) => a.kind === "follow-up").map((a) => a.id)).toEqual([
      "follow-up-4",
      "follow-up-5",
      "follow-up-6",
    ]);
  });

  it("timeline-updated with words it cannot read falls back to the default wait from the event", () => {
    const out = fold(base, event("timeline-updated", "2026-11-27T11:00:00-05:00", { text: "soonish, we hope" }));
    // Fri 11-27 + 5 business days: Mon 30, Tue 1, Wed 2, Thu 3, Fri 4.
    expect(out.decision).toMatchObject({ earliest: "2026-11-30", latest: "2026-12-04", source: "default" });
  });

  it("offer-received: status offer, calls skipped, answer within 2 candidate business days and negotiate", () => {
    // Fri 12-04 10:00 New York = 09:00 Chicago; + 2 business days in Illinois → Tue 12-08, 17:00 Chicago.
    const out = fold(base, event("offer-received", "2026-12-04T10:00:00-05:00"));
    expect(out.status).toBe("offer");
    expect(out.offer).toEqual({ base: { amount: 150000, currency: "USD" }, period: "year" });
    expect(out.quietUntil).toBeUndefined();
    expect(out.actions.filter((a) => a.kind === "follow-up").every((a) => a.status === "skipped")).toBe(true);
    const respond = out.actions.find((a) => a.id === "respond-to-offer");
    expect(respond?.due).toEqual({
      start: "2026-12-04T09:00:00-06:00[America/Chicago]",
      end: "2026-12-08T17:00:00-06:00[America/Chicago]",
    });
    expect(respond?.why.map((w) => w.source)).toContain("E-NEG-ROOM");
    const negotiate = out.actions.find((a) => a.id === "negotiate");
    expect(negotiate).toMatchObject({
      templateId: "offer/negotiation-email",
      status: "pending",
      to: { name: "Priya Raman" },
    });
    expect(negotiate?.why[0]?.source).toBe("E-NEG-ROOM");
  });

  it("offer-received with a deadline and a fixed salary: due by the deadline, negotiate other terms", () => {
    const offer = {
      base: { amount: 150000, currency: "USD" },
      period: "year",
      salaryFixed: true,
      deadline: "2026-12-10T17:00:00-05:00",
    };
    const out = fold(base, event("offer-received", "2026-12-04T10:00:00-05:00", { offer }));
    expect(out.actions.find((a) => a.id === "respond-to-offer")?.due?.end).toBe(
      "2026-12-10T16:00:00-06:00[America/Chicago]",
    );
    const why = out.actions.find((a) => a.id === "negotiate")?.why[0];
    expect(why?.source).toBe("E-NEG-LEVERS");
    expect(why?.text).toMatch(/sign-on/);
  });

  it("rejected: everything pending is skipped; a reply within 2 business days, reflect, restart the search", () => {
    // Thu 12-03 10:00 New York = 09:00 Chicago; + 2 business days → Mon 12-07 17:00 Chicago.
    const out = fold(base, event("rejected", THU));
    expect(out.quietUntil).toBeUndefined();
    expect(pendingIds(out)).toEqual(["reply-to-rejection", "reflect", "restart-search"]);
    const reply = out.actions.find((a) => a.id === "reply-to-rejection");
    expect(reply).toMatchObject({
      kind: "reply-to-rejection",
      channel: "email",
      templateId: "outcome/rejection-reply",
      to: { name: "Priya Raman" },
      due: { start: "2026-12-03T09:00:00-06:00[America/Chicago]", end: "2026-12-07T17:00:00-06:00[America/Chicago]" },
    });
    expect(out.actions.find((a) => a.id === "reflect")?.templateId).toBe("outcome/reflection");
    expect(out.actions.filter((a) => a.kind === "follow-up").every((a) => a.status === "skipped")).toBe(true);
  });

  it("rejected the day before Thanksgiving: the reply is due Mon 11-30 (Illinois' Thu 11-26 is a holiday)", () => {
    const out = fold(base, event("rejected", "2026-11-25T09:00:00-06:00[America/Chicago]"));
    expect(out.actions.find((a) => a.id === "reply-to-rejection")?.due?.end).toBe(
      "2026-11-30T17:00:00-06:00[America/Chicago]",
    );
  });

  it("withdrew: withdrawn, a reflection; a pending withdraw action counts as done", () => {
    const out = fold(base, event("withdrew", THU));
    expect(out.status).toBe("withdrawn");
    expect(pendingIds(out)).toEqual(["reflect"]);
    const notInterested = createPlan({ ...sampleInterview(), interest: "not-interested" }, { now: END });
    const gone = fold(notInterested, event("withdrew", "2026-11-24T18:00:00-05:00"));
    expect(gone.actions.filter((a) => a.kind === "withdraw").map((a) => a.status)).toEqual(["done"]);
  });

  it("no-response: refused while calls are pending and the last window is open, allowed after it closes", () => {
    const early = event("no-response", "2026-12-10T10:00:00-05:00");
    expect(() => applyEvent(base, early, { now: early.at })).toThrow(/still pending/);
    // The last call's window closes Tue 12-15 11:30 New York.
    const late = fold(base, event("no-response", "2026-12-15T12:00:00-05:00"));
    expect(late.status).toBe("closed-no-response");
    expect(pendingIds(late)).toEqual(["reflect", "restart-search"]);
    expect(late.actions.find((a) => a.id === "restart-search")?.why[0]?.source).toBe("E-FU-STATED");
  });

  it("no-response: allowed as soon as every call has been made", () => {
    const calls = ["2026-12-01", "2026-12-08", "2026-12-15"].map((d) => event("follow-up-made", `${d}T10:00:00-05:00`));
    const made = fold(base, ...calls);
    expect(made.quietUntil).toBeUndefined();
    const e = event("no-response", "2026-12-15T10:30:00-05:00");
    expect(applyEvent(made, e, { now: e.at }).status).toBe("closed-no-response");
  });
});

describe("applyEvent: long runs of re-plans stay inside the plan's limits", () => {
  it("40 calls that each bring a new timeline: attempts stop at 100, at most 20 windows kept, still valid", () => {
    let plan: Plan = base;
    let at = Temporal.ZonedDateTime.from("2026-12-01T10:00:00-05:00[America/New_York]");
    for (let i = 0; i < 40; i++) {
      const e = event("follow-up-made", at.toString(), { outcome: "spoke", timeline: "in a few days" });
      plan = applyEvent(plan, e, { now: e.at });
      at = at.add({ days: 7 });
    }
    expect(z.safeParse(PlanSchema, plan).success).toBe(true);
    expect(plan.followUps.length).toBeLessThanOrEqual(20);
    expect(Math.max(...plan.followUps.map((f) => f.attempt))).toBeLessThanOrEqual(100);
    const ids = plan.actions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every call recorded is done; the ones re-planned away are gone, not skipped.
    expect(plan.actions.filter((a) => a.kind === "follow-up" && a.status === "done")).toHaveLength(34);
  });
});

describe("applyEvent: with an offer on the table", () => {
  const offer = () => fold(base, event("offer-received", "2026-12-04T10:00:00-05:00"));

  it("a revised offer replaces the first and re-dates the answer, without a second respond action", () => {
    const revised = { base: { amount: 160000, currency: "USD" }, period: "year" };
    const out = fold(offer(), event("offer-received", "2026-12-07T10:00:00-05:00", { offer: revised }));
    expect(out.offer).toEqual(revised);
    const responds = out.actions.filter((a) => a.id.startsWith("respond-to-offer"));
    expect(responds).toHaveLength(1);
    expect(responds[0]?.due?.end).toBe("2026-12-09T17:00:00-06:00[America/Chicago]");
    expect(responds[0]?.why[0]?.text).toMatch(/160,000 USD/);
    expect(out.actions.filter((a) => a.kind === "negotiate")).toHaveLength(1);
  });

  it("offer-accepted: accept in writing, celebrate (thank the references), withdraw elsewhere", () => {
    const out = fold(offer(), event("offer-accepted", "2026-12-07T10:00:00-05:00"));
    expect(out.status).toBe("accepted");
    expect(out.actions.find((a) => a.id === "respond-to-offer")?.status).toBe("done");
    expect(out.actions.find((a) => a.id === "negotiate")?.status).toBe("skipped");
    expect(pendingIds(out)).toEqual(["accept-offer", "withdraw-from-other-processes", "celebrate"]);
    expect(out.actions.find((a) => a.id === "accept-offer")?.templateId).toBe("offer/acceptance");
    const celebrate = out.actions.find((a) => a.id === "celebrate");
    expect(celebrate?.templateId).toBe("outcome/celebrate");
    expect(celebrate?.why[0]?.text).toMatch(/in writing.*other employers.*references/);
  });

  it("offer-declined: a decline letter, reflect, restart the search", () => {
    const out = fold(offer(), event("offer-declined", "2026-12-07T10:00:00-05:00"));
    expect(out.status).toBe("declined");
    expect(pendingIds(out)).toEqual(["decline-offer", "reflect", "restart-search"]);
    expect(out.actions.find((a) => a.id === "decline-offer")?.templateId).toBe("offer/decline");
  });

  it("rejected (the offer was withdrawn): the answer is skipped, a gracious reply is due", () => {
    const out = fold(offer(), event("rejected", "2026-12-07T10:00:00-05:00"));
    expect(out.status).toBe("rejected");
    expect(out.actions.find((a) => a.id === "respond-to-offer")?.status).toBe("skipped");
    expect(pendingIds(out)).toContain("reply-to-rejection");
  });
});

describe("applyEvent: purity and idempotence", () => {
  it("the same event twice changes nothing (deep-equal), even with other fields under the same id", () => {
    const e = event("follow-up-made", "2026-12-01T10:00:00-05:00");
    const once = fold(base, e);
    expect(applyEvent(once, e, { now: "2026-12-20T00:00:00Z" })).toEqual(once);
    expect(applyEvent(once, { ...e, outcome: "spoke" } as PlanEvent, { now: e.at })).toEqual(once);
  });

  it("never changes the plan or the event it is given (both deep-frozen here) and returns a new plan", () => {
    const snapshot = JSON.stringify(base);
    const e = event("rejected", THU);
    const out = applyEvent(base, e, { now: e.at });
    expect(out).not.toBe(base);
    expect(JSON.stringify(base)).toBe(snapshot);
  });

  it("returns a deeply frozen plan, which core then knows valid and does not parse again", () => {
    const plan = createPlan(sampleInterview(), { now: END });
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.actions[0]?.why[0])).toBe(true);
    expect(Object.isFrozen(plan.context)).toBe(true);
    expect(parsePlan(plan)).toBe(plan);
    const e = event("offer-received", THU);
    const next = applyEvent(plan, e, { now: e.at });
    expect(Object.isFrozen(next.offer?.base)).toBe(true);
    expect(Object.isFrozen(next.history.at(-1))).toBe(true);
    expect(parsePlan(next)).toBe(next);
    // A copy of the same plan is the caller's: parsed, so a change to it is caught.
    const copy = structuredClone(next) as { status: string };
    copy.status = "hired";
    expect(() => parsePlan(copy)).toThrow(AfterviewValidationError);
  });

  it("accepts a plan read back from JSON, and any event time (even before the interview ended)", () => {
    const stored = JSON.parse(JSON.stringify(base));
    const out = applyEvent(stored, event("rejected", "2026-11-20T10:00:00Z"), { now: END });
    // Actions never fall due before the interview's end.
    expect(out.actions.find((a) => a.id === "reply-to-rejection")?.due?.start).toBe(
      "2026-11-24T14:30:00-06:00[America/Chicago]",
    );
  });
});

describe("applyEvent: bad input", () => {
  it.each([
    ["an unknown event type", { type: "hired", id: "x", at: THU }, "type"],
    ["an event without id", { type: "rejected", at: THU }, "id"],
    ["an event time without offset", { type: "rejected", id: "x", at: "2026-12-03T10:00:00" }, "at"],
    ["a bad channel", { type: "thank-you-sent", id: "x", at: THU, channel: "fax" }, "channel"],
  ])("refuses %s with a typed error on %s", (_, e, path) => {
    try {
      applyEvent(base, e as never, { now: THU });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });

  it.each([
    ["a plan of another version", { ...base, version: 2 }, "version"],
    ["a plan with a bad status", { ...base, status: "hired" }, "status"],
    [
      "a plan whose context lost its zone",
      { ...base, context: { ...base.context, employer: { country: "US" } } },
      "context.employer.timeZone",
    ],
    ["not a plan", "plan", ""],
  ])("refuses %s with a typed error on %s", (_, plan, path) => {
    try {
      applyEvent(plan as never, event("rejected", THU), { now: THU });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });

  it.each([
    ["no options", undefined, "options"],
    ["no now", {}, "now"],
    [
      "a bad policy",
      { now: THU, policy: { outcome: { rejectionReplyBusinessDays: -1 } } },
      "policy.outcome.rejectionReplyBusinessDays",
    ],
  ])("refuses %s", (_, options, path) => {
    try {
      applyEvent(base, event("thank-you-sent", THU), options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]?.path).toBe(path);
    }
  });
});
