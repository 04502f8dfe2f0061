import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { parsePlan } from "../schema/parse.js";
import { PlanSchema } from "../schema/plan.js";
import { createPlan } from "./create-plan.js";
import { deepFreeze, sampleInterview } from "./test-fixtures.js";

// The sample: onsite in New York, Tue 2026-11-24 14:00–15:30 (-05:00); the candidate lives in Chicago (-06:00).
const END = "2026-11-24T15:30:00-05:00[America/New_York]";

describe("createPlan: the sample interview, checked by hand", () => {
  const plan = createPlan(deepFreeze(sampleInterview()), { now: END });

  it("reads 'within two or three days' from Tuesday as Wed 11-25 … Mon 11-30, Thanksgiving (Thu 11-26) skipped", () => {
    // within → earliest is the next business day; 3 business days after Tue 24: Wed 25, Fri 27, Mon 30.
    expect(plan.decision).toMatchObject({ earliest: "2026-11-25", latest: "2026-11-30", source: "stated" });
  });

  it("plans the first call on Tue 12-01 at 09:30 in New York, 08:30 in Chicago, then every 5 business days", () => {
    expect(plan.followUps.map((f) => [f.attempt, f.opens, f.closes])).toEqual([
      [1, "2026-12-01T09:30:00-05:00[America/New_York]", "2026-12-01T11:30:00-05:00[America/New_York]"],
      [2, "2026-12-08T09:30:00-05:00[America/New_York]", "2026-12-08T11:30:00-05:00[America/New_York]"],
      [3, "2026-12-15T09:30:00-05:00[America/New_York]", "2026-12-15T11:30:00-05:00[America/New_York]"],
    ]);
    expect(plan.followUps[0]?.forCandidate).toEqual({
      opens: "2026-12-01T08:30:00-06:00[America/Chicago]",
      closes: "2026-12-01T10:30:00-06:00[America/Chicago]",
    });
  });

  it("is quiet until the first call opens on the candidate's clock", () => {
    expect(plan.quietUntil).toBe("2026-12-01T08:30:00-06:00[America/Chicago]");
  });

  it("sends by email: a letter posted Wed 11-25 (the day before Thanksgiving) arrives Thu 12-03, after the decision", () => {
    expect(plan.thankYou.channel).toBe("email");
    expect(plan.thankYou.send).toBe(true);
    expect(plan.thankYou.format).toBe("typed");
    expect(plan.thankYou.postal?.beforeDecision).toBe(false);
  });

  it("starts with a call to Priya (the scheduler, who has a phone) to confirm Marek's unconfirmed spelling", () => {
    const first = plan.actions[0]!;
    expect(first).toMatchObject({
      id: "confirm-recipients",
      kind: "confirm-recipients",
      channel: "phone",
      to: { name: "Priya Raman" },
      status: "pending",
    });
    // From the interview's end (14:30 Chicago) to the end of New York's business day (17:00 = 16:00 Chicago).
    expect(first.due).toEqual({
      start: "2026-11-24T14:30:00-06:00[America/Chicago]",
      end: "2026-11-24T16:00:00-06:00[America/Chicago]",
    });
  });

  it("writes one letter per interviewer, from home (45 minutes' travel) by 21:00 Chicago", () => {
    const writes = plan.actions.filter((a) => a.kind === "write-thank-you");
    expect(writes.map((a) => a.to?.name)).toEqual(["Dana Whitfield", "Marek Szczepański"]);
    for (const w of writes) {
      expect(w.due).toEqual({
        start: "2026-11-24T15:15:00-06:00[America/Chicago]",
        end: "2026-11-24T21:00:00-06:00[America/Chicago]",
      });
    }
  });

  it("lists the three follow-up calls last, due over the window on the candidate's clock, to the scheduler", () => {
    const calls = plan.actions.slice(-3);
    expect(calls.map((a) => [a.id, a.due?.start, a.channel, a.to?.name])).toEqual([
      ["follow-up-1", "2026-12-01T08:30:00-06:00[America/Chicago]", "phone", "Priya Raman"],
      ["follow-up-2", "2026-12-08T08:30:00-06:00[America/Chicago]", "phone", "Priya Raman"],
      ["follow-up-3", "2026-12-15T08:30:00-06:00[America/Chicago]", "phone", "Priya Raman"],
    ]);
  });

  it("keeps what applyEvent needs of the input, and starts with an empty history", () => {
    expect(plan).toMatchObject({
      version: 1,
      interviewId: "acme-senior-data-engineer",
      createdAt: "2026-11-24T14:30:00-06:00[America/Chicago]",
      status: "awaiting-decision",
      history: [],
    });
    expect(plan.context).toEqual({
      interviewEnd: END,
      company: "Acme Corp",
      role: "Senior Data Engineer",
      employer: { timeZone: "America/New_York", country: "US", region: "NY" },
      candidate: { timeZone: "America/Chicago", country: "US", region: "IL" },
      scheduler: sampleInterview().scheduler,
      interviewers: sampleInterview().interviewers,
    });
  });

  it("validates against PlanSchema and survives a JSON round trip through parsePlan unchanged", () => {
    expect(z.safeParse(PlanSchema, plan).success).toBe(true);
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("gives every action a unique id and at least one reason, sorted by due time", () => {
    const ids = plan.actions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of plan.actions) expect(a.why.length).toBeGreaterThan(0);
    const starts = plan.actions.map((a) => Date.parse(a.due!.start.replace(/\[.*\]$/, "")));
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it("is the same plan, ids included, every time it is made from the same input", () => {
    expect(createPlan(sampleInterview(), { now: END })).toEqual(plan);
  });
});

describe("createPlan: other inputs", () => {
  const now = END;

  it("waits the default 5 business days when nothing was said: Wed 11-25 … Wed 12-02, first call Thu 12-03", () => {
    const { statedTimeline: _, ...input } = sampleInterview();
    const plan = createPlan(input, { now });
    expect(plan.decision).toEqual({ earliest: "2026-11-25", latest: "2026-12-02", source: "default" });
    expect(plan.followUps[0]?.opens).toBe("2026-12-03T09:30:00-05:00[America/New_York]");
  });

  it("plans no letter, no calls and no quiet time when the candidate is not interested, but a withdrawal", () => {
    const plan = createPlan({ ...sampleInterview(), interest: "not-interested" }, { now });
    expect(plan.thankYou).toMatchObject({ send: false, channel: "none", recipients: [] });
    expect(plan.followUps).toEqual([]);
    expect(plan.quietUntil).toBeUndefined();
    expect(plan.actions.map((a) => a.kind)).toEqual(["withdraw"]);
  });

  it("lets the policy change touches and calling windows (Wednesday afternoons only → Wed 12-02 13:30)", () => {
    const plan = createPlan(sampleInterview(), {
      now,
      policy: { followUp: { touches: 2, callingWindows: { "3": [{ start: "13:30", end: "15:00" }] } } },
    });
    expect(plan.followUps.map((f) => f.opens)).toEqual([
      "2026-12-02T13:30:00-05:00[America/New_York]",
      "2026-12-09T13:30:00-05:00[America/New_York]",
    ]);
    expect(plan.actions.filter((a) => a.kind === "follow-up")).toHaveLength(2);
  });

  it("never plans a call in the past: made at noon on Tue 12-01, the first call is that afternoon", () => {
    const plan = createPlan(sampleInterview(), { now: "2026-12-01T12:00:00-05:00" });
    expect(plan.followUps[0]?.opens).toBe("2026-12-01T13:30:00-05:00[America/New_York]");
    expect(plan.createdAt).toBe("2026-12-01T11:00:00-06:00[America/Chicago]");
  });

  it.each([
    ["no options", undefined, "options"],
    ["no now", {}, "now"],
    ["a bad now", { now: "tomorrow" }, "now"],
    ["a bad policy", { now, policy: { followUp: { touches: 0 } } }, "policy.followUp.touches"],
  ])("refuses %s with a typed error on %s", (_, options, path) => {
    const run = () => createPlan(sampleInterview(), options as never);
    expect(run).toThrow(AfterviewValidationError);
    try {
      run();
    } catch (error) {
      expect((error as AfterviewValidationError).issues[0]?.path).toBe(path);
    }
  });

  it.each([
    [
      "a misspelt zone",
      { candidate: { ...sampleInterview().candidate, timeZone: "America/Chicgo" } },
      "candidate.timeZone",
    ],
    ["an interviewer email", { interviewers: [{ name: "A", email: "nope" }] }, "interviewers[0].email"],
    ["an end before the start", { end: "2026-11-24T13:00:00-05:00" }, "end"],
  ])("refuses untyped JSON with %s, naming the field", (_, patch, path) => {
    const input: unknown = { ...sampleInterview(), ...patch };
    try {
      createPlan(input as never, { now });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AfterviewValidationError);
      expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
    }
  });
});
