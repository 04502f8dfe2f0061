import { describe, expect, it } from "vitest";
import { applyEvent } from "../plan/apply-event.js";
import { createPlan } from "../plan/create-plan.js";
import { sampleInterview } from "../plan/test-fixtures.js";

// The sample: onsite in New York, Tue 2026-11-24 14:00–15:30 (-05:00); the candidate lives in Chicago.
const END = "2026-11-24T15:30:00-05:00[America/New_York]";
const UNREAD = "We'll decide after the board meets in the spring term";

describe("words that name a time the parser cannot read", () => {
  const plan = createPlan({ ...sampleInterview(), statedTimeline: UNREAD }, { now: END });

  it("are not taken for silence: the default window applies with source 'unread' and the words kept", () => {
    expect(plan.decision).toEqual({
      earliest: "2026-11-25",
      latest: "2026-12-02",
      source: "unread",
      timeline: { text: UNREAD },
    });
  });

  it("make the plan's first action a request for the date the candidate heard, quoting the words", () => {
    const first = plan.actions[0];
    expect(first).toMatchObject({
      id: "confirm-timeline",
      kind: "confirm-timeline",
      status: "pending",
      // The rest of the candidate's day (candidateHours 08:00–20:00), while the words are fresh.
      due: { start: "2026-11-24T14:30:00-06:00[America/Chicago]", end: "2026-11-24T20:00:00-06:00[America/Chicago]" },
    });
    expect(first?.templateId).toBeUndefined();
    expect(first?.why[0]?.text).toContain(`"${UNREAD}"`);
    expect(first?.why[0]?.source).toBe("E-FU-STATED");
  });

  it("are asked about in the candidate's hours: an interview over at 02:00 their time waits for 08:00", () => {
    const late = createPlan(
      {
        ...sampleInterview(),
        statedTimeline: UNREAD,
        start: "2026-11-24T18:30:00+09:00[Asia/Tokyo]",
        end: "2026-11-24T19:00:00+09:00[Asia/Tokyo]",
        company: { ...sampleInterview().company, timeZone: "Asia/Tokyo", country: "JP", region: undefined },
        candidate: { ...sampleInterview().candidate, timeZone: "America/Chicago" },
      },
      { now: "2026-11-24T19:00:00+09:00[Asia/Tokyo]" },
    );
    expect(late.actions[0]).toMatchObject({
      kind: "confirm-timeline",
      due: { start: "2026-11-24T08:00:00-06:00[America/Chicago]", end: "2026-11-24T20:00:00-06:00[America/Chicago]" },
    });
  });

  it("say so in the first call's reasons", () => {
    expect(plan.followUps[0]?.why[0]?.text).toMatch(/name a time that could not be read/);
  });

  it("differ from words that name no time, which keep source 'default' and ask nothing", () => {
    const silent = createPlan({ ...sampleInterview(), statedTimeline: "We'll be in touch soon" }, { now: END });
    expect(silent.decision.source).toBe("default");
    expect(silent.actions.some((a) => a.kind === "confirm-timeline")).toBe(false);
  });

  it("are settled by a timeline the parser reads: the request is done and the window re-planned", () => {
    const next = applyEvent(
      plan,
      { type: "timeline-updated", id: "t1", at: "2026-11-25T09:00:00-05:00", text: "by December 11" },
      { now: "2026-11-25T09:00:00-05:00" },
    );
    expect(next.decision).toMatchObject({ source: "stated", latest: "2026-12-11" });
    expect(next.actions.find((a) => a.kind === "confirm-timeline")?.status).toBe("done");
  });

  it("asked again when a call brings other words that cannot be read", () => {
    const next = applyEvent(
      plan,
      { type: "timeline-updated", id: "t1", at: "2026-11-25T09:00:00-05:00", text: "by December 11" },
      { now: "2026-11-25T09:00:00-05:00" },
    );
    const again = applyEvent(
      next,
      {
        type: "follow-up-made",
        id: "c1",
        at: "2026-12-14T10:00:00-05:00",
        outcome: "spoke",
        timeline: "once the budget for Q3 is signed",
      },
      { now: "2026-12-14T10:00:00-05:00" },
    );
    expect(again.decision.source).toBe("unread");
    const asks = again.actions.filter((a) => a.kind === "confirm-timeline");
    expect(asks.map((a) => [a.id, a.status])).toEqual([
      ["confirm-timeline", "done"],
      ["confirm-timeline-2", "pending"],
    ]);
  });
});

describe("a reading with notes", () => {
  it("carries them into the decision and the first call's reasons", () => {
    const plan = createPlan({ ...sampleInterview(), statedTimeline: "We'll decide by 12/4" }, { now: END });
    expect(plan.decision.timeline?.notes).toEqual([
      '"12/4" was read month first, as dates are written in US: 4 December; the other order would be 12 April.',
    ]);
    expect(plan.followUps[0]?.why.map((w) => w.rule)).toContain("decision.timeline");
  });
});
