import { describe, expect, test } from "vitest";
import { createPlan } from "../plan/create-plan.js";
import type { InterviewInput } from "../schema/interview-input.js";
import type { Plan, PlanAction } from "../schema/plan.js";

/*
 * Issue 14, "the candidate's day": whatever afterview asks of the candidate falls in their own hours
 * (08:00–20:00, calls on their weekdays; E-FU-HOURS) as well as the employer's. Named zone pairs from
 * the trials, worked out by hand from the rules.
 */

interface Side {
  timeZone: string;
  country: string;
  region?: string;
}

const berlin: Side = { timeZone: "Europe/Berlin", country: "DE", region: "BE" };
const newYork: Side = { timeZone: "America/New_York", country: "US", region: "NY" };
const tokyo: Side = { timeZone: "Asia/Tokyo", country: "JP" };
const london: Side = { timeZone: "Europe/London", country: "GB" };
const sydney: Side = { timeZone: "Australia/Sydney", country: "AU", region: "NSW" };
const losAngeles: Side = { timeZone: "America/Los_Angeles", country: "US", region: "CA" };

function interview(employer: Side, candidate: Side, start: string, end: string, changes: Partial<InterviewInput> = {}) {
  return {
    id: "candidate-day",
    role: "Data Engineer",
    company: { name: "Acme", ...employer },
    start,
    end,
    format: "video",
    interviewers: [{ name: "Kenji Sato", email: "kenji@acme.example", spellingConfirmed: true }],
    scheduler: { name: "Yui Tanaka", phone: "+81 3 5555 0100", email: "yui@acme.example" },
    statedTimeline: "We'll make a decision within two or three days",
    interest: "want",
    candidate: { name: "Alex Morgan", ...candidate },
    ...changes,
  } satisfies InterviewInput;
}

const plan = (input: InterviewInput): Plan => createPlan(input, { now: input.end });
const due = (a: PlanAction | undefined) => [a?.due?.start, a?.due?.end];
const byKind = (p: Plan, kind: PlanAction["kind"]) => p.actions.filter((a) => a.kind === kind);
const texts = (a: PlanAction | undefined) => a?.why.map((w) => w.text).join(" ") ?? "";

describe("Berlin employer, New York candidate (US on daylight time, Berlin not yet: 5 hours apart)", () => {
  const p = plan(
    interview(berlin, newYork, "2026-03-24T14:00:00+01:00[Europe/Berlin]", "2026-03-24T15:00:00+01:00[Europe/Berlin]"),
  );

  test("calls keep to 08:00–09:30 New York, the part of Berlin's afternoon window inside the candidate's day", () => {
    const calls = byKind(p, "follow-up");
    expect(calls.map((a) => [a.channel, a.templateId, ...due(a)])).toEqual([
      [
        "phone",
        "follow-up/call-script",
        "2026-03-30T08:00:00-04:00[America/New_York]",
        "2026-03-30T09:30:00-04:00[America/New_York]",
      ],
      // The trials' third call, "Wed 2026-04-08 03:30 → 05:30": Berlin's morning window is passed over.
      [
        "phone",
        "follow-up/call-script",
        "2026-04-08T08:00:00-04:00[America/New_York]",
        "2026-04-08T09:30:00-04:00[America/New_York]",
      ],
      [
        "phone",
        "follow-up/call-script",
        "2026-04-15T08:00:00-04:00[America/New_York]",
        "2026-04-15T09:30:00-04:00[America/New_York]",
      ],
    ]);
    expect(p.followUps[1]?.opens).toBe("2026-04-08T14:00:00+02:00[Europe/Berlin]");
    expect(p.followUps[1]?.why).toContainEqual({
      rule: "follow-up.candidate-hours",
      text: "Your hours for calls are 08:00–20:00 in America/New_York, on your weekdays; an earlier calling window falls outside them (such as 09:30–11:30 Europe/Berlin on Wednesday 2026-04-08 (03:30–05:30 for you)); the call keeps to the part of 13:30–15:30 Europe/Berlin inside them: 14:00–15:30 there, 08:00–09:30 for you.",
      source: "E-FU-HOURS",
    });
  });

  test("the thank-you email goes 08:00–10:00 New York (13:00–15:00 Berlin), not from 03:00", () => {
    const [send] = byKind(p, "send-thank-you");
    expect(due(send)).toEqual([
      "2026-03-25T08:00:00-04:00[America/New_York]",
      "2026-03-25T10:00:00-04:00[America/New_York]",
    ]);
    expect(send?.why.map((w) => `${w.rule} ${w.source}`)).toEqual([
      "thank-you.send-time E-TY-TIMING",
      "thank-you.candidate-hours E-FU-HOURS",
    ]);
  });
});

