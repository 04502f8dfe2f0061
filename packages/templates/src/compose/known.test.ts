import { describe, expect, test } from "vitest";
import { isDeeplyFrozen, rememberValid, rememberValidWithin } from "./known.js";

const frozen = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) frozen(item);
    Object.freeze(value);
  }
  return value;
};

describe("isDeeplyFrozen", () => {
  const cyclic: { self?: unknown } = {};
  cyclic.self = cyclic;
  Object.freeze(cyclic);
  const withGetter = Object.freeze(
    Object.defineProperty({}, "name", { get: () => "changes", enumerable: true }) as { name: string },
  );
  test.each([
    ["a string", "x", true],
    ["a function", () => 1, false],
    ["an ordinary object", { a: 1 }, false],
    ["frozen on top only", Object.freeze({ a: { b: 1 } }), false],
    ["a frozen array holding an unfrozen object", Object.freeze([{ a: 1 }]), false],
    ["frozen all the way down", frozen({ a: { b: [1, { c: "d" }] } }), true],
    ["frozen, but a getter can read differently", withGetter, false],
    ["frozen, holding a function", Object.freeze({ f: () => 1 }), false],
    ["frozen and cyclic", cyclic, true],
  ])("%s", (_name, value, expected) => {
    expect(isDeeplyFrozen(value)).toBe(expected);
  });
});

describe("rememberValid", () => {
  function counting() {
    const calls: unknown[] = [];
    const validate = rememberValid((raw: unknown) => {
      calls.push(raw);
      if (typeof raw !== "object" || raw === null || !("ok" in raw)) throw new Error("invalid");
      return structuredClone(raw);
    });
    return { calls, validate };
  }

  test("deeply frozen data is parsed once, and its copy is frozen too", () => {
    const { calls, validate } = counting();
    const raw = frozen({ ok: true, list: [1] });
    const first = validate(raw);
    expect(validate(raw)).toBe(first);
    expect(calls).toHaveLength(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  test("data that can change is compared with its validated copy, and parsed again on any change", () => {
    const { calls, validate } = counting();
    const raw: Record<string, unknown> = { ok: true, list: [1, { n: 2 }] };
    const first = validate(raw);
    expect(validate(raw)).toBe(first);
    expect(calls).toHaveLength(1);
    ((raw.list as unknown[])[1] as { n: number }).n = 3;
    expect(validate(raw)).toEqual({ ok: true, list: [1, { n: 3 }] });
    expect(calls).toHaveLength(2);
    delete raw.ok;
    expect(() => validate(raw)).toThrow("invalid");
    expect(calls).toHaveLength(3);
  });

  test("a value the parser gives back as itself, frozen (core's own), is taken as is from then on", () => {
    const calls: unknown[] = [];
    const issued = frozen({ ok: true });
    const validate = rememberValid((raw: unknown) => {
      calls.push(raw);
      return raw;
    });
    expect(validate(issued)).toBe(issued);
    expect(validate(issued)).toBe(issued);
    expect(calls).toHaveLength(1);
  });

  test("an error is never remembered", () => {
    const { calls, validate } = counting();
    const bad = frozen({ nope: true });
    expect(() => validate(bad)).toThrow("invalid");
    expect(() => validate(bad)).toThrow("invalid");
    expect(calls).toHaveLength(2);
  });

  test("within another value: remembered per pair", () => {
    const calls: string[] = [];
    const validate = rememberValidWithin((base: { id: string }, raw: unknown) => {
      calls.push(base.id);
      return { base: base.id, raw };
    });
    const [a, b] = [{ id: "a" }, { id: "b" }];
    const raw = frozen({ x: 1 });
    validate(a, raw);
    validate(a, raw);
    validate(b, raw);
    expect(calls).toEqual(["a", "b"]);
  });
});
