import * as z from "zod/mini";
import {
  ACTION_CHANNELS,
  ACTION_KINDS,
  ACTION_STATUSES,
  DECISION_SOURCES,
  FOLLOW_UP_CHANNELS,
  PLAN_STATUSES,
  PLAN_WARNING_CODES,
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
export const WhySchema = /* @__PURE__ */ z.object({
  rule: /* @__PURE__ */ requiredText(LIMITS.id),
  text: /* @__PURE__ */ requiredText(LIMITS.sentence),
  source: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.maxLength(LIMITS.code), /* @__PURE__ */ z.regex(/^E-[A-Z0-9]+(?:-[A-Z0-9]+)*$/)),
  ),
});

/** One reason behind an action. See {@link WhySchema}. */
export type Why = z.infer<typeof WhySchema>;

const whyList = /* @__PURE__ */ z.array(WhySchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList));

/** A person as the plan copies them (recipients, action targets). */
const PlanPersonSchema = /* @__PURE__ */ z.object({
  ...personShape,
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object(postalAddressShape)),
});

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

const WindowSchema = /* @__PURE__ */ z
  .object({ opens: InstantString, closes: InstantString })
  .check(/* @__PURE__ */ ordered("opens", "closes", compareInstants, false));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanDecisionSchema = /* @__PURE__ */ z
  .object({
    earliest: DateString,
    latest: DateString,
    source: /* @__PURE__ */ z.enum(DECISION_SOURCES),
    /** The parsed statement (a `DecisionTimeline` from `parseDecisionTimeline`), when there was one. */
    timeline: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .object({
          earliest: /* @__PURE__ */ z.optional(DateString),
          latest: /* @__PURE__ */ z.optional(DateString),
          min: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
          max: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
          unit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(TIMELINE_UNITS)),
          text: /* @__PURE__ */ text(LIMITS.sentence),
          confidence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(TIMELINE_CONFIDENCES)),
          notes: /* @__PURE__ */ z.optional(
            /* @__PURE__ */ z.array(/* @__PURE__ */ text(LIMITS.sentence)).check(/* @__PURE__ */ z.maxLength(4)),
          ),
        })
        .check(
          /* @__PURE__ */ ordered(
            "min",
            "max",
            (a, b) => (typeof a === "number" && typeof b === "number" ? a - b : null),
            true,
          ),
          /* @__PURE__ */ ordered("earliest", "latest", compareDates, true),
        ),
    ),
  })
  .check(/* @__PURE__ */ ordered("earliest", "latest", compareDates, true));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanThankYouSchema = /* @__PURE__ */ z.object({
  send: /* @__PURE__ */ z.boolean(),
  channel: /* @__PURE__ */ z.enum(THANK_YOU_CHANNELS),
  format: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(THANK_YOU_FORMATS)),
  writeBy: /* @__PURE__ */ z.optional(InstantString),
  sendBy: /* @__PURE__ */ z.optional(InstantString),
  recipients: /* @__PURE__ */ z.array(PlanPersonSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
  postal: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({
      postBy: InstantString,
      arrival: /* @__PURE__ */ z
        .object({ earliest: DateString, latest: DateString })
        .check(/* @__PURE__ */ ordered("earliest", "latest", compareDates, true)),
      beforeDecision: /* @__PURE__ */ z.boolean(),
    }),
  ),
  why: whyList,
});

/** Another way to make the same touch: leave a voicemail, or write an email. */
const AlternativeSchema = /* @__PURE__ */ z.object({
  channel: /* @__PURE__ */ z.enum(["voicemail", "email"]),
  templateId: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.maxLength(LIMITS.name), /* @__PURE__ */ z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
});

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanFollowUpSchema = /* @__PURE__ */ z
  .object({
    attempt: /* @__PURE__ */ boundedInt(1, 100),
    channel: /* @__PURE__ */ z.enum(FOLLOW_UP_CHANNELS),
    /** What to do when nobody answers, or when a call is not possible. */
    alternatives: /* @__PURE__ */ z.array(AlternativeSchema).check(/* @__PURE__ */ z.maxLength(4)),
    opens: InstantString,
    closes: InstantString,
    /** The same window in the candidate's zone. */
    forCandidate: WindowSchema,
    why: whyList,
  })
  .check(/* @__PURE__ */ ordered("opens", "closes", compareInstants, false));

