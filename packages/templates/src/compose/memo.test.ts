import { describe, expect, test } from "vitest";
import { IdentityMemo } from "./memo.js";

describe("IdentityMemo", () => {
  test("finds a value only for the same keys, objects by identity", () => {
    const memo = new IdentityMemo<string>();
    const [a, b] = [{ n: 1 }, { n: 1 }];
    memo.set(["letter", a, undefined], "first");
    expect(memo.get(["letter", a, undefined])).toBe("first");
    expect(memo.get(["letter", b, undefined])).toBeUndefined();
    expect(memo.get(["letter", a, "warm"])).toBeUndefined();
    expect(memo.get(["email", a, undefined])).toBeUndefined();
  });

  test("keys that differ only in a later place keep their own values", () => {
    const memo = new IdentityMemo<number>();
    const input = {};
    memo.set([input, "warm"], 1);
    memo.set([input, "brief"], 2);
    expect([memo.get([input, "warm"]), memo.get([input, "brief"])]).toEqual([1, 2]);
  });
});
