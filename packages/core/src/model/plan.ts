import * as z from "zod/mini";
import {
  ACTION_CHANNELS,
  ACTION_KINDS,
  ACTION_STATUSES,
  DECISION_SOURCES,
  FOLLOW_UP_CHANNELS,
  PLAN_STATUSES,
  THANK_YOU_CHANNELS,
  THANK_YOU_FORMATS,
  TIMELINE_CONFIDENCES,
  TIMELINE_UNITS,
} from "./enums.js";
import {
  boundedInt,
  boundedNumber,
  CountryCode,
  compareDates,
  compareInstants,
  DateString,
  InstantString,
  requiredText,
  TimeZoneName,
  text,
} from "./fields.js";
import { LIMITS } from "./limits.js";
import { OfferSchema } from "./offer.js";
import { personShape, postalAddressShape } from "./person.js";
import { PlanEventSchema } from "./plan-event.js";

/*
 * A Plan is machine output: its objects drop keys they do not know instead of refusing them, so a
 * plan an app stored with its own bookkeeping (a database `_id`) still reads. The `version` literal
 * guards incompatible changes. Events in `history` are checked as strictly as new events.
 */

/** One reason behind an action: the rule id, a one-line reason, and the evidence id when a default shaped it. */
export const WhySchema = z.object({
  rule: requiredText(LIMITS.id),
  text: requiredText(LIMITS.sentence),
  source: z.optional(z.string().check(z.maxLength(LIMITS.code), z.regex(/^E-[A-Z0-9]+(?:-[A-Z0-9]+)*$/))),
});

/** One reason behind an action. See {@link WhySchema}. */
export type Why = z.infer<typeof WhySchema>;

const whyList = z.array(WhySchema).check(z.maxLength(LIMITS.smallList));

/** A person as the plan copies them (recipients, action targets). */
const PlanPersonSchema = z.object({ ...personShape, address: z.optional(z.object(postalAddressShape)) });

function ordered<K extends string>(
  first: K,
  second: K,
  compare: (a: unknown, b: unknown) => number | null,
  allowEqual: boolean,
) {
  return z.superRefine<Partial<Record<K, unknown>>>((value, ctx) => {
    const order = compare(value[first], value[second]);
    if (order !== null && (order > 0 || (order === 0 && !allowEqual))) {
      ctx.addIssue({
        code: "custom",
        path: [second],
        input: value[second],
        params: { code: "order" },
        message: allowEqual ? `must not be before ${first}` : `must be after ${first}`,
      });
    }
  });
}

const WindowSchema = z
  .object({ opens: InstantString, closes: InstantString })
  .check(ordered("opens", "closes", compareInstants, false));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanDecisionSchema = z
  .object({
    earliest: DateString,
    latest: DateString,
    source: z.enum(DECISION_SOURCES),
    /** The parsed statement (a `DecisionTimeline` from `parseDecisionTimeline`), when there was one. */
    timeline: z.optional(
      z
        .object({
          earliest: z.optional(DateString),
          latest: z.optional(DateString),
          min: z.optional(boundedNumber(0, 1000)),
          max: z.optional(boundedNumber(0, 1000)),
          unit: z.optional(z.enum(TIMELINE_UNITS)),
          text: text(LIMITS.sentence),
          confidence: z.optional(z.enum(TIMELINE_CONFIDENCES)),
        })
        .check(
          ordered("min", "max", (a, b) => (typeof a === "number" && typeof b === "number" ? a - b : null), true),
          ordered("earliest", "latest", compareDates, true),
        ),
    ),
  })
  .check(ordered("earliest", "latest", compareDates, true));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanThankYouSchema = z.object({
  send: z.boolean(),
  channel: z.enum(THANK_YOU_CHANNELS),
  format: z.optional(z.enum(THANK_YOU_FORMATS)),
  writeBy: z.optional(InstantString),
  sendBy: z.optional(InstantString),
  recipients: z.array(PlanPersonSchema).check(z.maxLength(LIMITS.smallList)),
  postal: z.optional(
    z.object({
      postBy: InstantString,
      arrival: z
        .object({ earliest: DateString, latest: DateString })
        .check(ordered("earliest", "latest", compareDates, true)),
      beforeDecision: z.boolean(),
    }),
  ),
  why: whyList,
});

