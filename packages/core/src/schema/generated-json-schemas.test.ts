import { describe, expect, it } from "vitest";
import { currentJsonSchemas, generatedModule } from "../../scripts/generate-json-schemas.js";
import * as generated from "./generated/json-schemas.js";
import { interviewInputJsonSchema, offerJsonSchema, planEventJsonSchema, planJsonSchema } from "./json-schema.js";

const current = currentJsonSchemas();

describe("generated/json-schemas.ts", () => {
  it.each(Object.keys(current))("%s equals what z.toJSONSchema gives for the zod schema today", (name) => {
    const committed = (generated as Record<string, unknown>)[name];
    expect(committed, `${name} is missing: run scripts/generate-json-schemas.ts`).toBeDefined();
    expect(JSON.parse(JSON.stringify(committed))).toStrictEqual(current[name]);
  });

  it("exports exactly the generated documents", () => {
    expect(Object.keys(generated).sort()).toStrictEqual(Object.keys(current).sort());
  });

  it("the generator writes every document and shares the repeated enums", () => {
    const text = generatedModule();
    for (const name of Object.keys(current)) expect(text).toContain(`export const ${name}`);
    expect(text.match(/"AFN"/g)?.length).toBe(1);
  });
});

describe("the public JSON Schema functions", () => {
  const cases = [
    ["interviewInputJsonSchema", interviewInputJsonSchema, "INTERVIEW_INPUT_JSON_SCHEMA"],
    ["offerJsonSchema", offerJsonSchema, "OFFER_JSON_SCHEMA"],
    ["planJsonSchema", planJsonSchema, "PLAN_JSON_SCHEMA"],
    ["planEventJsonSchema", planEventJsonSchema, "PLAN_EVENT_JSON_SCHEMA"],
  ] as const;

  it.each(cases)("%s returns the z.toJSONSchema document", (_, fn, name) => {
    expect(fn()).toStrictEqual(current[name]);
  });

  it.each(cases)("%s returns a fresh copy each call, sharing nothing", (_, fn, name) => {
    const first = fn();
    const text = JSON.stringify(first);
    // Mutate every nested object of the first result; a second call must be untouched.
    const scribble = (value: unknown): void => {
      if (value === null || typeof value !== "object") return;
      for (const child of Object.values(value)) scribble(child);
      (value as Record<string, unknown>).scribbled = true;
    };
    scribble(first);
    expect(JSON.stringify(fn())).toBe(text);
    expect(fn()).toStrictEqual(current[name]);
  });
});
