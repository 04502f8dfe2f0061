import * as z from "zod/mini";
import { AfterviewValidationError, joinPath, type ValidationIssue } from "../errors/afterview-error.js";
import { boundedInt, boundedNumber, LanguageTag, requiredText } from "../schema/fields.js";
import { findForbiddenKeys } from "../schema/forbidden-keys.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { toValidationIssues } from "../schema/messages.js";
import { parseInterviewInput } from "../schema/parse.js";
import { type Person, PersonSchema } from "../schema/person.js";
import { DEFAULT_WORD_LIMITS } from "./checks/length.js";
import { askedRules } from "./languages/choose.js";
import type { LanguageRules } from "./languages/types.js";
import type { DraftChannel, WordLimits } from "./types.js";

/** The longest draft reviewed, in UTF-16 code units: about 8,000 words, twenty times a long letter. */
export const MAX_DRAFT_LENGTH = 50_000;

/** The most company names `otherCompanies` may hold. */
export const MAX_OTHER_COMPANIES = 50;

/** The most drafts `reviewDrafts` compares at once (one per interviewer, and some to spare). */
export const MAX_DRAFTS = 50;

const DRAFT_CHANNELS = ["email", "postal", "note"] as const;

const DraftSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(MAX_DRAFT_LENGTH));

const WordCount = /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, MAX_DRAFT_LENGTH));

const contextShape = {
  // Checked by parseInterviewInput, which reports it under `input`.
  input: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  otherCompanies: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ requiredText("name"))
      .check(/* @__PURE__ */ z.maxLength(MAX_OTHER_COMPANIES)),
  ),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(DRAFT_CHANNELS)),
  language: /* @__PURE__ */ z.optional(LanguageTag),
  limits: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({ min: WordCount, idealMin: WordCount, idealMax: WordCount, max: WordCount }),
  ),
};

/** A review context: the shared fields, then `extra`. A function, not a module-level spread: see `event` in `schema/plan-event.ts`. */
function contextSchema<S extends z.core.$ZodLooseShape>(extra: S) {
  return z.strictObject({ ...contextShape, ...extra });
}

const ContextSchema = /* @__PURE__ */ contextSchema({ recipient: /* @__PURE__ */ z.optional(PersonSchema) });

const SetContextSchema = /* @__PURE__ */ contextSchema({
  similarityThreshold: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1)),
});

const DraftsSchema = /* @__PURE__ */ z
  .array(/* @__PURE__ */ z.strictObject({ recipient: PersonSchema, text: DraftSchema }))
  .check(/* @__PURE__ */ z.maxLength(MAX_DRAFTS));

/** A review context after validation, with its defaults filled in. */
export interface ValidContext {
  input: InterviewInput;
  recipient: Person | undefined;
  otherCompanies: string[];
  channel: DraftChannel;
  limits: WordLimits;
  similarityThreshold: number | undefined;
  /**
   * The rules of the language the context asks for, else the interview's when the review reads it;
   * undefined to detect the draft's.
   */
  language: LanguageRules | undefined;
}

/**
 * Validates a draft and its context together and reports every problem at once: the draft
 * under path `draft`, the context's fields under their own names (`input.company.name`,
 * `otherCompanies[2]`, `limits.max`).
 *
 * @throws {AfterviewValidationError} when anything is wrong.
 */
export function validateReview(draft: unknown, context: unknown): { draft: string; context: ValidContext } {
  const issues: ValidationIssue[] = [];
  const text = check(DraftSchema, draft, "draft", issues);
  const valid = validateContext(context, ContextSchema, issues);
  if (issues.length > 0 || text === undefined || valid === undefined) {
    throw new AfterviewValidationError(issues, { subject: "draft review" });
  }
  return { draft: text, context: valid };
}

/**
 * Validates a set of drafts (path `drafts[i].text`, `drafts[i].recipient.name`) and their shared context.
 *
 * @throws {AfterviewValidationError} when anything is wrong.
 */
export function validateReviews(
  drafts: unknown,
  context: unknown,
): { drafts: { recipient: Person; text: string }[]; context: ValidContext } {
  const issues: ValidationIssue[] = [];
  const forbidden = findForbiddenKeys(drafts);
  const list = forbidden.length > 0 ? undefined : check(DraftsSchema, drafts, "drafts", issues);
  issues.push(...prefixed("drafts", forbidden));
  const valid = validateContext(context, SetContextSchema, issues);
  if (issues.length > 0 || list === undefined || valid === undefined) {
    throw new AfterviewValidationError(issues, { subject: "draft review" });
  }
  return { drafts: list, context: valid };
}

function validateContext(
  context: unknown,
  schema: typeof ContextSchema | typeof SetContextSchema,
  issues: ValidationIssue[],
): ValidContext | undefined {
  if (typeof context !== "object" || context === null || Array.isArray(context)) {
    issues.push({ path: "context", code: "invalid_type", message: "expected an object with the interview as `input`" });
    return undefined;
  }
  const forbidden = findForbiddenKeys(context).filter((issue) => !issue.path.startsWith("input"));
  if (forbidden.length > 0) {
    issues.push(...forbidden);
    return undefined;
  }
  let input: InterviewInput | undefined;
  try {
    input = parseInterviewInput((context as { input?: unknown }).input);
  } catch (error) {
    if (!(error instanceof AfterviewValidationError)) throw error;
    issues.push(...prefixed("input", error.issues));
  }
  const parsed = check(schema, context, "", issues);
  if (!parsed || !input) return undefined;
  const before = issues.length;
  const language =
    parsed.language !== undefined
      ? askedRules(parsed.language, "language", true, issues)
      : input.language !== undefined
        ? askedRules(input.language, "input.language", false, issues)
        : undefined;
  if (issues.length > before) return undefined;
  const channel = parsed.channel ?? "email";
  const limits = { ...DEFAULT_WORD_LIMITS[channel], ...definedOnly(parsed.limits ?? {}) };
  if (!(limits.min <= limits.idealMin && limits.idealMin <= limits.idealMax && limits.idealMax <= limits.max)) {
    issues.push({
      path: "limits",
      code: "invalid-order",
      message: `must keep min ≤ idealMin ≤ idealMax ≤ max once the ${channel} defaults are filled in (got ${limits.min}, ${limits.idealMin}, ${limits.idealMax}, ${limits.max})`,
    });
    return undefined;
  }
  return {
    input,
    recipient: "recipient" in parsed ? parsed.recipient : undefined,
    otherCompanies: parsed.otherCompanies ?? [],
    channel,
    limits,
    similarityThreshold: "similarityThreshold" in parsed ? parsed.similarityThreshold : undefined,
    language,
  };
}

/** Runs `schema` on `value`; on failure adds its issues under `path` and returns undefined. */
function check<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
): z.output<S> | undefined {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  issues.push(...prefixed(path, toValidationIssues(result.error.issues)));
  return undefined;
}

function prefixed(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) }));
}

function definedOnly(limits: Partial<Record<keyof WordLimits, number | undefined>>): Partial<WordLimits> {
  const out: Partial<WordLimits> = {};
  for (const key of ["min", "idealMin", "idealMax", "max"] as const) {
    const value = limits[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