/** Another way to make the same touch: leave a voicemail, or write an email. */
const AlternativeSchema = z.object({
  channel: z.enum(["voicemail", "email"]),
  templateId: z.string().check(z.maxLength(LIMITS.name), z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
});

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanFollowUpSchema = z
  .object({
    attempt: boundedInt(1, 100),
    channel: z.enum(FOLLOW_UP_CHANNELS),
    /** What to do when nobody answers, or when a call is not possible. */
    alternatives: z.array(AlternativeSchema).check(z.maxLength(4)),
    opens: InstantString,
    closes: InstantString,
    /** The same window in the candidate's zone. */
    forCandidate: WindowSchema,
    why: whyList,
  })
  .check(ordered("opens", "closes", compareInstants, false));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanActionSchema = z.object({
  id: requiredText(LIMITS.id),
  kind: z.enum(ACTION_KINDS),
  due: z.optional(
    z.object({ start: InstantString, end: InstantString }).check(ordered("start", "end", compareInstants, true)),
  ),
  channel: z.optional(z.enum(ACTION_CHANNELS)),
  to: z.optional(PlanPersonSchema),
  templateId: z.optional(z.string().check(z.maxLength(LIMITS.name), z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/))),
  status: z.enum(ACTION_STATUSES),
  why: whyList,
});

/** One thing for the candidate to do. See {@link PlanSchema}. */
export type PlanAction = z.infer<typeof PlanActionSchema>;
/** A follow-up window inside a plan. See {@link PlanSchema}. */
export type PlanFollowUp = z.infer<typeof PlanFollowUpSchema>;
/** The thank-you advice inside a plan. See {@link PlanSchema}. */
export type PlanThankYou = z.infer<typeof PlanThankYouSchema>;
/** When the employer is expected to decide. See {@link PlanSchema}. */
export type PlanDecision = z.infer<typeof PlanDecisionSchema>;

/** One side of the interview as the plan remembers it, so events can re-plan without the input. */
const SideSchema = z.object({
  timeZone: TimeZoneName,
  country: CountryCode,
  region: z.optional(text(LIMITS.code)),
});

/**
 * What the plan keeps of its input so that `applyEvent` can re-plan on its own: both sides' zones and
 * calendars, the interview's end, the company, and the people an action may be addressed to.
 */
const PlanContextSchema = z.object({
  interviewEnd: InstantString,
  company: requiredText(LIMITS.name),
  role: requiredText(LIMITS.name),
  employer: SideSchema,
  candidate: SideSchema,
  scheduler: z.optional(PlanPersonSchema),
  interviewers: z.array(PlanPersonSchema).check(z.maxLength(LIMITS.smallList)),
});

/** What a plan keeps of its interview. See {@link PlanSchema}. */
export type PlanContextData = z.infer<typeof PlanContextSchema>;

/**
 * The plan for the time after one interview, as plain JSON: instants are ISO 8601 strings with an
 * offset (and, as core writes them, a `[zone]`), dates are `YYYY-MM-DD`.
 * `version` is 1; `decision` says when the employer should decide; `thankYou` and `followUps` hold
 * the advice; `actions` the to-do list, each with its `why[]`; `history` the events folded in.
 * `quietUntil` is the instant before which the candidate need not do anything.
 */
export const PlanSchema = z.object({
  version: z.literal(1),
  interviewId: requiredText(LIMITS.id),
  createdAt: InstantString,
  status: z.enum(PLAN_STATUSES),
  context: PlanContextSchema,
  decision: PlanDecisionSchema,
  thankYou: PlanThankYouSchema,
  followUps: z.array(PlanFollowUpSchema).check(z.maxLength(LIMITS.smallList)),
  quietUntil: z.optional(InstantString),
  actions: z.array(PlanActionSchema).check(z.maxLength(LIMITS.actions)),
  /** The offer on the table, once one is received. */
  offer: z.optional(OfferSchema),
  history: z.array(PlanEventSchema).check(z.maxLength(LIMITS.history)),
});

/** The plan for the time after one interview. See {@link PlanSchema}. */
export type Plan = z.infer<typeof PlanSchema>;
