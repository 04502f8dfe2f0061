import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatPath } from "../errors/afterview-error.js";
import { findForbiddenKeys } from "./forbidden-keys.js";

describe("findForbiddenKeys", () => {
  it.each<[string, unknown, string[]]>([
    ["clean JSON", { a: [{ b: 1 }], c: "__proto__" }, []],
    ["__proto__ from JSON.parse", JSON.parse('{"a":{"__proto__":{"x":1}}}'), ["a.__proto__"]],
    ["constructor in an array item", JSON.parse('{"list":[{},{"constructor":1}]}'), ["list[1].constructor"]],
    ["prototype at the root", { prototype: 1 }, ["prototype"]],
    [
      "several",
      JSON.parse('{"__proto__":1,"b":{"constructor":2,"prototype":3}}'),
      ["__proto__", "b.constructor", "b.prototype"],
    ],
    ["an object literal's inherited constructor is not own", { a: {} }, []],
    ["primitives", 42, []],
  ])("%s", (_name, input, paths) => {
    expect(findForbiddenKeys(input).map((issue) => issue.path)).toEqual(paths);
  });

  it("visits a cycle once", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    a.list = [a];
    expect(findForbiddenKeys(a)).toEqual([]);
  });

  const forbidden = fc.constantFrom("__proto__", "constructor", "prototype");
  const step = fc.oneof(
    fc.string({ minLength: 1, maxLength: 5 }).filter((s) => !["__proto__", "constructor", "prototype"].includes(s)),
    fc.nat(3),
  );

  test.prop([fc.array(step, { maxLength: 6 }), forbidden])("finds a forbidden key at any depth", (steps, key) => {
    // Build the nesting as JSON text, as JSON.parse would receive it.
    let json = `{${JSON.stringify(key)}:1}`;
    for (const part of [...steps].reverse()) {
      json = typeof part === "number" ? `[${"0,".repeat(part)}${json}]` : `{${JSON.stringify(part)}:${json}}`;
    }
    const expected = formatPath([...steps, key]);
    expect(findForbiddenKeys(JSON.parse(json)).map((issue) => issue.path)).toEqual([expected]);
  });
});