/** The zod schema of one part of a plan; see {@link PlanSchema}. */
export const PlanActionSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ requiredText(LIMITS.id),
  kind: /* @__PURE__ */ z.enum(ACTION_KINDS),
  due: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .object({ start: InstantString, end: InstantString })
      .check(/* @__PURE__ */ ordered("start", "end", compareInstants, true)),
  ),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(ACTION_CHANNELS)),
  to: /* @__PURE__ */ z.optional(PlanPersonSchema),
  templateId: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.maxLength(LIMITS.name), /* @__PURE__ */ z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
  ),
  status: /* @__PURE__ */ z.enum(ACTION_STATUSES),
  /**
   * `true` on a pending action whose window closed before the `now` of the `createPlan` or
   * `applyEvent` call that made the plan: it is past due, though it can still be done late. Absent
   * otherwise (core never writes `false`). Computed at that `now` only: a stored plan read later does
   * not update it, so a view with its own clock should also compare `due.end` with it.
   */
  overdue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
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
const SideSchema = /* @__PURE__ */ z.object({
  timeZone: TimeZoneName,
  country: CountryCode,
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.code)),
});

/**
 * What the plan keeps of its input so that `applyEvent` can re-plan on its own: both sides' zones and
 * calendars, the interview's end, the company, and the people an action may be addressed to.
 */
const PlanContextSchema = /* @__PURE__ */ z.object({
  interviewEnd: InstantString,
  company: /* @__PURE__ */ requiredText(LIMITS.name),
  role: /* @__PURE__ */ requiredText(LIMITS.name),
  employer: SideSchema,
  candidate: SideSchema,
  scheduler: /* @__PURE__ */ z.optional(PlanPersonSchema),
  interviewers: /* @__PURE__ */ z.array(PlanPersonSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
});

/** What a plan keeps of its interview. See {@link PlanSchema}. */
export type PlanContextData = z.infer<typeof PlanContextSchema>;

/**
 * Something in the input afterview accepted but doubts, with the dotted `path` of the field
 * (`candidate.timeZone`) and a `message` that says why and what to use instead. See
 * `PLAN_WARNING_CODES` for the codes.
 */
export const PlanWarningSchema = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.enum(PLAN_WARNING_CODES),
  path: /* @__PURE__ */ requiredText(LIMITS.id),
  message: /* @__PURE__ */ requiredText(LIMITS.sentence),
});

/** A doubt about the input. See {@link PlanWarningSchema}. */
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

/**
 * The plan for the time after one interview, as plain JSON: instants are ISO 8601 strings with an
 * offset (and, as core writes them, a `[zone]`), dates are `YYYY-MM-DD`.
 * `version` is 1; `decision` says when the employer should decide; `thankYou` and `followUps` hold
 * the advice; `actions` the to-do list, each with its `why[]`; `history` the events folded in.
 * `quietUntil` is the instant before which the candidate need not do anything. `warnings` lists
 * input accepted with a doubt (a zone such as `"EST"`); core always writes it, and a plan stored
 * before it existed reads as `warnings: []`.
 */
export const PlanSchema = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ z.literal(1),
  interviewId: /* @__PURE__ */ requiredText(LIMITS.id),
  createdAt: InstantString,
  status: /* @__PURE__ */ z.enum(PLAN_STATUSES),
  context: PlanContextSchema,
  decision: PlanDecisionSchema,
  thankYou: PlanThankYouSchema,
  followUps: /* @__PURE__ */ z.array(PlanFollowUpSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
  quietUntil: /* @__PURE__ */ z.optional(InstantString),
  actions: /* @__PURE__ */ z.array(PlanActionSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.actions)),
  /** The offer on the table, once one is received. */
  offer: /* @__PURE__ */ z.optional(OfferSchema),
  history: /* @__PURE__ */ z.array(PlanEventSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.history)),
  warnings: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(PlanWarningSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
    () => [],
  ),
});

/** The plan for the time after one interview. See {@link PlanSchema}. */
export type Plan = z.infer<typeof PlanSchema>;
