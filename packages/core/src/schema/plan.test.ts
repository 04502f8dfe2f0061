import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { ACTION_CHANNELS, ACTION_KINDS, ACTION_STATUSES, PLAN_STATUSES } from "./enums.js";
import { parsePlan } from "./parse.js";
import type { Plan } from "./plan.js";

const NY = (local: string) => `${local}-05:00[America/New_York]`;
const CHI = (local: string) => `${local}-06:00[America/Chicago]`;

/** A plan as createPlan would write it for the sample interview (hand-written here). */
function samplePlan(): Plan {
  return {
    version: 1,
    interviewId: "acme-senior-data-engineer",
    createdAt: CHI("2026-11-24T16:00:00"),
    status: "awaiting-decision",
    context: {
      interviewEnd: NY("2026-11-24T15:30:00"),
      company: "Acme Corp",
      role: "Senior Data Engineer",
      employer: { timeZone: "America/New_York", country: "US", region: "NY" },
      candidate: { timeZone: "America/Chicago", country: "US", region: "IL" },
      scheduler: { name: "Priya Raman", phone: "+1 212 555 0100" },
      interviewers: [{ name: "Dana Whitfield" }, { name: "Marek Szczepański", spellingConfirmed: false }],
    },
    decision: {
      earliest: "2026-11-27",
      latest: "2026-11-30",
      source: "stated",
      timeline: {
        earliest: "2026-11-27",
        latest: "2026-11-30",
        min: 2,
        max: 3,
        unit: "business-day",
        text: "within two or three days",
        confidence: "high",
      },
    },
    thankYou: {
      send: true,
      channel: "email",
      format: "typed",
      writeBy: CHI("2026-11-24T23:59:00"),
      sendBy: CHI("2026-11-25T17:00:00"),
      recipients: [
        { name: "Dana Whitfield", title: "Engineering Manager", email: "dana.whitfield@acme.example" },
        { name: "Marek Szczepański", spellingConfirmed: false },
      ],
      postal: {
        postBy: CHI("2026-11-25T17:00:00"),
        arrival: { earliest: "2026-11-27", latest: "2026-12-01" },
        beforeDecision: false,
      },
      why: [{ rule: "thank-you.channel", text: "A letter would arrive after the decision.", source: "E-TY-CHANNEL" }],
    },
    followUps: [
      {
        attempt: 1,
        channel: "phone",
        alternatives: [
          { channel: "voicemail", templateId: "follow-up/voicemail" },
          { channel: "email", templateId: "follow-up/email" },
        ],
        opens: NY("2026-12-01T09:30:00"),
        closes: NY("2026-12-01T11:30:00"),
        forCandidate: { opens: CHI("2026-12-01T08:30:00"), closes: CHI("2026-12-01T10:30:00") },
        why: [{ rule: "follow-up.first-call", text: "The stated window has passed.", source: "E-FU-STATED" }],
      },
    ],
    quietUntil: NY("2026-12-01T09:30:00"),
    actions: [
      {
        id: "confirm-recipients",
        kind: "confirm-recipients",
        due: { start: CHI("2026-11-24T16:00:00"), end: CHI("2026-11-24T17:00:00") },
        channel: "phone",
        to: { name: "Priya Raman", phone: "+1 212 555 0100" },
        templateId: "recipients/call-script",
        status: "pending",
        why: [{ rule: "thank-you.recipients", text: "One name's spelling is not confirmed." }],
      },
      {
        id: "send-thank-you-1",
        kind: "send-thank-you",
        due: { start: CHI("2026-11-24T18:00:00"), end: CHI("2026-11-25T17:00:00") },
        channel: "email",
        to: { name: "Dana Whitfield", email: "dana.whitfield@acme.example" },
        templateId: "thank-you/email",
        status: "done",
        why: [{ rule: "thank-you.timing", text: "Send by the end of the next business day.", source: "E-TY-TIMING" }],
      },
    ],
    history: [
      {
        type: "thank-you-sent",
        id: "e1",
        at: CHI("2026-11-24T20:15:00"),
        channel: "email",
        recipient: "Dana Whitfield",
      },
      { type: "follow-up-made", id: "e2", at: NY("2026-12-01T10:00:00"), outcome: "spoke", timeline: "next Tuesday" },
      {
        type: "offer-received",
        id: "e3",
        at: NY("2026-12-08T15:00:00"),
        offer: {
          base: { amount: 95000, currency: "USD" },
          period: "year",
          range: { min: 90000, max: 120000, source: "posted" },
        },
      },
    ],
    warnings: [],
  };
}

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues;
  }
  throw new Error("expected a validation error");
}

