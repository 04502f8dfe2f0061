import {
  INTERVIEW_INPUT_JSON_SCHEMA,
  OFFER_JSON_SCHEMA,
  PLAN_EVENT_JSON_SCHEMA,
  PLAN_JSON_SCHEMA,
} from "./generated/json-schemas.js";

/** A JSON Schema (draft 2020-12) document, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/*
 * The documents are generated at build time from the zod schemas by scripts/generate-json-schemas.ts
 * (z.toJSONSchema, plus enums for country and currency codes, `format: "date"` and descriptions for
 * the custom checks it cannot see), so zod's JSON Schema generator never reaches an app's bundle.
 * generated-json-schemas.test.ts keeps them equal to what z.toJSONSchema gives today.
 * Cross-field rules (end after start, min ≤ max) cannot be expressed and stay in the parsers.
 */

/** A fresh deep copy, so a caller may change what it gets (the generated documents share parts). */
function copy(document: Readonly<Record<string, unknown>>): JsonSchema {
  return JSON.parse(JSON.stringify(document)) as JsonSchema;
}

/**
 * The JSON Schema of an interview input, for apps in other languages and editors.
 * Rules between fields (end after start) and checks against live data (IANA zones) are only
 * described; `parseInterviewInput` enforces them.
 *
 * @example
 * ```ts
 * interviewInputJsonSchema().required;
 * //=> ["id", "role", "company", "start", "end", "format", "interviewers", "interest", "candidate"]
 * ```
 */
export function interviewInputJsonSchema(): JsonSchema {
  return copy(INTERVIEW_INPUT_JSON_SCHEMA);
}

/**
 * The JSON Schema of an offer.
 *
 * @example
 * ```ts
 * offerJsonSchema().required;
 * //=> ["base", "period"]
 * ```
 */
export function offerJsonSchema(): JsonSchema {
  return copy(OFFER_JSON_SCHEMA);
}

/**
 * The JSON Schema of a plan.
 *
 * @example
 * ```ts
 * planJsonSchema().properties.version;
 * //=> { type: "number", const: 1 }
 * ```
 */
export function planJsonSchema(): JsonSchema {
  return copy(PLAN_JSON_SCHEMA);
}

/**
 * The JSON Schema of a plan event: one `oneOf` branch per event `type`.
 *
 * @example
 * ```ts
 * planEventJsonSchema().oneOf.length;
 * //=> 9
 * ```
 */
export function planEventJsonSchema(): JsonSchema {
  return copy(PLAN_EVENT_JSON_SCHEMA);
}
