import {
  AfterviewValidationError,
  type InterviewInput,
  type Money,
  type Plan,
  type PlanAction,
  parseInterviewInput,
  parseOffer,
  parsePlan,
} from "@afterview/core";
import { LOCALES, type Locale } from "../document/types.js";
import { TONES, type Tone } from "../registry/tones.js";
import type { ComposeContext } from "./context.js";
import { rememberValid, rememberValidWithin } from "./known.js";
import type { ComposeNegotiation } from "./negotiation.js";
import { sameData } from "./same-data.js";

/** A context whose every part has been validated (and copied) by core's parsers: same shape, checked. */
export type ValidContext = ComposeContext;

const MAX_HONORIFIC = 20;

/** Runs `parse`, re-rooting any issue under `prefix` (`input.candidate.timeZone`). */
function within<T>(prefix: string, parse: () => T, rename?: (path: string) => string): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof AfterviewValidationError)) throw error;
    const renamed = rename
      ? new AfterviewValidationError(
          error.issues.map((issue) => ({ ...issue, path: rename(issue.path) })),
          { cause: error },
        )
      : error;
    throw renamed.under(prefix, { subject: "compose context" });
  }
}

function fail(path: string, message: string, code = "invalid_value"): never {
  throw new AfterviewValidationError([{ path, message, code }], { subject: "compose context" });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates the interview and plan of a context (shared by `compose` and `composePlan`). */
export function validateBase(input: unknown, plan: unknown): { input: InterviewInput; plan: Plan } {
  return { input: validInput(input), plan: validPlan(plan) };
}

/*
 * Each part is validated by core's parsers, or, when the caller's object is deeply frozen and was
 * validated before, taken from memory (see known.ts): the same frozen data needs no second parse.
 */
const validInput = rememberValid((input) => within("input", () => parseInterviewInput(input)));
const validPlan = rememberValid((plan) => within("plan", () => parsePlan(plan)));
const validOffer = rememberValid((offer) => within("offer", () => parseOffer(offer)));
const validNegotiation = rememberValid((negotiation) => validateNegotiation(negotiation));
/*
 * The recipient is usually one of the interview's interviewers, and the action one of the plan's
 * actions: those are already validated, so a value holding the same data is taken from there. Any
 * other recipient is checked as an interviewer of the same interview (so its wording matches core's),
 * and any other action as an action of the same plan.
 */
const validRecipient = rememberValidWithin(
  (input: InterviewInput, recipient) =>
    input.interviewers.find((person) => sameData(recipient, person)) ??
    within(
      "recipient",
      () => parseInterviewInput({ ...input, interviewers: [recipient] }).interviewers[0]!,
      (path) => path.replace(/^interviewers\[0\]\.?/u, ""),
    ),
);
const validAction = rememberValidWithin(
  (plan: Plan, action) =>
    plan.actions.find((planned) => sameData(action, planned)) ??
    within(
      "action",
      () => parsePlan({ ...plan, actions: [action] }).actions[0]!,
      (path) => path.replace(/^actions\[0\]\.?/u, ""),
    ),
);

/** Validates the optional parts of a context against an already valid interview and plan. */
export function validateExtras(
  base: { input: InterviewInput; plan: Plan },
  context: Record<string, unknown>,
  options: { actionTrusted?: boolean } = {},
): ValidContext {
  const out: ValidContext = { ...base };
  const { recipient, offer, negotiation, locale, tone, action, honorific } = context;
  if (recipient !== undefined) out.recipient = validRecipient(base.input, recipient);
  if (offer !== undefined) out.offer = validOffer(offer);
  if (negotiation !== undefined) out.negotiation = validNegotiation(negotiation);
  if (locale !== undefined) {
    if (!LOCALES.includes(locale as Locale)) fail("locale", `must be one of ${LOCALES.join(", ")}`);
    out.locale = locale as Locale;
  }
  if (tone !== undefined) {
    if (!TONES.includes(tone as Tone)) fail("tone", `must be one of ${TONES.join(", ")}`);
    out.tone = tone as Tone;
  }
  if (honorific !== undefined) {
    if (typeof honorific !== "string" || honorific.trim() === "" || honorific.length > MAX_HONORIFIC) {
      fail("honorific", `must be a courtesy title such as "Ms" or "Dr", 1 to ${MAX_HONORIFIC} characters`);
    }
    out.honorific = honorific;
  }
  if (action !== undefined) {
    out.action = options.actionTrusted ? (action as PlanAction) : validAction(base.plan, action);
  }
  return out;
}

/** Validates a whole {@link ComposeContext} given as untyped data. */
export function validateContext(context: unknown): ValidContext {
  if (!isRecord(context)) fail("", "the compose context must be an object with `input` and `plan`", "invalid_type");
  return validateExtras(validateBase(context.input, context.plan), context);
}

function validateMoney(value: unknown, path: string): Money {
  return within(
    path,
    () => parseOffer({ base: value, period: "year" }).base,
    (p) => p.replace(/^base\.?/u, ""),
  );
}

/** A lever as core's advice shapes it: its text fields strings, its `amount` money (found by fuzzing: a bad currency reached Intl). */
function validateLever(lever: Record<string, unknown>, path: string): object {
  for (const key of ["kind", "text", "label"]) {
    if (lever[key] !== undefined && typeof lever[key] !== "string")
      fail(`${path}.${key}`, "must be a string", "invalid_type");
  }
  if (lever.months !== undefined && !(typeof lever.months === "number" && Number.isFinite(lever.months))) {
    fail(`${path}.months`, "must be a number", "invalid_type");
  }
  if (lever.amount === undefined) return lever;
  return { ...lever, amount: validateMoney(lever.amount, `${path}.amount`) };
}

function validateNegotiation(value: unknown): ComposeNegotiation {
  if (!isRecord(value)) fail("negotiation", "must be an object (the negotiation advice)", "invalid_type");
  const out: ComposeNegotiation = {};
  const recommendations = ["negotiate", "negotiate-other-terms", "accept", "consider-declining"];
  if (value.recommendation !== undefined) {
    if (!recommendations.includes(value.recommendation as string)) {
      fail("negotiation.recommendation", `must be one of ${recommendations.join(", ")}`);
    }
    out.recommendation = value.recommendation as ComposeNegotiation["recommendation"];
  }
  for (const key of ["ask", "target", "floor"] as const) {
    if (value[key] !== undefined) out[key] = validateMoney(value[key], `negotiation.${key}`);
  }
  if (value.levers !== undefined) {
    if (!Array.isArray(value.levers)) fail("negotiation.levers", "must be a list", "invalid_type");
    out.levers = value.levers.map((lever, index) => {
      if (typeof lever === "string") return lever;
      if (isRecord(lever)) return validateLever(lever, `negotiation.levers[${index}]`);
      return fail(`negotiation.levers[${index}]`, "must be a string or an object", "invalid_type");
    });
  }
  if (value.why !== undefined) {
    if (!Array.isArray(value.why)) fail("negotiation.why", "must be a list", "invalid_type");
    out.why = value.why.map((why, index) => {
      if (!isRecord(why) || typeof why.text !== "string") {
        return fail(`negotiation.why[${index}].text`, "must be a string", "invalid_type");
      }
      return { text: why.text };
    });
  }
  return out;
}
