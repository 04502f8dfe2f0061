import { describe, expect, test } from "vitest";
import { PlanSchema } from "../schema/plan.js";
import { followUpActions } from "./actions.js";
import { followUpSchedule } from "./schedule.js";
import { SIDES, testInterview } from "./test-interview.js";

const scheduler = { name: "Priya Raman", title: "Recruiting Coordinator", phone: "+1 212 555 0100" };
const input = testInterview({
  employer: SIDES.newYork,
  candidate: SIDES.london,
  end: "2026-11-24T15:30:00-05:00[America/New_York]",
  statedTimeline: "We'll make a decision within two or three days",
  scheduler,
});
const windows = followUpSchedule(input, { now: input.end });

describe("followUpActions", () => {
  const actions = followUpActions(input, windows);

  test("one pending call per window, due over the window in the candidate's zone", () => {
    expect(actions.map((a) => [a.id, a.kind, a.channel, a.templateId, a.status, a.due?.start, a.due?.end])).toEqual([
      [
        "follow-up-1",
        "follow-up",
        "phone",
        "follow-up/call-script",
        "pending",
        "2026-12-01T14:30:00+00:00[Europe/London]",
        "2026-12-01T16:30:00+00:00[Europe/London]",
      ],
      [
        "follow-up-2",
        "follow-up",
        "phone",
        "follow-up/call-script",
        "pending",
        "2026-12-08T14:30:00+00:00[Europe/London]",
        "2026-12-08T16:30:00+00:00[Europe/London]",
      ],
      [
        "follow-up-3",
        "follow-up",
        "phone",
        "follow-up/call-script",
        "pending",
        "2026-12-15T14:30:00+00:00[Europe/London]",
        "2026-12-15T16:30:00+00:00[Europe/London]",
      ],
    ]);
    expect(PlanSchema.shape.actions.parse(actions)).toEqual(actions);
  });

  test("calls the scheduler, with the window's reasons and one naming whom to call", () => {
    for (const [i, action] of actions.entries()) {
      expect(action.to).toEqual(scheduler);
      expect(action.to).not.toBe(input.scheduler);
      expect(action.why.slice(0, 3)).toEqual(windows[i]?.why);
      expect(action.why[3]).toEqual({
        rule: "follow-up.recipient",
        text: "Call Priya Raman, who scheduled the interview and knows where the decision stands.",
      });
    }
  });

  test("without a scheduler, calls the first interviewer", () => {
    const [first] = followUpActions({ interviewers: input.interviewers }, windows);
    expect(first?.to).toEqual({ name: "Dana Whitfield", email: "dana@acme.example" });
    expect(first?.why.at(-1)?.text).toBe(
      "Call Dana Whitfield, the first interviewer, since no one was named as the scheduler.",
    );
  });

  test("with nobody to call, no `to` and a reason pointing to the main line", () => {
    const [first] = followUpActions({ interviewers: [] }, windows);
    expect(first?.to).toBeUndefined();
    expect(first?.why.at(-1)?.text).toContain("main line");
  });

  test("an email touch is an email action with the email template, to someone with an address", () => {
    // Tokyo's calling windows never meet a London day (E-FU-HOURS): every touch is an email.
    const tokyo = testInterview({
      employer: { zone: "Asia/Tokyo", country: "JP" },
      candidate: SIDES.london,
      end: "2026-01-13T11:00:00+09:00[Asia/Tokyo]",
      scheduler,
    });
    const emails = followUpSchedule(tokyo, { now: tokyo.end });
    const [first] = followUpActions(tokyo, emails);
    expect([first?.channel, first?.templateId, first?.to?.name]).toEqual([
      "email",
      "follow-up/email",
      "Dana Whitfield",
    ]);
    expect(first?.due).toEqual({ start: emails[0]?.forCandidate.opens, end: emails[0]?.forCandidate.closes });
    expect(first?.why.at(-1)?.text).toBe(
      "Write to Dana Whitfield, who interviewed you, since no address is known for the person who scheduled it.",
    );
    const withEmail = { ...scheduler, email: "priya@acme.example" };
    expect(followUpActions({ scheduler: withEmail, interviewers: tokyo.interviewers }, emails)[0]?.to).toEqual(
      withEmail,
    );
  });

  test("uses a re-planned window's attempt number in the id", () => {
    const renumbered = windows.map((w) => ({ ...w, attempt: w.attempt + 3 }));
    expect(followUpActions(input, renumbered).map((a) => a.id)).toEqual(["follow-up-4", "follow-up-5", "follow-up-6"]);
  });

  test("does not change its inputs", () => {
    const before = JSON.stringify([input, windows]);
    const made = followUpActions(input, windows);
    made[0]?.why.push({ rule: "x", text: "y" });
    if (made[0]?.to) made[0].to.name = "Changed";
    expect(JSON.stringify([input, windows])).toBe(before);
  });
});