describe("parsePlan", () => {
  it("round-trips a plan through JSON unchanged", () => {
    const plan = samplePlan();
    const back = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(back).toEqual(plan);
    expect(JSON.stringify(back)).toBe(JSON.stringify(plan));
  });

  it("drops keys a plan does not define (an app's own bookkeeping) and keeps the rest", () => {
    const stored = { ...samplePlan(), _id: "64f0c2", actions: samplePlan().actions.map((a) => ({ ...a, seen: true })) };
    expect(parsePlan(stored)).toEqual(samplePlan());
  });

  it("reads a plan stored before warnings existed with no warnings", () => {
    const { warnings: _, ...stored } = samplePlan();
    expect(parsePlan(JSON.parse(JSON.stringify(stored))).warnings).toEqual([]);
  });

  it("keeps warnings and overdue marks", () => {
    const plan = samplePlan();
    plan.warnings = [{ code: "fixed-offset-zone", path: "candidate.timeZone", message: '"EST" is a fixed offset.' }];
    plan.actions[0] = { ...plan.actions[0]!, overdue: true };
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  // biome-ignore lint/suspicious/noExplicitAny: the cases break a JSON copy of the plan on purpose
  const cases: [string, (plan: Record<string, any>) => void, string, string][] = [
    [
      "version 2",
      (p) => {
        p.version = 2;
      },
      "version",
      "invalid_value",
    ],
    [
      "unknown status",
      (p) => {
        p.status = "hired";
      },
      "status",
      "invalid_value",
    ],
    [
      "unknown action kind",
      (p) => {
        p.actions[0].kind = "panic";
      },
      "actions[0].kind",
      "invalid_value",
    ],
    [
      "evidence id not in E-… form",
      (p) => {
        p.actions[1].why[0].source = "evidence";
      },
      "actions[1].why[0].source",
      "invalid_format",
    ],
    [
      "timeline counts upside down",
      (p) => {
        p.decision.timeline.min = 5;
      },
      "decision.timeline.max",
      "order",
    ],
    [
      "decision dates upside down",
      (p) => {
        p.decision.latest = "2026-11-26";
      },
      "decision.latest",
      "order",
    ],
    [
      "follow-up closing before it opens",
      (p) => {
        p.followUps[0].closes = NY("2026-12-01T09:00:00");
      },
      "followUps[0].closes",
      "order",
    ],
    [
      "createdAt without offset",
      (p) => {
        p.createdAt = "2026-11-24T16:00:00";
      },
      "createdAt",
      "invalid_format",
    ],
    [
      "a bad event in history",
      (p) => {
        p.history[0].channel = "pigeon";
      },
      "history[0].channel",
      "invalid_value",
    ],
    [
      "a bad offer in history",
      (p) => {
        p.history[2].offer.base.currency = "DOLLARS";
      },
      "history[2].offer.base.currency",
      "unknown-currency",
    ],
    [
      "__proto__ in an action",
      (p) => {
        p.actions[0] = JSON.parse('{"__proto__":{"x":1}}');
      },
      "actions[0].__proto__",
      "forbidden-key",
    ],
    [
      "unknown warning code",
      (p) => {
        p.warnings = [{ code: "odd-zone", path: "candidate.timeZone", message: "Odd." }];
      },
      "warnings[0].code",
      "invalid_value",
    ],
    [
      "overdue that is not a boolean",
      (p) => {
        p.actions[0].overdue = "yes";
      },
      "actions[0].overdue",
      "invalid_type",
    ],
    [
      "missing thankYou",
      (p) => {
        delete p.thankYou;
      },
      "thankYou",
      "invalid_type",
    ],
  ];
  it.each(cases)("refuses %s", (_name, mutate, path, code) => {
    const plan = JSON.parse(JSON.stringify(samplePlan()));
    mutate(plan);
    expect(issuesOf(() => parsePlan(plan))).toContainEqual(expect.objectContaining({ path, code }));
  });

  const action = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
      kind: fc.constantFrom(...ACTION_KINDS),
      channel: fc.constantFrom(...ACTION_CHANNELS),
      status: fc.constantFrom(...ACTION_STATUSES),
      why: fc.array(
        fc.record({
          rule: fc.constantFrom("thank-you.timing", "follow-up.cadence", "outcome.next"),
          text: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ["id", "kind", "status", "why"] },
  );

  test.prop([fc.constantFrom(...PLAN_STATUSES), fc.array(action, { maxLength: 10 })])(
    "any well-formed plan survives JSON and parsePlan unchanged",
    (status, actions) => {
      const plan = { ...samplePlan(), status, actions };
      expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    },
  );
});
