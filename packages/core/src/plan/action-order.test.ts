import { describe, expect, it } from "vitest";
import type { PlanAction } from "../schema/plan.js";
import { compareIds, sortActions } from "./action-order.js";

function act(id: string, kind: PlanAction["kind"], start?: string): PlanAction {
  const a: PlanAction = { id, kind, status: "pending", why: [{ rule: "test", text: "A test action." }] };
  if (start) a.due = { start, end: start };
  return a;
}

describe("sortActions", () => {
  it("orders by instant, not by the text of the wall clock", () => {
    // 09:00 in Chicago is 10:00 in New York: later than 09:30 New York although "09:00" < "09:30".
    const sorted = sortActions([
      act("b", "follow-up", "2026-12-01T09:00:00-06:00[America/Chicago]"),
      act("a", "follow-up", "2026-12-01T09:30:00-05:00[America/New_York]"),
      act("c", "follow-up", "2026-12-01T14:45:00+00:00[Europe/London]"),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(["a", "c", "b"]);
  });

  it("breaks ties by kind (confirm, write, send, follow up) then by id, numbers as numbers", () => {
    const t = "2026-11-24T15:30:00-05:00[America/New_York]";
    const sorted = sortActions([
      act("send-thank-you-10", "send-thank-you", t),
      act("send-thank-you-2", "send-thank-you", t),
      act("write-thank-you-1", "write-thank-you", t),
      act("confirm-recipients", "confirm-recipients", t),
      act("restart-search", "restart-search", t),
      act("reflect", "reflect", t),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([
      "confirm-recipients",
      "write-thank-you-1",
      "send-thank-you-2",
      "send-thank-you-10",
      "reflect",
      "restart-search",
    ]);
  });

  it("puts actions without a due window last and does not touch its input", () => {
    const input = Object.freeze([act("x", "reflect"), act("y", "reflect", "2026-11-24T15:30:00Z")]);
    expect(sortActions(input).map((a) => a.id)).toEqual(["y", "x"]);
    expect(input.map((a) => a.id)).toEqual(["x", "y"]);
  });
});

describe("compareIds", () => {
  it.each([
    ["follow-up-2", "follow-up-10", -1],
    ["follow-up-10", "follow-up-2", 1],
    ["a", "a", 0],
    ["reflect", "reflect-2", -1],
    ["negotiate", "reflect", -1],
  ])("%s vs %s → %i", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });
});

describe("sortActions: found by fuzzing", () => {
  it("sorts an action whose due start is a [zone] without an offset, as applyEvent does on a stored plan", () => {
    const at = (start: string, id: string) =>
      ({
        id,
        kind: "follow-up",
        due: { start, end: "2026-12-08T10:30:00-06:00[America/Chicago]" },
        status: "pending",
        why: [],
      }) as never;
    const sorted = sortActions([
      at("2026-12-01T09:00:00-05:00[America/New_York]", "b"),
      at("1990-01-01T00:00:00[America/New_York]", "a"),
    ]);
    expect(sorted.map((a: { id: string }) => a.id)).toEqual(["a", "b"]);
  });
});
