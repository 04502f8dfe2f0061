import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { businessCalendarOf } from "../calendar/business-calendar.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import { postalArrival } from "../postal/postal-arrival.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { Person } from "../schema/person.js";
import { type PlanDecision, PlanSchema } from "../schema/plan.js";
import { zonedOf } from "../time/zone-clock.js";
import { thankYouPlan } from "./plan.js";
import { testContext } from "./test-input.js";

const PLACES = [
  { timeZone: "America/New_York", country: "US", region: "NY", locality: "New York" },
  { timeZone: "America/Los_Angeles", country: "US", region: "CA", locality: "Los Angeles" },
  { timeZone: "Europe/London", country: "GB", region: "ENG", locality: "London" },
  { timeZone: "Europe/Berlin", country: "DE", region: "BY", locality: "Munich" },
  { timeZone: "Europe/Paris", country: "FR", region: undefined, locality: "Paris" },
  { timeZone: "America/Toronto", country: "CA", region: "ON", locality: "Toronto" },
  { timeZone: "Australia/Sydney", country: "AU", region: "NSW", locality: "Sydney" },
] as const;
const FIRST_DAY = Temporal.PlainDate.from("2025-01-01");

const place = fc.constantFrom(...PLACES);
const address = (p: (typeof PLACES)[number]) => ({
  lines: ["1 Main St"],
  locality: p.locality,
  country: p.country,
  ...(p.region ? { region: p.region } : {}),
});
const person: fc.Arbitrary<Person> = fc.record(
  {
    name: fc.constantFrom("Dana Whitfield", "Marek Szczepański", "Sam Lee"),
    email: fc.constant("someone@acme.example"),
    spellingConfirmed: fc.boolean(),
    phone: fc.constant("+1 212 555 0100"),
    address: place.map(address),
  },
  { requiredKeys: [] },
);

