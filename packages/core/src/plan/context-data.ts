import { resolvePolicy } from "../policy/resolve-policy.js";
import type { Person } from "../schema/person.js";
import type { PlanContextData } from "../schema/plan.js";
import { readInstant } from "../time/instant.js";
import { Moment } from "../time/zone-clock.js";
import { type PlanContext, type RulesContext, readOptions, side } from "./context.js";

/** What a plan keeps of its input (`plan.context`), so that `applyEvent` can re-plan without it. */
export function contextData(ctx: PlanContext): PlanContextData {
  const { input } = ctx;
  const data: PlanContextData = {
    interviewEnd: ctx.end.toString(),
    company: input.company.name,
    role: input.role,
    employer: sideData(input.company),
    candidate: sideData(input.candidate),
    interviewers: input.interviewers.map(copyPerson),
  };
  if (input.scheduler) data.scheduler = copyPerson(input.scheduler);
  if (input.language !== undefined) data.language = input.language;
  return data;
}

/**
 * The rules' context rebuilt from a stored plan's `context` and the caller's `{ now, policy? }`:
 * both sides' zones and calendars, the interview's end, `now` in the candidate's zone.
 *
 * @throws {AfterviewValidationError} on `now`, `policy.*`, or `plan.context.*` (a region the calendar lacks).
 */
export function rulesFromPlan(context: PlanContextData, options: unknown): RulesContext {
  const { now, policy } = readOptions(options);
  const employer = side(context.employer, "plan.context.employer");
  const candidate = side(context.candidate, "plan.context.candidate", employer.clock);
  return {
    now: new Moment(readInstant(now, "now", candidate.zone).ns, candidate.clock),
    policy: resolvePolicy(policy),
    employer,
    candidate,
    end: new Moment(readInstant(context.interviewEnd, "plan.context.interviewEnd", employer.zone).ns, employer.clock),
  };
}

/** The person to write to or call about the process: the scheduler, else the first interviewer. */
export function contactOf(context: PlanContextData): Person | undefined {
  return context.scheduler ?? context.interviewers[0];
}

function sideData(where: { timeZone: string; country: string; region?: string | undefined }) {
  return where.region === undefined
    ? { timeZone: where.timeZone, country: where.country }
    : { timeZone: where.timeZone, country: where.country, region: where.region };
}

/** A copy of a person that shares no arrays or objects with the input. */
export function copyPerson(person: Person): Person {
  const copy: Person = { ...person };
  if (person.topics) copy.topics = [...person.topics];
  if (person.address) copy.address = { ...person.address, lines: [...person.address.lines] };
  return copy;
}
