import { describe, expect, test } from "vitest";
import type { PolicyOverrides } from "../policy/overrides.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { thankYouPlan } from "./plan.js";
import { decision, testContext, testInput } from "./test-input.js";

const base = testInput();
const noAddress = { ...base.company, address: undefined };
const officeAddress = { lines: ["5 Side St"], locality: "New York", region: "NY", country: "US" };
// An early decision, so the automatic channel is email.
const soon = decision("2026-10-07", "2026-10-09");

function plan(changes: Partial<InterviewInput>, policy?: PolicyOverrides) {
  return thankYouPlan(testContext(testInput(changes), policy), soon);
}

describe("confirm-recipients: when it is needed", () => {
  test.each([
    { name: "named, email, spelling confirmed", changes: {}, confirm: false },
    {
      name: "missing name",
      changes: { interviewers: [{ email: "x@acme.example" }] },
      confirm: true,
      says: "no name for interviewer 1",
    },
    {
      name: "spelling marked unconfirmed",
      changes: { interviewers: [{ name: "Marek Szczepański", email: "m@acme.example", spellingConfirmed: false }] },
      confirm: true,
      says: "spelling not confirmed for Marek Szczepański",
    },
    {
      name: "spelling not stated, but an email to copy it from",
      changes: { interviewers: [{ name: "Dana Whitfield", email: "dana@acme.example" }] },
      confirm: false,
    },
    {
      name: "spelling not stated and no email",
      changes: { interviewers: [{ name: "Dana Whitfield" }] },
      confirm: true,
      says: "spelling never checked, and no email to copy it from, for Dana Whitfield",
    },
    {
      name: "by post with no address anywhere",
      changes: { company: noAddress },
      policy: { thankYou: { channel: "postal" } },
      confirm: true,
      says: "no mailing address for Dana Whitfield",
    },
    {
      name: "by post with the interviewer's own address",
      changes: { company: noAddress, interviewers: [{ ...base.interviewers[0], address: officeAddress }] },
      policy: { thankYou: { channel: "postal" } },
      confirm: false,
    },
    { name: "by email, no address needed", changes: { company: noAddress }, confirm: false },
    {
      name: "by email with no email and no address → nobody to send it to",
      changes: {
        company: noAddress,
        scheduler: { name: "Priya Raman", phone: "+1 212 555 0100" },
        interviewers: [{ name: "Dana Whitfield", spellingConfirmed: true }],
      },
      confirm: true,
      says: "no email or mailing address for Dana Whitfield",
    },
    {
      name: "email-then-postal with no address → the letter needs one",
      changes: { company: noAddress },
      policy: { thankYou: { channel: "email-then-postal" } },
      confirm: true,
      says: "no mailing address for Dana Whitfield",
    },
  ] as { name: string; changes: Partial<InterviewInput>; policy?: PolicyOverrides; confirm: boolean; says?: string }[])(
    "$name",
    ({ changes, policy, confirm, says }) => {
      const { actions, advice } = plan(changes, policy);
      const action = actions.find((a) => a.kind === "confirm-recipients");
      expect(action !== undefined).toBe(confirm);
      if (action) {
        expect(actions[0]).toBe(action);
        expect(action.id).toBe("confirm-recipients");
        expect(action.templateId).toBe("recipients/call-script");
        expect(action.why[0]?.text).toContain(says);
        expect(advice.why.find((w) => w.rule === "thank-you.recipients")?.text).toContain(says);
      }
    },
  );
});

