import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import * as z from "zod/mini";
import { AfterviewError } from "../errors/afterview-error.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import { PLAN_EVENT_TYPES } from "../schema/enums.js";
import { parsePlan } from "../schema/parse.js";
import { type Plan, PlanSchema } from "../schema/plan.js";
import type { PlanEvent } from "../schema/plan-event.js";
import { applyEvent } from "./apply-event.js";
import { createPlan } from "./create-plan.js";
import { deepFreeze, PHRASES, PLACES, POLICIES, type Variation, variedInterview } from "./test-fixtures.js";

const variation: fc.Arbitrary<Variation> = fc.record({
  day: fc.integer({ min: 0, max: 1460 }),
  startMinute: fc.integer({ min: 7 * 60, max: 20 * 60 }),
  minutes: fc.integer({ min: 30, max: 180 }),
  employer: fc.nat(PLACES.length - 1),
  candidate: fc.nat(PLACES.length - 1),
  format: fc.nat(2),
  interest: fc.nat(2),
  phrase: fc.integer({ min: -1, max: PHRASES.length - 1 }),
  interviewers: fc.nat(2),
  people: fc.nat(511),
  scheduler: fc.nat(3),
  handwriting: fc.nat(2),
  addresses: fc.boolean(),
  nowMinutes: fc.integer({ min: 0, max: 72 * 60 }),
  policy: fc.nat(POLICIES.length - 1),
});

const instant = (s: string) => Temporal.Instant.from(s).epochNanoseconds;
const hhmm = (z: Temporal.ZonedDateTime) => z.toPlainTime().toString({ smallestUnit: "minute" });

/** Every object and array in `value` is frozen. */
function frozenThroughout(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(frozenThroughout);
}

/** `now` is the `now` of the call that made the plan: overdue marks are exactly the pending actions past their window. */
function checkPlan(plan: Plan, interviewEnd: bigint, now: bigint): void {
  expect(z.safeParse(PlanSchema, plan).success).toBe(true);
  // Every generated place is an IANA zone, so nothing to warn about.
  expect(plan.warnings).toEqual([]);
  for (const a of plan.actions) {
    const late = a.status === "pending" && a.due !== undefined && instant(a.due.end) < now;
    expect(a.overdue, `${a.id} overdue`).toBe(late ? true : undefined);
  }
  expect(frozenThroughout(plan)).toBe(true);
  expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  const ids = plan.actions.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  let previous: bigint | undefined;
  for (const a of plan.actions) {
    expect(a.why.length, a.id).toBeGreaterThan(0);
    const start = instant(a.due!.start);
    expect(start >= interviewEnd, `${a.id} starts ${a.due!.start}`).toBe(true);
    if (previous !== undefined) expect(start >= previous, `${a.id} out of order`).toBe(true);
    previous = start;
  }
}

