import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { adviseThankYou } from "./advise.js";

const sample = JSON.parse(
  readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8"),
);
const now = "2026-11-24T16:00:00-05:00[America/New_York]";

describe("adviseThankYou", () => {
  test("the documented example (the sample interview, untyped JSON)", () => {
    const advice = adviseThankYou(sample, { now });
    expect(advice.channel).toBe("email");
    expect(advice.writeBy).toBe("2026-11-24T21:00:00-06:00[America/Chicago]");
    expect(advice.sendBy).toBe("2026-11-25T14:30:00-06:00[America/Chicago]");
    expect(advice.postal).toEqual({
      postBy: "2026-11-25T17:00:00-06:00[America/Chicago]",
      arrival: { earliest: "2026-11-27", latest: "2026-12-03" },
      beforeDecision: false,
    });
    expect(advice.recipients.map((r) => r.name)).toEqual(["Dana Whitfield", "Marek Szczepański"]);
  });

  test("a stated timeline far enough ahead lets the letter go by post", () => {
    // "in two weeks": the earliest decision is ten business days out, well after the letter's Thu 2026-12-03.
    const advice = adviseThankYou({ ...sample, statedTimeline: "We will decide in two weeks" }, { now });
    expect(advice.channel).toBe("postal");
    expect(advice.postal?.beforeDecision).toBe(true);
    expect(advice.sendBy).toBe(advice.postal?.postBy);
  });

  test("no stated timeline: the default window starts the next business day, so email", () => {
    const { statedTimeline: _, ...silent } = sample;
    expect(adviseThankYou(silent, { now }).channel).toBe("email");
  });

  test("policy overrides reach the advice", () => {
    const advice = adviseThankYou(sample, {
      now,
      policy: { thankYou: { channel: "email-then-postal", writeBy: "20:00" } },
    });
    expect(advice.channel).toBe("email-then-postal");
    expect(advice.writeBy).toBe("2026-11-24T20:00:00-06:00[America/Chicago]");
  });

  test.each([
    {
      name: "a bad interviewer email",
      input: { ...sample, interviewers: [{ email: "not-an-email" }] },
      options: { now },
      path: "interviewers[0].email",
    },
    { name: "no now", input: sample, options: {}, path: "now" },
    {
      name: "a bad policy time",
      input: sample,
      options: { now, policy: { thankYou: { writeBy: "9pm" } } },
      path: "policy.thankYou.writeBy",
    },
    {
      name: "a candidate zone that does not exist",
      input: { ...sample, candidate: { ...sample.candidate, timeZone: "Mars/Base" } },
      options: { now },
      path: "candidate.timeZone",
    },
    { name: "not an object", input: "interview", options: { now }, path: "" },
  ])("$name → AfterviewValidationError at $path", ({ input, options, path }) => {
    let error: unknown;
    try {
      adviseThankYou(input as never, options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AfterviewValidationError);
    expect((error as AfterviewValidationError).issues.map((i) => i.path)).toContain(path);
  });
});
