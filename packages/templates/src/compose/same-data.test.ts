import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { sameData } from "./same-data.js";

describe("sameData", () => {
  const valid = { name: "Dana", topics: ["a", "b"], address: { lines: ["1 Main St"], zip: null }, n: 2 };

  test.each([
    ["a copy", structuredClone(valid), true],
    [
      "keys in another order",
      { n: 2, address: { zip: null, lines: ["1 Main St"] }, topics: ["a", "b"], name: "Dana" },
      true,
    ],
    ["one value changed deep down", { ...valid, address: { lines: ["2 Main St"], zip: null } }, false],
    ["an extra key", { ...valid, extra: 1 }, false],
    ["a missing key", { name: "Dana", topics: ["a", "b"], address: valid.address }, false],
    ["undefined under another key", { name: "Dana", topics: ["a", "b"], address: valid.address, m: undefined }, false],
    ["a longer array", { ...valid, topics: ["a", "b", "c"] }, false],
    ["an array where an object was", { ...valid, address: [] }, false],
    ["a number as a string", { ...valid, n: "2" }, false],
    ["a class instance with the same keys", Object.assign(new (class Person {})(), valid), false],
  ])("%s", (_name, raw, expected) => {
    expect(sameData(raw, valid)).toBe(expected);
  });

  test("a getter that throws, or a proxy that refuses, answers false instead of throwing", () => {
    const throwing = Object.defineProperty({ ...valid }, "name", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(sameData(throwing, valid)).toBe(false);
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    expect(sameData(proxy, valid)).toBe(false);
  });

  test("a cycle in the caller's value ends (the walk follows the validated copy)", () => {
    const cyclic: Record<string, unknown> = { a: {} };
    cyclic.a = cyclic;
    expect(sameData(cyclic, { a: { a: { a: {} } } })).toBe(false);
  });

  property.prop([fc.jsonValue()])("any JSON value is the same data as its copy", (value) => {
    expect(sameData(JSON.parse(JSON.stringify(value)), value)).toBe(true);
  });
});
