import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { editDistance } from "./distance.js";

describe("editDistance", () => {
  it.each([
    ["whitfield", "whitfield", 0],
    ["whitfeld", "whitfield", 1],
    ["whitfeild", "whitfield", 1],
    ["dnaa", "dana", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
    ["josé", "jose", 1],
    ["ab", "ba", 1],
  ])("%s → %s is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it("stops at the limit", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  test.prop([fc.string(), fc.string()])("is symmetric and bounded by the longer length", (a, b) => {
    const distance = editDistance(a, b);
    expect(editDistance(b, a)).toBe(distance);
    expect(distance).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
    expect(distance === 0).toBe(a === b);
  });

  test.prop([fc.string(), fc.string(), fc.nat(4)])(
    "agrees with the unlimited distance below the limit",
    (a, b, limit) => {
      const full = editDistance(a, b);
      expect(editDistance(a, b, limit)).toBe(full <= limit ? full : limit + 1);
    },
  );
});
