import { fc, test } from "@fast-check/vitest";
import { Temporal } from "temporal-polyfill";
import { describe, expect } from "vitest";
import { businessCalendarOf } from "../calendar/business-calendar.js";
import { countryOfZone } from "../calendar/zone-calendar.js";
import { side } from "../plan/context.js";
import { createPlan } from "../plan/create-plan.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { Plan, PlanAction } from "../schema/plan.js";
import type { CandidateHours } from "./defaults.js";
import { resolvePolicy } from "./resolve-policy.js";
import { businessHoursOn } from "./shared-hours.js";

/*
 * Issue 14, "the candidate's day", over random pairs of the world's zones: nothing asked of the
 * candidate by phone falls outside their hours (and so never before 07:00 or after 21:00 when their
 * hours lie within those), nor on their weekend; emails go in their hours and the employer's, or
 * say when to schedule the send.
 */

// Every zone the runtime knows that belongs to one country afterview can build a calendar for.
const places = Intl.supportedValuesOf("timeZone").flatMap((timeZone) => {
  const country = countryOfZone(timeZone);
  if (!country) return [];
  try {
    side({ timeZone, country }, "zone");
    return [{ timeZone, country }];
  } catch {
    return [];
  }
});

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

// A candidate's day inside 07:00–21:00: from 07:00–11:00, 6 to 14 hours long, weekends for calls or not.
const hoursWithin7To21 = fc
  .tuple(fc.integer({ min: 7 * 4, max: 11 * 4 }), fc.integer({ min: 6 * 4, max: 14 * 4 }), fc.boolean())
  .map(([start, length, weekendCalls]) => ({
    start: hhmm(start * 15),
    end: hhmm(Math.min(start + length, 21 * 4) * 15),
    weekendCalls,
  }));

