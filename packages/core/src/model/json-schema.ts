import * as z from "zod/mini";
import { countryCodes } from "./countries.js";
import { currencyCodes } from "./currencies.js";
import { CountryCode, CurrencyCode, DateString, InstantString, PhoneNumber, TimeZoneName } from "./fields.js";
import { InterviewInputSchema } from "./interview-input.js";
import { OfferSchema } from "./offer.js";
import { PlanSchema } from "./plan.js";
import { PlanEventSchema } from "./plan-event.js";

/** A JSON Schema (draft 2020-12) document, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

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
  return toJsonSchema(InterviewInputSchema, "afterview InterviewInput");
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
  return toJsonSchema(OfferSchema, "afterview Offer");
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
  return toJsonSchema(PlanSchema, "afterview Plan");
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
  return toJsonSchema(PlanEventSchema, "afterview PlanEvent");
}