const scenario = fc.record({
  employer: place,
  candidate: place,
  day: fc.integer({ min: 0, max: 4 * 365 - 1 }),
  startMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  minutes: fc.integer({ min: 15, max: 300 }),
  format: fc.constantFrom("onsite", "video", "phone"),
  travel: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: undefined }),
  interest: fc.constantFrom("want", "unsure", "not-interested"),
  handwriting: fc.option(fc.constantFrom("excellent", "average", "poor"), { nil: undefined }),
  interviewers: fc.array(person, { minLength: 1, maxLength: 3 }),
  scheduler: fc.option(person, { nil: undefined }),
  companyAddress: fc.boolean(),
  candidateAddress: fc.boolean(),
  channel: fc.constantFrom("auto", "email", "postal", "email-then-postal"),
  margin: fc.integer({ min: 0, max: 3 }),
  earliestAfter: fc.integer({ min: 1, max: 25 }),
  windowDays: fc.integer({ min: 0, max: 10 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const start = FIRST_DAY.add({ days: s.day })
    .toZonedDateTime({ timeZone: s.employer.timeZone, plainTime: "00:00" })
    .add({ minutes: s.startMinute });
  const end = start.add({ minutes: s.minutes });
  const input: InterviewInput = {
    id: "property",
    role: "Engineer",
    company: {
      name: "Acme",
      timeZone: s.employer.timeZone,
      country: s.employer.country,
      ...(s.employer.region ? { region: s.employer.region } : {}),
      ...(s.companyAddress ? { address: address(s.employer) } : {}),
    },
    start: start.toString(),
    end: end.toString(),
    format: s.format as InterviewInput["format"],
    interviewers: s.interviewers,
    ...(s.scheduler ? { scheduler: s.scheduler } : {}),
    interest: s.interest as InterviewInput["interest"],
    candidate: {
      name: "Alex Morgan",
      timeZone: s.candidate.timeZone,
      country: s.candidate.country,
      ...(s.candidate.region ? { region: s.candidate.region } : {}),
      ...(s.candidateAddress ? { address: address(s.candidate) } : {}),
      ...(s.handwriting ? { handwriting: s.handwriting as "excellent" } : {}),
    },
    ...(s.travel !== undefined && s.format === "onsite" ? { travelMinutes: s.travel } : {}),
  };
  const policy: PolicyOverrides = {
    thankYou: { channel: s.channel as "auto", postalMarginBusinessDays: s.margin },
  };
  const ctx = testContext(input, policy);
  const endDay = zonedOf(ctx.end).toPlainDate();
  const earliest = businessCalendarOf(ctx.employer.days).addBusinessDays(endDay, s.earliestAfter);
  const latest = businessCalendarOf(ctx.employer.days).addBusinessDays(earliest, s.windowDays);
  const decision: PlanDecision = { earliest: earliest.toString(), latest: latest.toString(), source: "stated" };
  return { input, ctx, decision, result: thankYouPlan(ctx, decision) };
}

/**
 * A letter's arrival by the public `postalArrival`, as the oracle: to the interviewer's address, else the
 * company's, else the company's country; the holidays of that address's country and region.
 */
function arrival(input: InterviewInput, person: Person, readyAt: string) {
  const { company, candidate } = input;
  const address = person.address ?? company.address;
  const country = address?.country ?? company.country;
  const region = address?.region ?? (country === company.country ? company.region : undefined);
  return postalArrival({
    from: {
      country: candidate.country,
      timeZone: candidate.timeZone,
      ...(candidate.region ? { region: candidate.region } : {}),
      ...(candidate.address ? { address: candidate.address } : {}),
    },
    to: { country, ...(region ? { region } : {}), ...(address ? { address } : {}) },
    readyAt,
  }).arrival;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const dayLabelOf = (iso: string) => `${WEEKDAYS[Temporal.PlainDate.from(iso).dayOfWeek - 1]} ${iso}`;

const instant = (iso: string) => Temporal.ZonedDateTime.from(iso).toInstant();
const notBefore = (a: string, b: Temporal.Instant) => Temporal.Instant.compare(instant(a), b) >= 0;

describe("thankYouPlan properties", () => {
  test.prop([scenario])("no action is due before the interview ends", (s) => {
    const { ctx, result } = build(s);
    const end = zonedOf(ctx.end).toInstant();
    for (const action of result.actions) {
      expect(action.due).toBeDefined();
      expect(notBefore(action.due!.start, end)).toBe(true);
      expect(notBefore(action.due!.end, instant(action.due!.start))).toBe(true);
    }
  });

  test.prop([scenario])("every action, and the advice, has reasons with rule ids", (s) => {
    const { result } = build(s);
    for (const reasons of [result.advice.why, ...result.actions.map((a) => a.why)]) {
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(reason.rule).toMatch(/^[a-z-]+(?:\.[a-z-]+)+$/);
    }
  });

  test.prop([scenario])("the letter is due after writing can start, and posted no earlier than written", (s) => {
    const { ctx, result } = build(s);
    const { advice } = result;
    if (!advice.send) return;
    expect(Temporal.Instant.compare(instant(advice.writeBy!), zonedOf(ctx.end).toInstant())).toBeGreaterThan(0);
    for (const write of result.actions.filter((a) => a.kind === "write-thank-you")) {
      expect(write.due!.end).toBe(advice.writeBy);
      expect(Temporal.Instant.compare(instant(write.due!.end), instant(write.due!.start))).toBeGreaterThan(0);
    }
    expect(notBefore(advice.postal!.postBy, instant(advice.writeBy!))).toBe(true);
    expect(advice.postal!.arrival.earliest <= advice.postal!.arrival.latest).toBe(true);
  });

  test.prop([scenario])(
    "the post is chosen on its own only when it arrives a margin before the earliest decision",
    (s) => {
      const { ctx, decision, result } = build(s);
      const { advice } = result;
      if (!advice.send) return;
      const mustArriveBy = businessCalendarOf(ctx.employer.days).addBusinessDays(decision.earliest, -s.margin);
      const inTime =
        Temporal.PlainDate.compare(Temporal.PlainDate.from(advice.postal!.arrival.latest), mustArriveBy) <= 0;
      expect(advice.postal!.beforeDecision).toBe(inTime);
      if (s.channel === "auto") expect(advice.channel).toBe(inTime ? "postal" : "email");
      if (advice.channel === "postal" && s.channel === "auto") expect(advice.postal!.beforeDecision).toBe(true);
      expect(advice.format === "handwritten").toBe(s.handwriting === "excellent" && advice.channel !== "email");
    },
  );

  test.prop([scenario])(
    "whenever a letter goes by post on the automatic or email channel, its latest arrival is at least the margin (1 by default) in employer business days before the earliest decision (E-TY-CHANNEL)",
    (s) => {
      const { input, ctx, decision, result } = build(s);
      if (s.channel !== "auto" && s.channel !== "email") return;
      const earliest = Temporal.PlainDate.from(decision.earliest);
      for (const post of result.actions.filter((a) => a.kind === "send-thank-you" && a.channel === "postal")) {
        const person = input.interviewers[Number(post.id.replace("post-thank-you-", "")) - 1] as Person;
        const latest = Temporal.PlainDate.from(arrival(input, person, result.advice.writeBy!).latest);
        expect(Temporal.PlainDate.compare(latest, earliest)).toBeLessThanOrEqual(0);
        // Count the employer's business days from the arrival up to the decision: [latest, earliest).
        let ahead = 0;
        for (let d = latest; Temporal.PlainDate.compare(d, earliest) < 0; d = d.add({ days: 1 })) {
          if (businessCalendarOf(ctx.employer.days).isBusinessDay(d)) ahead++;
        }
        expect(ahead).toBeGreaterThanOrEqual(s.margin);
      }
    },
  );

  test.prop([scenario])(
    "an interviewer without an email whose letter would be late by post is asked for first and sent an email, not a late letter",
    (s) => {
      const { input, ctx, decision, result } = build(s);
      if (!result.advice.send || s.channel === "postal") return;
      const deadline =
        s.margin === 0
          ? Temporal.PlainDate.from(decision.earliest)
          : businessCalendarOf(ctx.employer.days).addBusinessDays(decision.earliest, -s.margin);
      input.interviewers.forEach((person, i) => {
        if (person.email || !(person.address ?? input.company.address)) return;
        const latest = Temporal.PlainDate.from(arrival(input, person, result.advice.writeBy!).latest);
        if (Temporal.PlainDate.compare(latest, deadline) <= 0) return;
        const label = person.name ?? `interviewer ${i + 1}`;
        const send = result.actions.find((a) => a.id === `send-thank-you-${i + 1}`);
        expect(send?.channel).toBe("email");
        expect(send?.why.at(-1)).toMatchObject({ rule: "thank-you.channel", source: "E-TY-CHANNEL" });
        expect(send?.why.at(-1)?.text).toContain(
          `arrive between ${dayLabelOf(arrival(input, person, result.advice.writeBy!).earliest)}`,
        );
        const confirm = result.actions[0];
        expect(confirm?.kind).toBe("confirm-recipients");
        expect(confirm?.why.some((w) => w.text.startsWith("Ask first for the email") && w.text.includes(label))).toBe(
          true,
        );
        if (s.channel !== "email-then-postal")
          expect(result.actions.some((a) => a.id === `post-thank-you-${i + 1}`)).toBe(false);
      });
    },
  );

  test.prop([scenario])("not interested: no letter, one withdrawal", (s) => {
    const { result } = build({ ...s, interest: "not-interested" });
    expect(result.advice).toMatchObject({ send: false, channel: "none", recipients: [] });
    expect(result.actions.map((a) => a.kind)).toEqual(["withdraw"]);
  });

  test.prop([scenario])("same input, same output; the output is plan JSON that round-trips", (s) => {
    const first = build(s);
    const again = build(s);
    expect(again.result).toEqual(first.result);
    const { input, decision, result } = first;
    const plan = {
      version: 1,
      interviewId: input.id,
      createdAt: input.end,
      status: "awaiting-decision",
      context: {
        interviewEnd: input.end,
        company: input.company.name,
        role: input.role,
        employer: { timeZone: input.company.timeZone, country: input.company.country },
        candidate: { timeZone: input.candidate.timeZone, country: input.candidate.country },
        interviewers: [],
      },
      decision,
      thankYou: result.advice,
      followUps: [],
      actions: result.actions,
      history: [],
    };
    const parsed = PlanSchema.safeParse(JSON.parse(JSON.stringify(plan)));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.thankYou).toStrictEqual(result.advice);
    expect(parsed.data?.actions).toStrictEqual(result.actions);
  });
});
