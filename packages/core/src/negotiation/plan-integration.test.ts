import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { applyEvent } from "../plan/apply-event.js";
import { createPlan } from "../plan/create-plan.js";
import { deepFreeze, sampleInterview } from "../plan/test-fixtures.js";
import type { Plan } from "../schema/plan.js";
import type { PlanEvent } from "../schema/plan-event.js";

const END = "2026-11-24T15:30:00-05:00[America/New_York]";
const AT = "2026-12-04T10:00:00-05:00";
const base = deepFreeze(createPlan(sampleInterview(), { now: END }));

function offerEvent(offer: Record<string, unknown>): PlanEvent {
  return { type: "offer-received", id: "o1", at: AT, offer } as unknown as PlanEvent;
}
const byId = (plan: Plan, id: string) => plan.actions.find((a) => a.id === id);

describe("applyEvent carries the negotiation advice into the offer's actions", () => {
  const offer = {
    base: { amount: 95000, currency: "USD" },
    period: "year",
    range: { min: 90000, max: 120000, source: "posted" },
  };

  it("negotiate: the ask, target and floor head the reasons, then the advice's own", () => {
    const out = applyEvent(base, offerEvent(offer), {
      now: AT,
      negotiation: { fit: "strong", yearsExperience: 8, yearsRequired: 5 },
    });
    const negotiate = byId(out, "negotiate");
    expect(negotiate?.why[0]).toMatchObject({ rule: "offer.negotiate", source: "E-NEG-SIZE" });
    expect(negotiate?.why[0]?.text).toMatch(/^Counter with \$109,800\.00 a year before .*\$102,400\.00.*\$95,000\.00/);
    expect(negotiate?.why.map((w) => w.rule)).toContain("negotiation.precise");
    expect(negotiate?.why.every((w) => w.source?.startsWith("E-"))).toBe(true);
  });

  it("a posted range is enough context on its own", () => {
    const out = applyEvent(base, offerEvent(offer), { now: AT });
    expect(byId(out, "negotiate")?.why.map((w) => w.rule)).toContain("negotiation.ask");
  });

  it("accept: no negotiate action; the answer says why", () => {
    const out = applyEvent(base, offerEvent({ base: { amount: 130000, currency: "USD" }, period: "year" }), {
      now: AT,
      negotiation: { market: { p50: 100000, p75: 120000 } },
    });
    expect(byId(out, "negotiate")).toBeUndefined();
    expect(byId(out, "respond-to-offer")?.why.map((w) => w.rule)).toContain("negotiation.accept");
  });

  it("uses the options' policy", () => {
    const out = applyEvent(base, offerEvent(offer), {
      now: AT,
      policy: { negotiation: { maxAskRaise: 0.05 } },
      negotiation: { fit: "meets" },
    });
    // 95,000 × 1.05 = 99,750 → the largest suggested figure at most that: 99,750.
    expect(byId(out, "negotiate")?.why[0]?.text).toMatch(/^Counter with \$99,750\.00/);
  });

  it("reports a bad context under negotiation.", () => {
    try {
      applyEvent(base, offerEvent(offer), { now: AT, negotiation: { fit: "superb" } as never });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues[0]?.path).toBe("negotiation.fit");
    }
  });
});
