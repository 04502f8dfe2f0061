import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../schema/parse.js";
import type { PlanAction } from "../schema/plan.js";
import { Moment } from "../time/zone-clock.js";
import { applyEvent } from "./apply-event.js";
import { createPlan } from "./create-plan.js";
import { markOverdue } from "./overdue.js";
import { sampleInterview } from "./test-fixtures.js";

// The sample (candidate in Chicago): confirm-recipients due Tue 11-24 until 16:00, letters written by
// 21:00 that day, emails sent Wed 11-25 08:00–14:30, the first call Tue 12-01 08:30–10:30.
const END = "2026-11-24T15:30:00-05:00[America/New_York]";
const THURSDAY = "2026-11-26T12:00:00-06:00[America/Chicago]";

const overdueIds = (actions: readonly PlanAction[]) => actions.filter((a) => a.overdue).map((a) => a.id);

describe("markOverdue", () => {
  const action = (status: PlanAction["status"], end: string, overdue?: boolean): PlanAction => ({
    id: "a",
    kind: "reflect",
    due: { start: "2026-11-24T10:00:00-06:00[America/Chicago]", end },
    status,
    ...(overdue === undefined ? {} : { overdue }),
    why: [{ rule: "r", text: "t" }],
  });
  const now = Moment.from(Temporal.ZonedDateTime.from("2026-11-24T12:00:00-06:00[America/Chicago]"));

  it.each([
    ["pending, closed before now", action("pending", "2026-11-24T11:59:00-06:00"), true],
    ["pending, closing at now (still on time)", action("pending", "2026-11-24T12:00:00-06:00"), undefined],
    ["pending, open", action("pending", "2026-11-24T18:00:00-06:00"), undefined],
    ["pending, open in another zone", action("pending", "2026-11-24T13:30:00-05:00[America/New_York]"), undefined],
    ["done, closed before now", action("done", "2026-11-24T11:00:00-06:00", true), undefined],
    ["skipped, closed before now", action("skipped", "2026-11-24T11:00:00-06:00"), undefined],
    ["pending, re-dated into the future", action("pending", "2026-11-25T11:00:00-06:00", true), undefined],
  ])("%s → overdue %s", (_, given, overdue) => {
    const [marked] = markOverdue([given], now);
    expect(marked?.overdue).toBe(overdue);
    if (overdue === undefined) expect(marked).not.toHaveProperty("overdue");
  });

  it("returns unchanged actions as they are", () => {
    const open = action("pending", "2026-11-24T18:00:00-06:00");
    expect(markOverdue([open], now)[0]).toBe(open);
  });

  it("an undated action is never overdue", () => {
    const { due: _, ...undated } = action("pending", "2026-11-24T11:00:00-06:00");
    expect(markOverdue([undated], now)[0]).not.toHaveProperty("overdue");
  });
});

describe("createPlan and applyEvent mark actions past their window at their own now", () => {
  it("marks nothing when the plan is made as the interview ends", () => {
    expect(overdueIds(createPlan(sampleInterview(), { now: END }).actions)).toEqual([]);
  });

  it("a kit made on Thursday: the confirming call, the letters and the emails are past due, the calls are not", () => {
    const plan = createPlan(sampleInterview(), { now: THURSDAY });
    const late = plan.actions.filter(
      (a) =>
        a.status === "pending" &&
        a.due &&
        Date.parse(a.due.end.replace(/\[.*\]$/, "")) < Date.parse("2026-11-26T18:00:00Z"),
    );
    expect(late.map((a) => a.kind)).toEqual(
      expect.arrayContaining(["confirm-recipients", "write-thank-you", "send-thank-you"]),
    );
    expect(overdueIds(plan.actions)).toEqual(late.map((a) => a.id));
    expect(plan.actions.filter((a) => a.kind === "follow-up").some((a) => a.overdue)).toBe(false);
    // Still pending: late is not done.
    for (const a of late) expect(a.status).toBe("pending");
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it("applyEvent marks at its now, and clears the mark of what the event settles", () => {
    const plan = createPlan(sampleInterview(), { now: END });
    const late = applyEvent(
      plan,
      { type: "follow-up-made", id: "e1", at: "2026-12-02T09:00:00-06:00", outcome: "no-answer" },
      { now: THURSDAY.replace("11-26", "12-02") },
    );
    const thankYou = late.actions.filter((a) => a.kind !== "follow-up" && a.status === "pending");
    expect(thankYou.length).toBeGreaterThan(0);
    for (const a of thankYou) expect(a.overdue, a.id).toBe(true);
    // The follow-up the event records is done, not overdue; the next ones are ahead.
    const calls = late.actions.filter((a) => a.kind === "follow-up");
    expect(calls.map((a) => [a.status, a.overdue])).toEqual([
      ["done", undefined],
      ["pending", undefined],
      ["pending", undefined],
    ]);
    const sent = applyEvent(
      late,
      { type: "thank-you-sent", id: "e2", at: "2026-12-02T10:00:00-06:00", channel: "email" },
      { now: "2026-12-02T10:00:00-06:00" },
    );
    for (const a of sent.actions.filter((x) => x.kind === "send-thank-you" && x.channel === "email")) {
      expect([a.status, a.overdue]).toEqual(["done", undefined]);
    }
  });

  it("a rejection on a late plan: the old steps are skipped without a mark, the new reply is not late", () => {
    const plan = createPlan(sampleInterview(), { now: THURSDAY });
    const next = applyEvent(
      plan,
      { type: "rejected", id: "e1", at: "2026-11-27T10:00:00-06:00" },
      { now: "2026-11-27T10:00:00-06:00" },
    );
    expect(overdueIds(next.actions)).toEqual([]);
  });
});