const scenario = fc.record({
  employer: fc.constantFrom(...places),
  candidate: fc.constantFrom(...places),
  // 2025-01-01 … 2028-06-30, starting 08:00–18:00 on the employer's clock.
  day: fc.integer({ min: 0, max: 1276 }),
  startMinute: fc.integer({ min: 8 * 4, max: 18 * 4 }).map((q) => q * 15),
  stated: fc.constantFrom(undefined, "within two or three days", "by the end of next week", "in two weeks"),
  // Who can be reached how: the confirming call depends on it.
  scheduler: fc.constantFrom("phone and email", "phone", "email", "none"),
  spellingConfirmed: fc.boolean(),
  interviewerEmail: fc.boolean(),
  // now: from the interview's end to ten days after it.
  nowMinutes: fc.integer({ min: 0, max: 10 * 24 * 60 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { input: InterviewInput; now: string } {
  const start = Temporal.PlainDate.from("2025-01-01")
    .add({ days: s.day })
    .toZonedDateTime({ timeZone: s.employer.timeZone, plainTime: Temporal.PlainTime.from(hhmm(s.startMinute)) });
  const end = start.add({ hours: 1 });
  const input: InterviewInput = {
    id: "world",
    role: "Data Engineer",
    company: { name: "Acme", ...s.employer },
    start: start.toString(),
    end: end.toString(),
    format: "video",
    interviewers: [
      {
        name: "Dana Whitfield",
        spellingConfirmed: s.spellingConfirmed,
        ...(s.interviewerEmail ? { email: "dana@acme.example" } : {}),
      },
    ],
    interest: "want",
    candidate: { name: "Alex Morgan", ...s.candidate },
  };
  if (s.stated) input.statedTimeline = s.stated;
  if (s.scheduler !== "none") {
    input.scheduler = {
      name: "Priya Raman",
      ...(s.scheduler.includes("phone") ? { phone: "+1 212 555 0100" } : {}),
      ...(s.scheduler.includes("email") ? { email: "priya@acme.example" } : {}),
    };
  }
  return { input, now: end.add({ minutes: s.nowMinutes }).toString() };
}

/** The action's window on the candidate's clock lies inside one day of their hours (and on a weekday, for a call). */
function inHours(
  a: { start: string; end: string },
  zone: string,
  hours: CandidateHours,
  weekend: readonly number[],
  call: boolean,
) {
  const start = Temporal.ZonedDateTime.from(a.start).withTimeZone(zone);
  const end = Temporal.ZonedDateTime.from(a.end).withTimeZone(zone);
  const day = start.toPlainDate();
  const opens = Temporal.PlainTime.from(hours.start);
  const closes = Temporal.PlainTime.from(hours.end);
  expect(
    Temporal.PlainTime.compare(start.toPlainTime(), opens),
    `${a.start} starts before ${hours.start}`,
  ).toBeGreaterThanOrEqual(0);
  expect(end.toPlainDate().equals(day), `${a.start}–${a.end} runs over two days`).toBe(true);
  expect(Temporal.PlainTime.compare(end.toPlainTime(), closes), `${a.end} ends after ${hours.end}`).toBeLessThanOrEqual(
    0,
  );
  if (call && !hours.weekendCalls) expect(weekend, `${a.start} is a weekend day`).not.toContain(day.dayOfWeek);
}

/** Every phone action and phone follow-up, as windows on the candidate's clock. */
function calls(plan: Plan): { start: string; end: string }[] {
  const actions = plan.actions.filter(
    (a): a is PlanAction & { due: { start: string; end: string } } => a.channel === "phone" && a.due !== undefined,
  );
  const followUps = plan.followUps.filter((f) => f.channel === "phone");
  return [
    ...actions.map((a) => a.due),
    ...followUps.map((f) => ({ start: f.forCandidate.opens, end: f.forCandidate.closes })),
  ];
}

function check(s: Scenario, policy: { candidateHours: CandidateHours } | undefined) {
  const { input, now } = build(s);
  const plan = createPlan(input, policy ? { now, policy } : { now });
  const rules = resolvePolicy(policy);
  const hours = rules.candidateHours;
  const candidate = side(input.candidate, "candidate");
  const employer = side(input.company, "company");
  for (const call of calls(plan)) {
    inHours(call, input.candidate.timeZone, hours, candidate.days.weekend, true);
    const start = Temporal.ZonedDateTime.from(call.start).withTimeZone(input.candidate.timeZone).toPlainTime();
    const end = Temporal.ZonedDateTime.from(call.end).withTimeZone(input.candidate.timeZone).toPlainTime();
    expect(Temporal.PlainTime.compare(start, Temporal.PlainTime.from("07:00"))).toBeGreaterThanOrEqual(0);
    expect(Temporal.PlainTime.compare(end, Temporal.PlainTime.from("21:00"))).toBeLessThanOrEqual(0);
  }
  for (const a of plan.actions) {
    if (!a.due) continue;
    // Emails to send and every written task start in the candidate's day; sends also end in it.
    // Inside the employer's business hours on one of their business days (the interview's own day
    // may start the window at the interview's end, before they open).
    const inTheirHours = (due: { start: string; end: string }) => {
      const start = Temporal.ZonedDateTime.from(due.start).withTimeZone(input.company.timeZone);
      const open = businessHoursOn(start.toPlainDate(), {
        zone: input.company.timeZone,
        calendar: businessCalendarOf(employer.days),
        hours: rules.thankYou.businessHours,
      });
      const from =
        Temporal.ZonedDateTime.compare(start, Temporal.ZonedDateTime.from(input.end)) === 0 ? start : open?.start;
      return (
        open !== undefined &&
        from !== undefined &&
        Temporal.ZonedDateTime.compare(from, start) <= 0 &&
        Temporal.ZonedDateTime.compare(Temporal.ZonedDateTime.from(due.end), open.end) <= 0
      );
    };
    if (a.kind === "send-thank-you" && a.channel === "email") {
      inHours(a.due, input.candidate.timeZone, hours, candidate.days.weekend, false);
      const scheduled = a.why.some((w) => w.text.includes("schedule the send for") && w.source === "E-FU-HOURS");
      expect(
        inTheirHours(a.due) || scheduled,
        `${a.id} ${a.due.start}–${a.due.end} neither in their hours nor scheduled`,
      ).toBe(true);
    }
    if (a.kind === "confirm-recipients" && a.channel === "phone") {
      const message = a.why.some((w) => w.text.includes("leave a message") && w.source === "E-FU-HOURS");
      expect(inTheirHours(a.due) || message, `${a.id} ${a.due.start}–${a.due.end} outside their business hours`).toBe(
        true,
      );
    }
    if (a.kind === "follow-up" && a.channel === "email") {
      inHours(a.due, input.candidate.timeZone, hours, candidate.days.weekend, false);
      expect(a.templateId).toBe("follow-up/email");
      expect(
        a.why.some((w) => w.text.includes(input.company.timeZone) && w.text.includes(input.candidate.timeZone)),
      ).toBe(true);
    }
    if (a.kind === "write-thank-you" || (a.kind === "confirm-recipients" && a.channel === "email")) {
      const start = { start: a.due.start, end: a.due.start };
      inHours(start, input.candidate.timeZone, hours, candidate.days.weekend, false);
    }
  }
}

describe("the candidate's day, over random pairs of the world's zones", () => {
  test("there are zones to draw from", () => {
    expect(places.length).toBeGreaterThan(200);
  });

  test.prop([scenario, hoursWithin7To21], { numRuns: 120 })(
    "nothing by phone starts before 07:00 or ends after 21:00, or leaves the candidate's own hours",
    (s, candidateHours) => check(s, { candidateHours }),
  );

  test.prop([scenario], { numRuns: 120 })("with the default policy nothing by phone falls outside 08:00–20:00", (s) => {
    check(s, undefined);
    const { input, now } = build(s);
    for (const call of calls(createPlan(input, { now }))) {
      for (const at of [call.start, call.end]) {
        const time = Temporal.ZonedDateTime.from(at).withTimeZone(input.candidate.timeZone).toPlainTime();
        expect(Temporal.PlainTime.compare(time, Temporal.PlainTime.from("08:00"))).toBeGreaterThanOrEqual(0);
        expect(Temporal.PlainTime.compare(time, Temporal.PlainTime.from("20:00"))).toBeLessThanOrEqual(0);
      }
    }
  });
});