describe("createPlan over generated interviews (2025–2028, 8 zones, formats, interest, timelines, policies)", () => {
  test.prop([variation])("valid, sorted, explained; nothing due before the interview ends", (v) => {
    const { input, options } = variedInterview(v);
    const plan = createPlan(input, options);
    checkPlan(plan, instant(input.end), instant(options.now));
    expect(plan.thankYou.why.length).toBeGreaterThan(0);
    expect(createPlan(input, options)).toEqual(plan);
  });

  test.prop([variation])("follow-ups fall after the decision window, inside the employer's calling windows", (v) => {
    const { input, options } = variedInterview(v);
    const plan = createPlan(input, options);
    const policy = resolvePolicy(options.policy);
    const zone = input.company.timeZone;
    if (input.interest === "not-interested") expect(plan.followUps).toEqual([]);
    for (const f of plan.followUps) {
      const opens = Temporal.ZonedDateTime.from(f.opens).withTimeZone(zone);
      const closes = Temporal.ZonedDateTime.from(f.closes).withTimeZone(zone);
      expect(Temporal.PlainDate.compare(opens.toPlainDate(), plan.decision.latest)).toBe(1);
      // A call keeps to the part of one calling window inside the candidate's hours; an email has no calling window.
      const windows = policy.followUp.callingWindows[String(opens.dayOfWeek)] ?? [];
      if (f.channel === "phone") {
        expect(windows.some((w) => w.start <= hhmm(opens) && hhmm(closes) <= w.end)).toBe(true);
      }
      expect(f.why.length).toBeGreaterThan(0);
      expect(instant(f.forCandidate.opens)).toBe(instant(f.opens));
      expect(Temporal.ZonedDateTime.from(f.forCandidate.opens).timeZoneId).toBe(input.candidate.timeZone);
    }
    expect(plan.quietUntil).toBe(plan.followUps[0]?.forCandidate.opens);
  });

  test.prop([variation])("postal is chosen only when the letter arrives in time", (v) => {
    const { input, options } = variedInterview(v);
    const plan = createPlan(input, options);
    if (resolvePolicy(options.policy).thankYou.channel === "auto" && plan.thankYou.channel === "postal") {
      expect(plan.thankYou.postal?.beforeDecision).toBe(true);
    }
  });
});

const eventSpec = fc.record({
  type: fc.constantFrom(...PLAN_EVENT_TYPES),
  /** Minutes after the previous event (the first: after the interview's end). */
  gap: fc.integer({ min: 0, max: 10 * 24 * 60 }),
  choice: fc.nat(5),
});

function toEvent(spec: { type: PlanEvent["type"]; choice: number }, id: string, at: string): PlanEvent {
  switch (spec.type) {
    case "thank-you-sent":
      return { type: spec.type, id, at, channel: spec.choice % 2 ? "postal" : "email" };
    case "follow-up-made":
      return {
        type: spec.type,
        id,
        at,
        outcome: (["no-answer", "voicemail", "spoke"] as const)[spec.choice % 3]!,
        ...(spec.choice >= 3 ? { timeline: PHRASES[spec.choice % PHRASES.length]! } : {}),
      };
    case "timeline-updated":
      return { type: spec.type, id, at, text: PHRASES[(spec.choice * 5) % PHRASES.length]! };
    case "offer-received":
      return {
        type: spec.type,
        id,
        at,
        offer: {
          base: { amount: 100000 + spec.choice * 5000, currency: "USD" },
          period: "year",
          ...(spec.choice % 2 ? { salaryFixed: true } : {}),
        },
      };
    default:
      return { type: spec.type, id, at };
  }
}

describe("applyEvent over generated plans and event sequences", () => {
  test.prop([variation, fc.array(eventSpec, { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    "folds valid plans, refuses only with invalid-transition, never changes its input, and applying any prefix again changes nothing",
    (v, specs) => {
      const { input, options } = variedInterview(v);
      const end = Temporal.ZonedDateTime.from(input.end);
      let plan = deepFreeze(createPlan(input, options));
      let at = end;
      let now = instant(options.now);
      const applied: PlanEvent[] = [];
      specs.forEach((spec, i) => {
        at = at.add({ minutes: spec.gap });
        const event = deepFreeze(toEvent(spec, `e${i}`, at.toString()));
        try {
          plan = deepFreeze(applyEvent(plan, event, { now: event.at, policy: options.policy }));
          applied.push(event);
          now = at.epochNanoseconds;
        } catch (error) {
          expect(error).toBeInstanceOf(AfterviewError);
          expect((error as AfterviewError).code).toBe("invalid-transition");
        }
      });
      checkPlan(plan, end.epochNanoseconds, now);
      expect(plan.history.map((e) => e.id)).toEqual(applied.map((e) => e.id));
      for (let k = 1; k <= applied.length; k++) {
        let again = plan;
        for (const event of applied.slice(0, k)) again = applyEvent(again, event, { now: event.at });
        expect(again).toEqual(plan);
      }
    },
  );
});
