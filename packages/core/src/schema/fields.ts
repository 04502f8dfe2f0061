import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { readDay, readInstant } from "../time/instant.js";
import { lookupTimeZone, unknownZoneMessage } from "../time/zone.js";
import { isCountryCode, unknownCountryMessage } from "./countries.js";
import { isCurrencyCode, unknownCurrencyMessage } from "./currencies.js";
import { LIMITS } from "./limits.js";

/*
 * Building blocks shared by the schemas. Custom checks report a zod "custom" issue whose
 * `params.code` is afterview's own code (`unknown-time-zone`, `unknown-country`, ...);
 * schema/messages.ts turns it into a ValidationIssue with that code.
 */

type Ctx = Parameters<Parameters<typeof z.superRefine<string>>[0]>[1];

function report(ctx: Ctx, code: string, message: string): void {
  ctx.addIssue({ code: "custom", message, input: ctx.value, params: { code } });
}

/** Reports the issues of an AfterviewValidationError thrown by a time helper; rethrows anything else. */
function reportThrown(ctx: Ctx, error: unknown): void {
  if (!(error instanceof AfterviewValidationError)) throw error;
  for (const issue of error.issues) report(ctx, issue.code, issue.message);
}

/*
 * Length caps are named (`text("name")`), not passed (`text(LIMITS.name)`): core's browser build is
 * one file, and an app's bundler drops an unused schema from it only when every argument of the
 * schema's pure call is free of side effects, which it cannot prove of a property read.
 */

/** A name of one of the {@link LIMITS}. */
export type LimitName = keyof typeof LIMITS;

/** At most `LIMITS[limit]` characters or items: `z.maxLength`. */
export function capped(limit: LimitName) {
  return z.maxLength(LIMITS[limit]);
}

/** A string of at most `LIMITS[limit]` characters. */
export function text(limit: LimitName) {
  return z.string().check(z.maxLength(LIMITS[limit]));
}

/** A non-empty, non-blank string of at most `LIMITS[limit]` characters. */
export function requiredText(limit: LimitName) {
  const max = LIMITS[limit];
  return z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((value) => value.length === 0 || value.length > max || value.trim().length > 0, {
      params: { code: "blank" },
      message: "must not be blank",
    }),
  );
}

/**
 * A string of at most `LIMITS[limit]` characters that `check` also approves. `check` is skipped for a
 * string that is too long (it already has its `too_big` issue). The length cap is not marked
 * `abort`: an aborting issue deep inside would stop the cross-field checks of every parent.
 */
function checkedText(limit: LimitName, check: (value: string, ctx: Ctx) => void) {
  const max = LIMITS[limit];
  return z.string().check(
    z.maxLength(max),
    z.superRefine((value: string, ctx) => {
      if (value.length <= max) check(value, ctx);
    }),
  );
}

/** An IANA time zone name, checked against the runtime's zone database. */
export const TimeZoneName = /* @__PURE__ */ checkedText("timeZone", (value, ctx) => {
  if (lookupTimeZone(value) === null) report(ctx, "unknown-time-zone", unknownZoneMessage(value));
});

/**
 * A BCP 47 language tag (`"de-DE"`, `"fr"`, `"es-MX"`), checked for well-formedness by the
 * runtime's `Intl.getCanonicalLocales` and kept as written; which languages afterview writes is
 * decided by the templates, which fall back to English for the others.
 */
export const LanguageTag = /* @__PURE__ */ checkedText("code", (value, ctx) => {
  let wellFormed = value.trim() === value && value !== "";
  if (wellFormed) {
    try {
      Intl.getCanonicalLocales(value);
    } catch {
      wellFormed = false;
    }
  }
  if (!wellFormed) {
    report(
      ctx,
      "invalid-language",
      `must be a BCP 47 language tag such as "de-DE" or "fr", not ${JSON.stringify(value)}`,
    );
  }
});

/*
 * Country and currency codes follow one case rule: upper case, as ISO writes them. Lower case
 * ("us", "usd") is refused with the fix in the message ('"us" must be upper case: "US"') rather
 * than rewritten, so the value read is the value stored, and the JSON Schemas' code lists agree
 * with the parsers exactly.
 */

/** An ISO 3166-1 alpha-2 country code, upper case (`"US"`); `"us"` is refused with the fix. */
export const CountryCode = /* @__PURE__ */ checkedText("code", (value, ctx) => {
  if (!isCountryCode(value)) report(ctx, "unknown-country", unknownCountryMessage(value));
});

/** An ISO 4217 currency code in use, upper case (`"USD"`); `"usd"` is refused with the fix. */
export const CurrencyCode = /* @__PURE__ */ checkedText("code", (value, ctx) => {
  if (!isCurrencyCode(value)) report(ctx, "unknown-currency", unknownCurrencyMessage(value));
});

function epochOf(value: unknown): bigint {
  return readInstant(value, "").ns;
}

/** An ISO 8601 date-time with an offset or a `[zone]`, checked with the same reader the rules use. */
export const InstantString = /* @__PURE__ */ checkedText("instant", (value, ctx) => {
  try {
    epochOf(value);
  } catch (error) {
    reportThrown(ctx, error);
  }
});

/** A calendar date `YYYY-MM-DD` that exists (no February 30). */
export const DateString = /* @__PURE__ */ checkedText("code", (value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    report(ctx, "invalid_format", `${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`);
    return;
  }
  try {
    readDay(value, "");
  } catch (error) {
    reportThrown(ctx, error);
  }
});

/**
 * An email address: zod's practical pattern (no quoted local parts, no IP literals), at most 254
 * characters. The pattern runs in linear time, so a megabyte string cannot stall it.
 */
export const EmailAddress = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ capped("email"), /* @__PURE__ */ z.email());

const PHONE = /^\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|#)\s*\d+)?$/i;

/**
 * A phone number as people write it: digits with optional `+`, spaces, dots, dashes, slashes,
 * parentheses and an extension (`x12`, `ext. 12`); at least 3 digits.
 */
export const PhoneNumber = /* @__PURE__ */ checkedText("phone", (value, ctx) => {
  if (!PHONE.test(value) || (value.match(/\d/g)?.length ?? 0) < 3) {
    report(ctx, "invalid_format", `${JSON.stringify(value)} is not a phone number such as "+1 212 555 0100"`);
  }
});

/** A finite number in `[min, max]`. */
export function boundedNumber(min: number, max: number) {
  return z.number().check(z.gte(min), z.lte(max));
}

/** An integer in `[min, max]`. */
export function boundedInt(min: number, max: number) {
  return z.int().check(z.gte(min), z.lte(max));
}

/** Compares two instant strings already validated by {@link InstantString}; `null` if either does not read. */
export function compareInstants(a: unknown, b: unknown): number | null {
  try {
    const x = epochOf(a);
    const y = epochOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  } catch {
    return null;
  }
}

/** Compares two date strings; `null` if either does not read. */
export function compareDates(a: unknown, b: unknown): number | null {
  try {
    return Math.sign(readDay(a, "") - readDay(b, ""));
  } catch {
    return null;
  }
}