describe("Tokyo employer, London candidate: the clocks never meet for a call", () => {
  const winter = plan(
    interview(tokyo, london, "2026-01-13T10:00:00+09:00[Asia/Tokyo]", "2026-01-13T11:00:00+09:00[Asia/Tokyo]"),
  );

  test("writing waits for 08:00 London; the email is written in the day and scheduled for 09:00 Tokyo", () => {
    const [write] = byKind(winter, "write-thank-you");
    expect(due(write)).toEqual([
      "2026-01-13T08:00:00+00:00[Europe/London]",
      "2026-01-13T21:00:00+00:00[Europe/London]",
    ]);
    const [send] = byKind(winter, "send-thank-you");
    expect(due(send)).toEqual(["2026-01-13T08:00:00+00:00[Europe/London]", "2026-01-13T20:00:00+00:00[Europe/London]"]);
    expect(texts(send)).toContain(
      "schedule the send for 09:00 on Wed 2026-01-14 in Asia/Tokyo, which is 00:00 on Wed 2026-01-14 for you.",
    );
  });

  test("every follow-up is an email, written in the candidate's day, with both clocks in its reasons", () => {
    const touches = byKind(winter, "follow-up");
    expect(touches.map((a) => [a.channel, a.templateId, a.to?.name, ...due(a)])).toEqual([
      [
        "email",
        "follow-up/email",
        "Yui Tanaka",
        "2026-01-18T15:00:00+00:00[Europe/London]",
        "2026-01-18T20:00:00+00:00[Europe/London]",
      ],
      [
        "email",
        "follow-up/email",
        "Yui Tanaka",
        "2026-01-25T15:00:00+00:00[Europe/London]",
        "2026-01-25T20:00:00+00:00[Europe/London]",
      ],
      [
        "email",
        "follow-up/email",
        "Yui Tanaka",
        "2026-02-01T15:00:00+00:00[Europe/London]",
        "2026-02-01T20:00:00+00:00[Europe/London]",
      ],
    ]);
    expect(winter.followUps.map((f) => [f.channel, f.alternatives])).toEqual([
      ["email", []],
      ["email", []],
      ["email", []],
    ]);
    const [first] = touches;
    expect(first?.why.find((w) => w.rule === "follow-up.candidate-hours")).toEqual({
      rule: "follow-up.candidate-hours",
      text: "Their calling windows never meet your hours for calls (08:00–20:00 in Europe/London, on your weekdays) on 5 calling days up to Friday 2026-01-23: on Monday 2026-01-19 they are 13:30–15:30 in Asia/Tokyo, which is 04:30–06:30 for you; so this touch is an email instead of a call.",
      source: "E-FU-HOURS",
    });
    expect(first?.why.find((w) => w.rule === "follow-up.send-time")?.text).toBe(
      "Their business hours (09:00–17:00 in Asia/Tokyo) never meet your day (08:00–20:00 in Europe/London) either: write it between 15:00 on Sunday 2026-01-18 and 20:00 your time and schedule the send for 09:00 on Monday 2026-01-19 in Asia/Tokyo, which is 00:00 on Monday 2026-01-19 for you.",
    );
    expect(winter.quietUntil).toBe("2026-01-18T15:00:00+00:00[Europe/London]");
  });

  test("in British summer time the two share 16:00–17:00 Tokyo, 08:00–09:00 London", () => {
    const summer = plan(
      interview(tokyo, london, "2026-06-09T16:00:00+09:00[Asia/Tokyo]", "2026-06-09T17:00:00+09:00[Asia/Tokyo]"),
    );
    expect(due(byKind(summer, "send-thank-you")[0])).toEqual([
      "2026-06-10T08:00:00+01:00[Europe/London]",
      "2026-06-10T09:00:00+01:00[Europe/London]",
    ]);
    expect(byKind(summer, "follow-up").map((a) => [a.channel, ...due(a)])).toEqual([
      ["email", "2026-06-15T08:00:00+01:00[Europe/London]", "2026-06-15T09:00:00+01:00[Europe/London]"],
      ["email", "2026-06-22T08:00:00+01:00[Europe/London]", "2026-06-22T09:00:00+01:00[Europe/London]"],
      ["email", "2026-06-29T08:00:00+01:00[Europe/London]", "2026-06-29T09:00:00+01:00[Europe/London]"],
    ]);
  });

  test.each([
    {
      name: "the scheduler has an email address: ask them by email",
      changes: { interviewers: [{ name: "Kenji Sato" }] },
      channel: "email",
      to: "Yui Tanaka",
      says: "so ask by email in your hours: they will read it when their office opens.",
    },
    {
      name: "only the scheduler's phone is known: call at the start of the day and leave a message",
      changes: { interviewers: [{ name: "Kenji Sato" }], scheduler: { name: "Yui Tanaka", phone: "+81 3 5555 0100" } },
      channel: "phone",
      to: "Yui Tanaka",
      says: "so call at the start of your day and leave a message asking for the names, spellings and an email address to reply to.",
    },
  ] as { name: string; changes: Partial<InterviewInput>; channel: string; to: string; says: string }[])(
    "confirming the names: $name",
    ({ changes, channel, to, says }) => {
      const p = plan(
        interview(
          tokyo,
          london,
          "2026-01-13T10:00:00+09:00[Asia/Tokyo]",
          "2026-01-13T11:00:00+09:00[Asia/Tokyo]",
          changes,
        ),
      );
      const [confirm] = byKind(p, "confirm-recipients");
      expect([confirm?.channel, confirm?.to?.name, ...due(confirm)]).toEqual([
        channel,
        to,
        "2026-01-13T08:00:00+00:00[Europe/London]",
        "2026-01-13T11:00:00+00:00[Europe/London]",
      ]);
      expect(texts(confirm)).toContain(says);
    },
  );
});

