import {
  AfterviewValidationError,
  createPlan,
  type InterviewInput,
  type NegotiationContext,
  type Offer,
  type Plan,
  type PlanEvent,
  parseInterviewInput,
  parseNegotiationContext,
  parseOffer,
  parsePlan,
  parsePlanEvent,
} from "@afterview/core";
import { CliError } from "../errors/cli-error.js";
import { describeInputError } from "../errors/describe-error.js";
import { readInput } from "../io/read-input.js";

/** Reads and validates an interview file (JSON or YAML). Errors name the file and the field. */
export async function loadInterview(file: string, cwd: string): Promise<InterviewInput> {
  const data = await readInput(file, cwd);
  if (looksLikePlan(data)) {
    throw new CliError(`${file}: this is a plan, not an interview; give the interview file it was made from`);
  }
  try {
    return parseInterviewInput(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
}

/** Reads and validates a stored plan (as `afterview kit` and `afterview plan --json` write it). */
export async function loadPlan(file: string, cwd: string): Promise<Plan> {
  const data = await readInput(file, cwd);
  if (!looksLikePlan(data)) {
    throw new CliError(
      `${file}: not a plan (no "version" and "actions"); make one with \`afterview plan <interview> --json > plan.json\``,
    );
  }
  try {
    return parsePlan(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
}

/**
 * Reads either a plan or an interview; an interview is planned at `now`. Lets `afterview plan`
 * show a stored plan (kept up to date with `afterview event`) as well as a fresh one.
 */
export async function loadOrCreatePlan(file: string, cwd: string, now: string): Promise<Plan> {
  const data = await readInput(file, cwd);
  if (looksLikePlan(data)) {
    try {
      return parsePlan(data);
    } catch (error) {
      throw describeInputError(file, error);
    }
  }
  let interview: InterviewInput;
  try {
    interview = parseInterviewInput(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
  return planInterview(interview, file, now);
}

/** Reads and validates a job offer (JSON or YAML). */
export async function loadOffer(file: string, cwd: string): Promise<Offer> {
  const data = await readInput(file, cwd);
  try {
    return parseOffer(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
}

/** Reads and validates a negotiation context: experience, fit, market pay, competing offers. */
export async function loadNegotiationContext(file: string, cwd: string): Promise<NegotiationContext> {
  const data = await readInput(file, cwd);
  try {
    return parseNegotiationContext(data);
  } catch (error) {
    throw describeInputError(file, error);
  }
}

/** Reads one event, or an array of events applied in order. */
export async function loadEvents(file: string, cwd: string): Promise<PlanEvent[]> {
  const data = await readInput(file, cwd);
  const list = Array.isArray(data) ? data : [data];
  if (list.length === 0) throw new CliError(`${file}: the list of events is empty; add at least one event`);
  return list.map((item, index) => {
    try {
      return parsePlanEvent(item);
    } catch (error) {
      if (!Array.isArray(data) || !(error instanceof AfterviewValidationError)) throw describeInputError(file, error);
      throw describeInputError(file, error.under(`[${index}]`, { subject: "plan event" }));
    }
  });
}

/**
 * `createPlan(interview, { now })`, with errors worded for the command line: a bad `--now` is
 * named as the option, anything else as the file.
 */
export function planInterview(interview: InterviewInput, file: string, now: string): Plan {
  try {
    return createPlan(interview, { now });
  } catch (error) {
    throw describeNowError(error) ?? describeInputError(file, error);
  }
}

/** A CliError for `--now` when every issue of `error` is about `now`; otherwise undefined. */
export function describeNowError(error: unknown): CliError | undefined {
  if (!(error instanceof AfterviewValidationError)) return undefined;
  if (!error.issues.every((issue) => issue.path === "now")) return undefined;
  return describeInputError(
    "--now",
    new AfterviewValidationError(error.issues.map((issue) => ({ ...issue, path: "" }))),
  );
}

/** True when `data` has the two keys only a plan has. */
export function looksLikePlan(data: unknown): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && "version" in data && "actions" in data;
}
