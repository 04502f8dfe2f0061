import { describe, expect, it } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { PLAN_EVENT_TYPES } from "./enums.js";
import { parsePlanEvent } from "./parse.js";

const at = "2026-12-02T10:00:00-05:00[America/New_York]";

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AfterviewValidationError);
    return (error as AfterviewValidationError).issues;
  }
  throw new Error("expected a validation error");
}

describe("parsePlanEvent", () => {
  const good: Record<(typeof PLAN_EVENT_TYPES)[number], Record<string, unknown>> = {
    "thank-you-sent": { type: "thank-you-sent", id: "e1", at, channel: "postal" },
    "follow-up-made": { type: "follow-up-made", id: "e2", at, outcome: "voicemail", channel: "phone" },
    "timeline-updated": { type: "timeline-updated", id: "e3", at, text: "by the end of next week" },
    "offer-received": {
      type: "offer-received",
      id: "e4",
      at,
      offer: { base: { amount: 52.5, currency: "EUR" }, period: "hour" },
    },
    "offer-accepted": { type: "offer-accepted", id: "e5", at },
    "offer-declined": { type: "offer-declined", id: "e6", at },
    rejected: { type: "rejected", id: "e7", at: "2026-12-02T15:00:00Z" },
    withdrew: { type: "withdrew", id: "e8", at },
    "no-response": { type: "no-response", id: "e9", at },
  };

  it.each(Object.entries(good))("accepts %s", (_type, event) => {
    expect(parsePlanEvent(event)).toEqual(event);
  });

  it.each<[string, unknown, string, string]>([
    ["unknown type", { type: "hired", id: "e", at }, "type", "invalid_value"],
    ["missing type", { id: "e", at }, "type", "invalid_type"],
    ["missing channel", { type: "thank-you-sent", id: "e", at }, "channel", "invalid_type"],
    ["missing outcome", { type: "follow-up-made", id: "e", at }, "outcome", "invalid_type"],
    ["bad outcome", { type: "follow-up-made", id: "e", at, outcome: "left a message" }, "outcome", "invalid_value"],
    ["empty timeline text", { type: "timeline-updated", id: "e", at, text: "" }, "text", "too_small"],
    [
      "bad offer inside",
      { type: "offer-received", id: "e", at, offer: { base: { amount: -1, currency: "EUR" }, period: "year" } },
      "offer.base.amount",
      "too_small",
    ],
    ["extra key", { type: "rejected", id: "e", at, reason: "budget" }, "reason", "unrecognized_keys"],
    ["at without offset", { type: "rejected", id: "e", at: "2026-12-02T10:00:00" }, "at", "invalid_format"],
    ["missing id", { type: "rejected", at }, "id", "invalid_type"],
    [
      "constructor key",
      JSON.parse(`{"type":"rejected","id":"e","at":"${at}","constructor":{}}`),
      "constructor",
      "forbidden-key",
    ],
  ])("refuses %s", (_name, input, path, code) => {
    expect(issuesOf(() => parsePlanEvent(input))).toContainEqual(expect.objectContaining({ path, code }));
  });
});
