import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INTEREST_LEVELS, INTERVIEW_FORMATS, PLAN_EVENT_TYPES, PLAN_STATUSES } from "./enums.js";
import {
  interviewInputJsonSchema,
  type JsonSchema,
  offerJsonSchema,
  planEventJsonSchema,
  planJsonSchema,
} from "./json-schema.js";

const sample = JSON.parse(
  readFileSync(new URL("../../../../examples/data/sample-interview.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

type Node = JsonSchema & { properties?: Record<string, Node>; required?: string[]; $ref?: string; items?: Node };

/** Follows a local `$ref` ("#/$defs/…") to its schema. */
function deref(root: Node, node: Node): Node {
  if (!node.$ref) return node;
  const name = node.$ref.replace("#/$defs/", "");
  return deref(root, (root.$defs as Record<string, Node>)[name]!);
}

/**
 * A small structural check of `value` against `schema`: types, required keys, no extra keys where
 * `additionalProperties` is false, enums, consts, string lengths, array sizes. Enough to show the
 * published schema agrees with the parser on the sample (no JSON Schema validator is a dependency).
 */
function conforms(root: Node, schema: Node, value: unknown, path = "$"): string[] {
  const node = deref(root, schema);
  const problems: string[] = [];
  if (Array.isArray(node.enum) && !node.enum.includes(value)) problems.push(`${path}: not in enum`);
  if ("const" in node && node.const !== value) problems.push(`${path}: not the const`);
  if (node.type === "string") {
    if (typeof value !== "string") return [`${path}: not a string`];
    if (typeof node.maxLength === "number" && value.length > node.maxLength) problems.push(`${path}: too long`);
    if (typeof node.minLength === "number" && value.length < node.minLength) problems.push(`${path}: too short`);
    if (typeof node.pattern === "string" && !new RegExp(node.pattern, "u").test(value))
      problems.push(`${path}: pattern`);
  }
  if (node.type === "number" && typeof value !== "number") problems.push(`${path}: not a number`);
  if (node.type === "integer" && !Number.isInteger(value)) problems.push(`${path}: not an integer`);
  if (node.type === "boolean" && typeof value !== "boolean") problems.push(`${path}: not a boolean`);
  if (node.type === "array") {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    if (typeof node.minItems === "number" && value.length < node.minItems) problems.push(`${path}: too few items`);
    for (const [i, item] of value.entries()) problems.push(...conforms(root, node.items!, item, `${path}[${i}]`));
  }
  if (node.type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path}: not an object`];
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in record)) problems.push(`${path}.${key}: missing`);
    for (const [key, item] of Object.entries(record)) {
      const child = node.properties?.[key];
      if (child) problems.push(...conforms(root, child, item, `${path}.${key}`));
      else if (node.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
    }
  }
  return problems;
}

describe("JSON Schema", () => {
  it("describes the interview input: required keys, enums, and the sample conforms", () => {
    const schema = interviewInputJsonSchema() as Node;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual([
      "id",
      "role",
      "company",
      "start",
      "end",
      "format",
      "interviewers",
      "interest",
      "candidate",
    ]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties!.interest!.enum).toEqual([...INTEREST_LEVELS]);
    expect(schema.properties!.format!.enum).toEqual([...INTERVIEW_FORMATS]);
    expect(schema.properties!.interviewers).toMatchObject({ minItems: 1, maxItems: 20 });
    expect(conforms(schema, schema, sample)).toEqual([]);
  });

  it("catches a bad sample the same way the parser does", () => {
    const schema = interviewInputJsonSchema() as Node;
    const bad = { ...sample, interest: "maybe", company: { ...(sample.company as object), country: "UK" } };
    expect(conforms(schema, schema, bad)).toEqual(["$.company.country: not in enum", "$.interest: not in enum"]);
  });

  it("carries the checks JSON Schema can express: country and currency lists, date format", () => {
    const text = JSON.stringify([interviewInputJsonSchema(), offerJsonSchema()]);
    expect(text).toContain('"ISO 3166-1 alpha-2 country code"');
    expect(text).toContain('"ISO 4217 currency code"');
    expect(text).toContain('"format":"date"');
    const offer = offerJsonSchema() as Node;
    expect(offer.required).toEqual(["base", "period"]);
    expect(deref(offer, offer.properties!.period!).enum).toEqual(["hour", "month", "year"]);
  });

  it("describes the plan and its events", () => {
    const plan = planJsonSchema() as Node;
    expect(plan.properties!.version).toMatchObject({ const: 1 });
    expect(plan.properties!.status!.enum).toEqual([...PLAN_STATUSES]);
    expect(plan.required).toEqual(
      expect.arrayContaining(["version", "interviewId", "createdAt", "actions", "history"]),
    );
    const events = planEventJsonSchema() as Node & { oneOf: Node[] };
    expect(events.oneOf.map((branch) => deref(events, branch).properties!.type!.const)).toEqual([...PLAN_EVENT_TYPES]);
  });

  it("returns a fresh document on every call", () => {
    const first = interviewInputJsonSchema();
    first.title = "changed";
    expect(interviewInputJsonSchema().title).toBe("afterview InterviewInput");
  });
});