describe("confirm-recipients: whom to ask", () => {
  const unchecked = [{ name: "Sam Lee" }, { name: "Dana Whitfield", email: "dana@acme.example" }];
  test.each([
    {
      name: "scheduler with a phone → call",
      changes: { interviewers: unchecked },
      channel: "phone",
      to: "Priya Raman",
    },
    {
      name: "scheduler without a phone → email",
      changes: { interviewers: unchecked, scheduler: { name: "Priya Raman", email: "priya@acme.example" } },
      channel: "email",
      to: "Priya Raman",
    },
    {
      name: "no scheduler → the first interviewer with an email",
      changes: { interviewers: unchecked, scheduler: undefined },
      channel: "email",
      to: "Dana Whitfield",
    },
    {
      name: "no scheduler, no interviewer email → the company's main line",
      changes: { interviewers: [{ name: "Sam Lee" }], scheduler: undefined },
      channel: "phone",
      to: undefined,
      says: "main line",
    },
  ] as { name: string; changes: Partial<InterviewInput>; channel: string; to?: string; says?: string }[])(
    "$name",
    ({ changes, channel, to, says }) => {
      const action = plan(changes).actions[0];
      expect(action?.kind).toBe("confirm-recipients");
      expect(action?.channel).toBe(channel);
      expect(action?.to?.name).toBe(to);
      if (says) expect(action?.why.map((w) => w.text).join(" ")).toContain(says);
    },
  );
});

describe("confirm-recipients: when it is due", () => {
  const unchecked = { interviewers: [{ name: "Sam Lee" }] };
  test.each([
    {
      name: "ends 15:30 New York → by 17:00 close of business (before 21:00 writeBy)",
      changes: unchecked,
      due: { start: "2026-10-06T15:30:00-04:00[America/New_York]", end: "2026-10-06T17:00:00-04:00[America/New_York]" },
    },
    {
      name: "ends 17:30 New York (22:30 London) for a London candidate → next business morning, 09:00–12:00 New York = 14:00–17:00 London",
      changes: {
        ...unchecked,
        start: "2026-10-06T16:00:00-04:00[America/New_York]",
        end: "2026-10-06T17:30:00-04:00[America/New_York]",
        candidate: {
          ...testInput().candidate,
          timeZone: "Europe/London",
          country: "GB",
          region: "ENG",
          address: undefined,
        },
      },
      due: { start: "2026-10-07T14:00:00+01:00[Europe/London]", end: "2026-10-07T17:00:00+01:00[Europe/London]" },
    },
    {
      name: "Friday 17:30 → past the weekend and Columbus Day to Tuesday 09:00–12:00, when the call can be made",
      changes: {
        ...unchecked,
        start: "2026-10-09T16:00:00-04:00[America/New_York]",
        end: "2026-10-09T17:30:00-04:00[America/New_York]",
      },
      due: { start: "2026-10-13T09:00:00-04:00[America/New_York]", end: "2026-10-13T12:00:00-04:00[America/New_York]" },
    },
    {
      name: "a Chicago candidate, New York office: 17:00 New York is 16:00 Chicago",
      changes: {
        ...unchecked,
        candidate: { ...testInput().candidate, timeZone: "America/Chicago", region: "IL", address: undefined },
      },
      due: { start: "2026-10-06T14:30:00-05:00[America/Chicago]", end: "2026-10-06T16:00:00-05:00[America/Chicago]" },
    },
  ] as { name: string; changes: Partial<InterviewInput>; due: { start: string; end: string } }[])(
    "$name",
    ({ changes, due }) => {
      expect(plan(changes).actions[0]?.due).toEqual(due);
    },
  );

  test("one letter per interviewer, each addressed to its own person", () => {
    const people = [
      { name: "Dana Whitfield", email: "dana@acme.example", spellingConfirmed: true },
      { name: "Sam Lee", email: "sam@acme.example", spellingConfirmed: true },
      { name: "Ana Ruiz", email: "ana@acme.example", spellingConfirmed: true },
    ];
    const { actions, advice } = plan({ interviewers: people });
    const writes = actions.filter((a) => a.kind === "write-thank-you");
    expect(writes.map((a) => [a.id, a.to?.name])).toEqual([
      ["write-thank-you-1", "Dana Whitfield"],
      ["write-thank-you-2", "Sam Lee"],
      ["write-thank-you-3", "Ana Ruiz"],
    ]);
    expect(advice.recipients).toEqual(people);
    expect(advice.recipients[0]).not.toBe(people[0]);
  });
});
