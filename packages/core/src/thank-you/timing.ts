import type { Temporal } from "temporal-polyfill";
import type { PlanContext } from "../plan/context.js";
import { hoursLabel, nextHours } from "../policy/candidate-hours.js";
import type { Why } from "../schema/plan.js";
import { timeOfDay } from "../time/wall-clock.js";
import { type Moment, zonedOf } from "../time/zone-clock.js";
import { clockLabel, momentLabel } from "./describe.js";
import { why } from "./why.js";

/** When the letter is written: from the end of the interview (plus the trip home) to `writeBy`. */
export interface WritingTime {
  /** The interview's end, in the candidate's zone. */
  interviewEnd: Temporal.ZonedDateTime;
  /** When writing can start, in the candidate's zone. */
  start: Temporal.ZonedDateTime;
  /** When the letter should be written, in the candidate's zone. */
  writeBy: Temporal.ZonedDateTime;
  /** Minutes of travel added (onsite interviews only). */
  travelMinutes: number;
  /** True when the interview ended after `policy.thankYou.lateAfter`, so writing moved to the next day. */
  late: boolean;
  /** True when the trip home ran past `writeBy`, so writeBy became the start plus an hour. */
  extended: boolean;
  /** True when writing waits for the candidate's hours (the interview ended outside their day). */
  waited: boolean;
  why: Why;
  /** Why writing waits for the candidate's day (E-FU-HOURS), when it does. */
  hoursWhy?: Why;
}

/** {@link WritingTime} on the candidate's clock. */
export interface WritingMoments extends Omit<WritingTime, "interviewEnd" | "start" | "writeBy"> {
  interviewEnd: Moment;
  start: Moment;
  writeBy: Moment;
}

/** The writing time given when travel runs past the usual deadline: 60 minutes (a short letter takes under 30; inferred from E-TY-TIMING). */
export const EXTENDED_WRITING_MINUTES = 60;

/**
 * The writing window (evidence `E-TY-TIMING`): writing starts when the interview ends, plus the trip home for
 * an onsite interview (`input.travelMinutes`, else `policy.thankYou.travelMinutes`, 60); it is due at
 * `policy.thankYou.writeBy` (21:00) the same day in the candidate's zone. An interview that ends after
 * `lateAfter` (19:00, candidate's time; 19:00 itself is not after) moves the deadline to `lateWriteBy`
 * (12:00) the next day. When writing could only start at or after that deadline (a very long trip), the
 * deadline becomes the start plus {@link EXTENDED_WRITING_MINUTES}.
 *
 * Writing starts inside the candidate's hours (`policy.candidateHours`, 08:00–20:00 their time, any day;
 * evidence `E-FU-HOURS`): an interview over at 02:00 or 22:30 their time is written from 08:00. When
 * that start falls on a later day, past the deadline, the letter is due by `lateWriteBy` (12:00) that
 * day, or an hour after the start if that is later. The deadline itself stays `writeBy`: it is the
 * candidate's own evening, and nobody else's clock is involved.
 */
export function writingTime(ctx: Pick<PlanContext, "input" | "policy" | "candidate" | "end">): WritingTime {
  const timing = writingMoments(ctx);
  return {
    ...timing,
    interviewEnd: zonedOf(timing.interviewEnd),
    start: zonedOf(timing.start),
    writeBy: zonedOf(timing.writeBy),
  };
}

/** {@link writingTime} on the candidate's clock. */
export function writingMoments(ctx: Pick<PlanContext, "input" | "policy" | "candidate" | "end">): WritingMoments {
  const rules = ctx.policy.thankYou;
  const zone = ctx.candidate.zone;
  const clock = ctx.candidate.clock;
  const interviewEnd = ctx.end.on(clock);
  const travelMinutes = ctx.input.format === "onsite" ? (ctx.input.travelMinutes ?? rules.travelMinutes) : 0;
  const home = interviewEnd.plusMinutes(travelMinutes);
  const start = nextHours(home, ctx.candidate, ctx.policy.candidateHours, "write").start;
  const waited = start.ns !== home.ns;
  const ended = clock.wall(interviewEnd.ns);
  const late = ended.time > timeOfDay(rules.lateAfter);
  let writeBy = late
    ? clock.moment(ended.day + 1, timeOfDay(rules.lateWriteBy))
    : clock.moment(ended.day, timeOfDay(rules.writeBy));
  const past = start.ns >= writeBy.ns;
  // Waiting for the candidate's next morning is the late rule's case: due by lateWriteBy that day.
  const nextMorning = past && waited && start.day !== home.day;
  const lateBy = nextMorning ? clock.moment(start.day, timeOfDay(rules.lateWriteBy)) : undefined;
  const extended = past && !(lateBy && lateBy.ns > start.ns);
  if (lateBy && !extended) writeBy = lateBy;
  else if (extended) writeBy = start.plusMinutes(EXTENDED_WRITING_MINUTES);

  const trip = travelMinutes > 0 ? ` (after ${travelMinutes} minutes of travel)` : "";
  let text = `The interview ends at ${momentLabel(interviewEnd)} your time; write the letter from ${momentLabel(start)}${trip}`;
  if (lateBy && !extended) {
    text += `, when your day starts: the letter is due by ${clockLabel(writeBy)} that day (${momentLabel(writeBy)}).`;
  } else if (extended) {
    text += `, within ${EXTENDED_WRITING_MINUTES} minutes of getting home, by ${momentLabel(writeBy)}: the trip runs past the usual deadline.`;
  } else if (late) {
    text += `; it ended after ${rules.lateAfter}, so the letter is due by ${clockLabel(writeBy)} the next day (${momentLabel(writeBy)}).`;
  } else {
    text += ` while it is fresh, by ${clockLabel(writeBy)} the same evening.`;
  }
  const timing: WritingMoments = {
    interviewEnd,
    start,
    writeBy,
    travelMinutes,
    late,
    extended,
    waited,
    why: why("thank-you.timing", text, "E-TY-TIMING"),
  };
  if (waited) {
    const hours = ctx.policy.candidateHours;
    timing.hoursWhy = why(
      "thank-you.candidate-hours",
      `Your day runs ${hoursLabel(hours)} in ${zone}, so writing waits until ${momentLabel(start)} rather than ${momentLabel(home)}.`,
      "E-FU-HOURS",
    );
  }
  return timing;
}
