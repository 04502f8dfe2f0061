import { describe, expect, test } from "vitest";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { thankYouPlan } from "./plan.js";
import { decision, testContext, testInput } from "./test-input.js";

const ny = (day: string, time: string, offset = "-04:00") => `${day}T${time}:00${offset}[America/New_York]`;
const londonCandidate = {
  ...testInput().candidate,
  timeZone: "Europe/London",
  country: "GB",
  region: "ENG",
  address: undefined,
};

interface Case {
  name: string;
  changes: Partial<InterviewInput>;
  policy?: PolicyOverrides;
  window: { start: string; end: string };
}

describe("email send window", () => {
  test.each<Case>([
    {
      name: "Tuesday 15:30 → Wednesday 09:00–15:30 (within 24 hours)",
      changes: { start: ny("2026-10-06", "14:00"), end: ny("2026-10-06", "15:30") },
      window: { start: ny("2026-10-07", "09:00"), end: ny("2026-10-07", "15:30") },
    },
    {
      name: "Friday afternoon → Monday 09:00–12:00, the next business morning",
      changes: { start: ny("2026-10-16", "14:00"), end: ny("2026-10-16", "15:30") },
      window: { start: ny("2026-10-19", "09:00"), end: ny("2026-10-19", "12:00") },
    },
    {
      name: "Friday before Columbus Day → Tuesday 09:00–12:00",
      changes: { start: ny("2026-10-09", "14:00"), end: ny("2026-10-09", "15:30") },
      window: { start: ny("2026-10-13", "09:00"), end: ny("2026-10-13", "12:00") },
    },
    {
      name: "the day before Thanksgiving → Friday 09:00–12:00",
      changes: { start: ny("2026-11-25", "14:00", "-05:00"), end: ny("2026-11-25", "15:30", "-05:00") },
      window: { start: ny("2026-11-27", "09:00", "-05:00"), end: ny("2026-11-27", "12:00", "-05:00") },
    },
    {
      name: "ending 19:30 → written by 12:00, sent 12:00–17:00 the same day",
      changes: { start: ny("2026-10-06", "18:00"), end: ny("2026-10-06", "19:30") },
      window: { start: ny("2026-10-07", "12:00"), end: ny("2026-10-07", "17:00") },
    },
    {
      // The candidate's day ends at 20:00 London (E-FU-HOURS): 15:00 in New York.
      name: "London candidate, New York office, ending 17:30 New York: 09:00–17:00 New York is 14:00–22:00 London, kept to 14:00–20:00",
      changes: { start: ny("2026-10-06", "16:00"), end: ny("2026-10-06", "17:30"), candidate: londonCandidate },
      window: { start: "2026-10-07T14:00:00+01:00[Europe/London]", end: "2026-10-07T20:00:00+01:00[Europe/London]" },
    },
    {
      name: "policy: business hours 08:00–18:00 and 12 hours",
      changes: { start: ny("2026-10-06", "08:00"), end: ny("2026-10-06", "09:00") },
      policy: { thankYou: { businessHours: { start: "08:00", end: "18:00" }, emailWithinHours: 12 } },
      // written by 21:00; next opening Wed 08:00 is past 21:00 Tue (the 12-hour mark) → next business morning 08:00–11:00.
      window: { start: ny("2026-10-07", "08:00"), end: ny("2026-10-07", "11:00") },
    },
  ])("$name", ({ changes, policy, window }) => {
    const { advice, actions } = thankYouPlan(testContext(testInput(changes), policy), decision("2026-10-07"));
    const sends = actions.filter((a) => a.kind === "send-thank-you" && a.channel === "email");
    expect(sends.map((a) => a.id)).toEqual(["send-thank-you-1"]);
    expect(sends[0]?.due).toEqual(window);
    expect(sends[0]?.templateId).toBe("thank-you/email");
    expect(advice.sendBy).toBe(window.end);
    expect(sends[0]?.why[0]).toMatchObject({ rule: "thank-you.send-time", source: "E-TY-TIMING" });
  });

  test("Tokyo office, London candidate in winter: written in the candidate's day, the send scheduled for 09:00 Tokyo", () => {
    const input = testInput({
      start: "2026-01-13T10:00:00+09:00[Asia/Tokyo]",
      end: "2026-01-13T11:00:00+09:00[Asia/Tokyo]",
      company: { ...testInput().company, timeZone: "Asia/Tokyo", country: "JP", region: undefined, address: undefined },
      candidate: londonCandidate,
    });
    const { actions, advice } = thankYouPlan(testContext(input), decision("2026-01-16"));
    const send = actions.find((a) => a.kind === "send-thank-you");
    expect(send?.due).toEqual({
      start: "2026-01-13T08:00:00+00:00[Europe/London]",
      end: "2026-01-13T20:00:00+00:00[Europe/London]",
    });
    expect(advice.sendBy).toBe("2026-01-13T20:00:00+00:00[Europe/London]");
    expect(send?.why).toEqual([
      {
        rule: "thank-you.send-time",
        text: "The email should arrive at 09:00 on Wed 2026-01-14 (employer's time; 00:00 your time): the start of their business hours, within 24 hours of the interview.",
        source: "E-TY-TIMING",
      },
      {
        rule: "thank-you.candidate-hours",
        text: "Their business hours (09:00–17:00 in Asia/Tokyo) never meet your day (08:00–20:00 in Europe/London), so finish it between 08:00 and 20:00 on Tue 2026-01-13 your time and schedule the send for 09:00 on Wed 2026-01-14 in Asia/Tokyo, which is 00:00 on Wed 2026-01-14 for you.",
        source: "E-FU-HOURS",
      },
    ]);
  });

  test("every interviewer with an email shares the window; one without an email gets a posted letter in time", () => {
    // Ana's letter to Tokyo would be late, so the channel is email; Sam's, to the New York office, is in time.
    const tokyo = { lines: ["1-1 Marunouchi"], locality: "Chiyoda-ku", region: "Tokyo", country: "JP" };
    const input = testInput({
      interviewers: [
        { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
        { name: "Sam Lee", spellingConfirmed: true },
        { name: "Ana Ruiz", email: "ana@acme.example", spellingConfirmed: true, address: tokyo },
      ],
    });
    const { actions, advice } = thankYouPlan(testContext(input), decision("2026-10-21"));
    const sends = actions.filter((a) => a.kind === "send-thank-you");
    expect(sends.map((a) => [a.id, a.channel, a.to?.name])).toEqual([
      ["send-thank-you-1", "email", "Dana Whitfield"],
      ["send-thank-you-3", "email", "Ana Ruiz"],
      ["post-thank-you-2", "postal", "Sam Lee"],
    ]);
    expect(sends[0]?.due).toEqual(sends[1]?.due);
    expect(sends[2]?.to?.address).toEqual(input.company.address);
    expect(advice.channel).toBe("email");
    expect(advice.why.some((w) => w.text.includes("No email address for Sam Lee"))).toBe(true);
  });

  test("one without an email whose letter would be late by post gets an email, its address asked for first", () => {
    const input = testInput({
      interviewers: [
        { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
        { name: "Sam Lee", spellingConfirmed: true },
      ],
    });
    const { actions } = thankYouPlan(testContext(input), decision("2026-10-07"));
    const sends = actions.filter((a) => a.kind === "send-thank-you");
    expect(sends.map((a) => [a.id, a.channel, a.to?.name])).toEqual([
      ["send-thank-you-1", "email", "Dana Whitfield"],
      ["send-thank-you-2", "email", "Sam Lee"],
    ]);
    expect(sends[0]?.due).toEqual(sends[1]?.due);
    expect(actions[0]?.kind).toBe("confirm-recipients");
  });

  test("no email and no address: the email goes through the scheduler", () => {
    const input = testInput({
      company: { ...testInput().company, address: undefined },
      interviewers: [{ name: "Sam Lee", spellingConfirmed: true }],
    });
    const { actions } = thankYouPlan(testContext(input), decision("2026-10-07"));
    const send = actions.find((a) => a.kind === "send-thank-you");
    expect(send).toMatchObject({ id: "send-thank-you-1", channel: "email", to: { name: "Priya Raman" } });
    expect(actions.some((a) => a.kind === "confirm-recipients")).toBe(false);
  });
});
