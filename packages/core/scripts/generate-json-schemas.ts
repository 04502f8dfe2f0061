/**
 * Writes src/schema/generated/json-schemas.ts: the JSON Schema documents `interviewInputJsonSchema`,
 * `offerJsonSchema`, `planJsonSchema` and `planEventJsonSchema` return, computed here with
 * `z.toJSONSchema` from the zod schemas so that zod's JSON Schema generator (about 6 kB gzip) stays
 * out of every app bundle. `src/schema/generated-json-schemas.test.ts` fails when the committed
 * module no longer equals what this computes, so the two never drift: rerun this after changing a
 * schema, then `pnpm biome format --write packages/core/src/schema/generated/json-schemas.ts`.
 *
 *   pnpm exec tsx packages/core/scripts/generate-json-schemas.ts
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as z from "zod/mini";
import { countryCodes } from "../src/schema/countries.js";
import { currencyCodes } from "../src/schema/currencies.js";
import {
  CountryCode,
  CurrencyCode,
  DateString,
  InstantString,
  PhoneNumber,
  TimeZoneName,
} from "../src/schema/fields.js";
import { InterviewInputSchema } from "../src/schema/interview-input.js";
import { OfferSchema } from "../src/schema/offer.js";
import { PlanSchema } from "../src/schema/plan.js";
import { PlanEventSchema } from "../src/schema/plan-event.js";

type JsonSchema = Record<string, unknown>;

/*
 * Custom checks (zones, countries, instants) are invisible to z.toJSONSchema; this adds what JSON
 * Schema can say about them: enums for country and currency codes, `format: "date"`, descriptions.
 * Cross-field rules (end after start, min ≤ max) cannot be expressed and stay in the parsers.
 */
const ANNOTATIONS = new Map<unknown, () => JsonSchema>([
  [CountryCode, () => ({ description: "ISO 3166-1 alpha-2 country code", enum: countryCodes() })],
  [CurrencyCode, () => ({ description: "ISO 4217 currency code", enum: currencyCodes() })],
  [TimeZoneName, () => ({ description: 'IANA time zone name, e.g. "America/New_York"' })],
  [DateString, () => ({ format: "date", description: "calendar date YYYY-MM-DD" })],
  [
    InstantString,
    () => ({
      description: "ISO 8601 date-time with an offset or a [zone], e.g. 2026-11-24T14:00:00-05:00[America/New_York]",
      pattern: "^[+-]?\\d{4,6}-\\d{2}-\\d{2}[T ]\\d{2}",
    }),
  ],
  [PhoneNumber, () => ({ description: 'phone number, e.g. "+1 212 555 0100"' })],
]);

function toJsonSchema(schema: z.core.$ZodType, title: string): JsonSchema {
  const document = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const extra = ANNOTATIONS.get(zodSchema);
      if (extra) Object.assign(jsonSchema, extra());
    },
  }) as JsonSchema;
  return { ...document, title };
}

/** Each generated constant's name and the document it holds, computed now from the zod schemas. */
export function currentJsonSchemas(): Record<string, JsonSchema> {
  return {
    INTERVIEW_INPUT_JSON_SCHEMA: toJsonSchema(InterviewInputSchema, "afterview InterviewInput"),
    OFFER_JSON_SCHEMA: toJsonSchema(OfferSchema, "afterview Offer"),
    PLAN_JSON_SCHEMA: toJsonSchema(PlanSchema, "afterview Plan"),
    PLAN_EVENT_JSON_SCHEMA: toJsonSchema(PlanEventSchema, "afterview PlanEvent"),
  };
}

/**
 * Subtrees (objects and arrays) at least this long as JSON that occur more than once are written once,
 * as a module constant the documents refer to: the country and currency enums and the offer shape
 * repeat many times, and sharing them keeps the generated module small before gzip too.
 */
const SHARED_MIN_LENGTH = 200;

function sharedSubtrees(documents: readonly unknown[]): string[] {
  const counts = new Map<string, number>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    const text = JSON.stringify(value);
    if (text.length >= SHARED_MIN_LENGTH) counts.set(text, (counts.get(text) ?? 0) + 1);
    for (const child of Object.values(value)) walk(child);
  };
  for (const document of documents) walk(document);
  // Shorter first: a constant may only refer to constants declared before it.
  return [...counts.entries()]
    .filter(([, n]) => n > 1)
    .map(([text]) => text)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}

/** `value` as a TypeScript expression, with shared subtrees replaced by their constant's name. */
function emit(value: unknown, names: ReadonlyMap<string, string>, self?: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const text = JSON.stringify(value);
  const name = names.get(text);
  if (name !== undefined && text !== self) return name;
  if (Array.isArray(value)) return `[${value.map((item) => emit(item, names)).join(", ")}]`;
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${emit(item, names)}`);
  return `{ ${entries.join(", ")} }`;
}

/** The text of src/schema/generated/json-schemas.ts. */
export function generatedModule(): string {
  const documents = currentJsonSchemas();
  const shared = sharedSubtrees(Object.values(documents));
  const names = new Map(shared.map((text, i) => [text, `SHARED_${i}`]));
  const constants = shared.map((text) => `const ${names.get(text)} = ${emit(JSON.parse(text), names, text)};\n`);
  const parts = Object.entries(documents).map(
    ([name, document]) =>
      `/** The document \`${String(document.title)}\`, as z.toJSONSchema gave it (parts shared with the constants above). */\n` +
      `export const ${name}: Readonly<Record<string, unknown>> = ${emit(document, names)};\n`,
  );
  return (
    "// Generated by scripts/generate-json-schemas.ts with z.toJSONSchema from the zod schemas. Do not edit.\n" +
    "// generated-json-schemas.test.ts fails when this no longer matches the schemas: regenerate it.\n" +
    "// Parts are shared between documents: copy a document (json-schema.ts does) before handing it out.\n\n" +
    constants.join("") +
    "\n" +
    parts.join("\n")
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const out = resolve(import.meta.dirname, "../src/schema/generated/json-schemas.ts");
  writeFileSync(out, generatedModule());
  console.log(`wrote ${out}`);
}
