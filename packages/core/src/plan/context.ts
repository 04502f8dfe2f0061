import { calendarDays, weekdayDays } from "../calendar/business-calendar.js";
import type { DayCalendar } from "../calendar/day-calendar.js";
import { weekendDays } from "../calendar/weekend.js";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import type { Policy } from "../policy/defaults.js";
import type { PolicyOverrides } from "../policy/overrides.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import type { InterviewInput } from "../schema/interview-input.js";
import { parseInterviewInput } from "../schema/parse.js";
import { type InstantInput, readInstant } from "../time/instant.js";
import { Moment, ZoneClock } from "../time/zone-clock.js";

/** The options every planning function takes: the caller's clock and, optionally, policy overrides. */
export interface PlanOptions {
  /** The current time. Core never reads the clock: pass it in. */
  now: InstantInput;
  /** Changes to the defaults; see `DEFAULT_POLICY`. */
  policy?: PolicyOverrides;
}

/** One side of the interview: its zone, its business calendar, and whether real holiday data backs it. */
export interface Side {
  zone: string;
  /** The business calendar, read by day number. */
  days: DayCalendar;
  /** False when the country has no holiday data and only its weekends are known. */
  holidaysKnown: boolean;
  /** The zone's wall clock, for this call (`time/zone-clock.ts`). */
  clock: ZoneClock;
}

/**
 * What the timing rules (decision window, follow-up windows, outcome actions) need, without the
 * interview input: `now`, the policy, both sides, and the interview's end. `applyEvent` builds one
 * from a stored plan's `context` to re-plan; {@link PlanContext} extends it. Internal to core.
 */
export interface RulesContext {
  /** `now`, on the candidate's clock. */
  now: Moment;
  policy: Policy;
  employer: Side;
  candidate: Side;
  /** The interview's end, on the employer's clock. */
  end: Moment;
}

/**
 * Everything the rules need, validated and resolved once: the input, `now`, the policy, and both sides'
 * zones and calendars. Internal to core.
 */
export interface PlanContext extends RulesContext {
  input: InterviewInput;
}

/**
 * Validates `input` and `options` and resolves zones and calendars.
 *
 * @throws {AfterviewValidationError} naming the field (`company.region`, `now`, `policy.followUp.touches`…).
 */
export function planContext(input: unknown, options: unknown): PlanContext {
  const parsed = parseInterviewInput(input);
  const { now, policy } = readOptions(options);
  const candidate = side(parsed.candidate, "candidate");
  const employer = side(parsed.company, "company", candidate.clock);
  return {
    input: parsed,
    now: new Moment(readInstant(now, "now", candidate.zone).ns, candidate.clock),
    policy: resolvePolicy(policy),
    employer,
    candidate,
    end: new Moment(readInstant(parsed.end, "end", employer.zone).ns, employer.clock),
  };
}

/**
 * Reads `{ now, policy? }` from untyped options (`now` unread: its zone depends on the caller).
 *
 * @throws {AfterviewValidationError} on `options` when it is not an object, on `now` when it is missing.
 */
export function readOptions(options: unknown): { now: unknown; policy: unknown } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new AfterviewValidationError([
      { path: "options", code: "invalid_type", message: "expected { now, policy? }; now is required" },
    ]);
  }
  const { now, policy } = options as { now?: unknown; policy?: unknown };
  if (now === undefined) {
    throw new AfterviewValidationError([
      {
        path: "now",
        code: "invalid_type",
        message: "is required: core never reads the clock, so pass the current time",
      },
    ]);
  }
  return { now, policy };
}

/**
 * The calendar of `country`/`region`; a real country without holiday data gets its weekends only.
 * `sameZone`, another side's clock, is shared when it is of the same zone.
 */
export function side(
  where: { timeZone: string; country: string; region?: string | undefined },
  path: string,
  sameZone?: ZoneClock,
): Side {
  const zone = where.timeZone;
  const clock = sameZone?.zone === zone ? sameZone : new ZoneClock(zone);
  let days: DayCalendar;
  let holidaysKnown = true;
  try {
    days = calendarDays({ country: where.country, region: where.region });
  } catch (error) {
    if (!(error instanceof AfterviewValidationError)) throw error;
    const issue = error.issues[0];
    // A real ISO country that the holiday data lacks (e.g. KW, NP): plan on its weekends alone.
    if (!(issue?.code === "unknown-country" && /no holiday data/.test(issue.message))) throw error.under(path);
    days = weekdayDays(weekendDays(where.country));
    holidaysKnown = false;
  }
  return { zone, days, holidaysKnown, clock };
}
