import { describe, expect, it } from "vitest";
import { subjectOf } from "../fixtures/subject.js";
import type { DraftChannel } from "../types.js";
import { checkLength, DEFAULT_WORD_LIMITS } from "./length.js";

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

describe("checkLength", () => {
  const cases: [channel: DraftChannel, count: number, expected: string | null][] = [
    ["email", 200, null],
    ["email", 100, null],
    ["email", 300, null],
    ["email", 99, "info too-short"],
    ["email", 50, "info too-short"],
    ["email", 49, "warning too-short"],
    ["email", 301, "info too-long"],
    ["email", 400, "info too-long"],
    ["email", 401, "warning too-long"],
    ["postal", 400, "info too-long"],
    ["postal", 450, "warning too-long"],
    ["postal", 0, "warning too-short"],
    ["note", 150, null],
    ["note", 151, "warning too-long"],
    ["note", 60, null],
    ["note", 30, "info too-short"],
    ["note", 10, "warning too-short"],
  ];
  it.each(cases)("%s of %i words → %s", (channel, count, expected) => {
    const findings = checkLength(subjectOf(words(count), { channel }));
    expect(findings.map((item) => `${item.severity} ${item.code}`)).toEqual(expected ? [expected] : []);
  });

  it("points from the first word past the limit to the end", () => {
    const draft = words(405);
    const [item] = checkLength(subjectOf(draft));
    expect(draft.slice(item!.at!.start, item!.at!.end).split(" ")).toHaveLength(5);
    expect(draft.slice(item!.at!.start).startsWith("word400")).toBe(true);
  });

  it("uses the caller's limits over the defaults", () => {
    expect(checkLength(subjectOf(words(120), { limits: { idealMax: 110, max: 115 } }))[0]?.severity).toBe("warning");
    expect(checkLength(subjectOf(words(30), { limits: { min: 10, idealMin: 20 } }))).toEqual([]);
  });

  it("counts words, not spaces or punctuation", () => {
    const draft = `${words(60).replaceAll(" ", " ,  —\n\n ")}`;
    expect(checkLength(subjectOf(draft))[0]?.message).toContain("60 words");
  });

  it("keeps each channel's limits in order", () => {
    for (const limits of Object.values(DEFAULT_WORD_LIMITS)) {
      expect(limits.min <= limits.idealMin && limits.idealMin <= limits.idealMax && limits.idealMax <= limits.max).toBe(
        true,
      );
    }
  });
});