describe("Sydney employer, Los Angeles candidate: Sydney's day is the candidate's afternoon before", () => {
  const p = plan(
    interview(
      sydney,
      losAngeles,
      "2026-02-10T10:00:00+11:00[Australia/Sydney]",
      "2026-02-10T11:00:00+11:00[Australia/Sydney]",
    ),
  );

  test("Monday's window (Sunday evening in LA) is passed over for Tuesday morning, Monday 14:30–16:30 in LA", () => {
    expect(byKind(p, "follow-up").map((a) => [a.channel, ...due(a)])).toEqual([
      ["phone", "2026-02-16T14:30:00-08:00[America/Los_Angeles]", "2026-02-16T16:30:00-08:00[America/Los_Angeles]"],
      ["phone", "2026-02-23T14:30:00-08:00[America/Los_Angeles]", "2026-02-23T16:30:00-08:00[America/Los_Angeles]"],
      ["phone", "2026-03-02T14:30:00-08:00[America/Los_Angeles]", "2026-03-02T16:30:00-08:00[America/Los_Angeles]"],
    ]);
    expect(p.followUps[0]?.opens).toBe("2026-02-17T09:30:00+11:00[Australia/Sydney]");
  });

  test("the thank-you email goes 14:00–16:00 LA, 09:00–11:00 the next morning in Sydney", () => {
    expect(due(byKind(p, "send-thank-you")[0])).toEqual([
      "2026-02-10T14:00:00-08:00[America/Los_Angeles]",
      "2026-02-10T16:00:00-08:00[America/Los_Angeles]",
    ]);
  });
});

test("a candidate who takes calls at weekends gets Sydney's Monday afternoon: Sunday 18:30–20:00 in LA", () => {
  const p = createPlan(
    interview(
      sydney,
      losAngeles,
      "2026-02-10T10:00:00+11:00[Australia/Sydney]",
      "2026-02-10T11:00:00+11:00[Australia/Sydney]",
    ),
    { now: "2026-02-10T11:00:00+11:00[Australia/Sydney]", policy: { candidateHours: { weekendCalls: true } } },
  );
  expect(p.followUps[0]?.forCandidate).toEqual({
    opens: "2026-02-15T18:30:00-08:00[America/Los_Angeles]",
    closes: "2026-02-15T20:00:00-08:00[America/Los_Angeles]",
  });
});
