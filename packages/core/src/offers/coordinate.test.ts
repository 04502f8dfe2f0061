import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { applyEvent } from "../plan/apply-event.js";
import { createPlan } from "../plan/create-plan.js";
import { deepFreeze, sampleInterview } from "../plan/test-fixtures.js";
import type { Plan } from "../schema/plan.js";
import { coordinatePlans } from "./coordinate.js";

// The sample interview ends Tue 2026-11-24 15:30 New York; the candidate is in Chicago.
const END = "2026-11-24T15:30:00-05:00[America/New_York]";
const OFFER_AT = "2026-12-04T10:00:00-05:00";

function plan(id: string, company: string): Plan {
  const input = sampleInterview();
  input.id = id;
  input.company.name = company;
  return createPlan(input, { now: END });
}

function withOffer(deadline: string): Plan {
  const offer = { base: { amount: 150000, currency: "USD" }, period: "year", deadline };
  return applyEvent(plan("acme", "Acme Corp"), { type: "offer-received", id: "o1", at: OFFER_AT, offer } as never, {
    now: OFFER_AT,
  });
}

describe("coordinatePlans", () => {
  const globex = deepFreeze(plan("globex", "Globex"));
  const rejected = deepFreeze(
    applyEvent(plan("initech", "Initech"), { type: "rejected", id: "r1", at: OFFER_AT }, { now: OFFER_AT }),
  );

  it("asks every other open employer whether they can decide by the deadline, by the next business day", () => {
    const acme = deepFreeze(withOffer("2026-12-10T17:00:00-05:00[America/New_York]"));
    const [a, g, r] = coordinatePlans([acme, globex, rejected], { now: OFFER_AT });
    expect(a).toEqual(acme);
    expect(r).toEqual(rejected);
    const action = g!.actions.find((x) => x.id === "offer-deadline-acme");
    // Fri 12-04 09:00 Chicago; one candidate business day → Mon 12-07, 17:00 Chicago.
    expect(action).toMatchObject({
      kind: "follow-up",
      channel: "email",
      status: "pending",
      due: { start: "2026-12-04T09:00:00-06:00[America/Chicago]", end: "2026-12-07T17:00:00-06:00[America/Chicago]" },
      to: { name: "Priya Raman" },
    });
    expect(action?.why[0]).toMatchObject({ rule: "offers.share-deadline", source: "E-FU-WAIT" });
    expect(action?.why[0]?.text).toMatch(/^Acme Corp expects your answer by Thu, Dec 10.*tell Globex/);
    // As of `now`: the letters due on Nov 24 and 25 and never marked done are overdue by Dec 4.
    expect(globex.actions.some((x) => x.overdue)).toBe(false);
    const late = g!.actions.filter((x) => x.overdue).map((x) => x.kind);
    expect(late).toEqual(expect.arrayContaining(["write-thank-you", "send-thank-you"]));
    expect(g!.actions.filter((x) => x.overdue).every((x) => x.status === "pending" && x.due!.end < OFFER_AT)).toBe(
      true,
    );
    // quietUntil is the earliest pending follow-up: the first call, still open since Dec 1.
    expect(g!.quietUntil).toBe(globex.quietUntil);
    // Like every plan core returns, the new one is frozen.
    expect(Object.isFrozen(g)).toBe(true);
    expect(Object.isFrozen(action?.due)).toBe(true);
  });

  it("a deadline sooner than the next business day ends the action at the deadline", () => {
    const acme = withOffer("2026-12-04T15:00:00-05:00[America/New_York]");
    const [, g] = coordinatePlans([acme, globex], { now: OFFER_AT });
    expect(g!.actions.find((x) => x.id === "offer-deadline-acme")?.due?.end).toBe(
      "2026-12-04T14:00:00-06:00[America/Chicago]",
    );
  });

  it("is idempotent, and adds nothing for a passed deadline or an offer without one", () => {
    const acme = withOffer("2026-12-10T17:00:00-05:00[America/New_York]");
    const once = coordinatePlans([acme, globex], { now: OFFER_AT });
    expect(coordinatePlans(once, { now: OFFER_AT })).toEqual(once);
    expect(coordinatePlans([acme, globex], { now: "2026-12-11T09:00:00-05:00" })[1]).toEqual(globex);
    const open = applyEvent(
      plan("acme", "Acme Corp"),
      {
        type: "offer-received",
        id: "o1",
        at: OFFER_AT,
        offer: { base: { amount: 1, currency: "USD" }, period: "year" },
      },
      { now: OFFER_AT },
    );
    expect(coordinatePlans([open, globex], { now: OFFER_AT })[1]).toEqual(globex);
  });

  it.each<[unknown, unknown, string]>([
    ["plans", { now: OFFER_AT }, "plans"],
    [[{ version: 2 }], { now: OFFER_AT }, "plans[0].version"],
    [[], {}, "now"],
    [[], { now: "yesterday" }, "now"],
  ])("refuses %j with a typed error at %s", (plans, options, path) => {
    try {
      coordinatePlans(plans as Plan[], options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});
