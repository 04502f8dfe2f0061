import * as z from "zod/mini";
import {
  ACTION_CHANNELS,
  ACTION_KINDS,
  ACTION_STATUSES,
  type ActionChannel,
  type ActionKind,
  type ActionStatus,
  DECISION_SOURCES,
  type DecisionSource,
  FOLLOW_UP_CHANNELS,
  type FollowUpChannel,
  PLAN_STATUSES,
  PLAN_WARNING_CODES,
  type PlanStatus,
  type PlanWarningCode,
  THANK_YOU_CHANNELS,
  THANK_YOU_FORMATS,
  type ThankYouChannel,
  type ThankYouFormat,
  TIMELINE_CONFIDENCES,
  TIMELINE_UNITS,
  type TimelineConfidence,
  type TimelineUnit,
} from "./enums.js";
import {
  boundedInt,
  boundedNumber,
  CountryCode,
  capped,
  compareDates,
  compareInstants,
  DateString,
  InstantString,
  LanguageTag,
  requiredText,
  TimeZoneName,
  text,
} from "./fields.js";
import { type Offer, OfferSchema } from "./offer.js";
import { type Person, personShape, postalAddressShape } from "./person.js";
import { type PlanEvent, PlanEventSchema } from "./plan-event.js";

/*
 * A Plan is machine output: its objects drop keys they do not know instead of refusing them, so a
 * plan an app stored with its own bookkeeping (a database `_id`) still reads. The `version` literal
 * guards incompatible changes. Events in `history` are checked as strictly as new events.
 */

/** One reason behind an action: the rule id, a one-line reason, and the evidence id when a default shaped it. */
export const WhySchema = /* @__PURE__ */ z.object({
  rule: /* @__PURE__ */ requiredText("id"),
  text: /* @__PURE__ */ requiredText("sentence"),
  source: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ capped("code"), /* @__PURE__ */ z.regex(/^E-[A-Z0-9]+(?:-[A-Z0-9]+)*$/)),
  ),
}) satisfies z.ZodMiniType<Why>;

/**
 * One reason behind a piece of advice: which rule made it, why, in a sentence, and the evidence
 * behind the default it used. Every action, follow-up and the thank-you advice carry a list of them.
 * Its schema is {@link WhySchema}.
 *
 * @example
 * ```ts
 * const why: Why = {
 *   rule: "thank-you.interest",
 *   text: "You want this job: a thank-you letter says so, thanks them, and sets you apart, since most candidates never send one.",
 *   source: "E-TY-MATTERS",
 * };
 * ```
 */
export interface Why {
  /** The id of the rule that gave the advice, dotted by topic (`"thank-you.channel"`, `"follow-up.first-call"`), up to 200 characters. */
  rule: string;
  /** The reason in one sentence, written to the candidate, up to 500 characters. */
  text: string;
  /**
   * The evidence id in `reference/evidence.md` when a default shaped the advice (`"E-TY-CHANNEL"`,
   * `"E-FU-STATED"`): `E-` and upper-case words joined by hyphens, up to 20 characters.
   */
  source?: string | undefined;
}

const whyList = /* @__PURE__ */ z.array(WhySchema).check(/* @__PURE__ */ capped("smallList"));

/** A person as the plan copies them (recipients, action targets). */
const PlanPersonSchema = /* @__PURE__ */ planPerson();

/** Built by a function, not by spreading `personShape` at module level: see `event` in `plan-event.ts`. */
function planPerson() {
  return z.object({ ...personShape, address: z.optional(z.object(postalAddressShape)) });
}

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

/** The zod schema of {@link PlanDecision}, one part of a {@link Plan}. */
export const PlanDecisionSchema = /* @__PURE__ */ z
  .object({
    earliest: DateString,
    latest: DateString,
    source: /* @__PURE__ */ z.enum(DECISION_SOURCES),
    timeline: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .object({
          earliest: /* @__PURE__ */ z.optional(DateString),
          latest: /* @__PURE__ */ z.optional(DateString),
          min: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
          max: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
          unit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(TIMELINE_UNITS)),
          text: /* @__PURE__ */ text("sentence"),
          confidence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(TIMELINE_CONFIDENCES)),
          notes: /* @__PURE__ */ z.optional(
            /* @__PURE__ */ z.array(/* @__PURE__ */ text("sentence")).check(/* @__PURE__ */ z.maxLength(4)),
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
  .check(/* @__PURE__ */ ordered("earliest", "latest", compareDates, true)) satisfies z.ZodMiniType<PlanDecision>;

/** The zod schema of {@link PlanThankYou}, one part of a {@link Plan}. */
export const PlanThankYouSchema = /* @__PURE__ */ z.object({
  send: /* @__PURE__ */ z.boolean(),
  channel: /* @__PURE__ */ z.enum(THANK_YOU_CHANNELS),
  format: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(THANK_YOU_FORMATS)),
  writeBy: /* @__PURE__ */ z.optional(InstantString),
  sendBy: /* @__PURE__ */ z.optional(InstantString),
  recipients: /* @__PURE__ */ z.array(PlanPersonSchema).check(/* @__PURE__ */ capped("smallList")),
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
}) satisfies z.ZodMiniType<PlanThankYou>;

/** Another way to make the same touch: leave a voicemail, or write an email. */
const AlternativeSchema = /* @__PURE__ */ z.object({
  channel: /* @__PURE__ */ z.enum(["voicemail", "email"]),
  templateId: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ capped("name"), /* @__PURE__ */ z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
});

/** The zod schema of {@link PlanFollowUp}, one part of a {@link Plan}. */
export const PlanFollowUpSchema = /* @__PURE__ */ z
  .object({
    attempt: /* @__PURE__ */ boundedInt(1, 100),
    channel: /* @__PURE__ */ z.enum(FOLLOW_UP_CHANNELS),
    alternatives: /* @__PURE__ */ z.array(AlternativeSchema).check(/* @__PURE__ */ z.maxLength(4)),
    opens: InstantString,
    closes: InstantString,
    forCandidate: WindowSchema,
    why: whyList,
  })
  .check(/* @__PURE__ */ ordered("opens", "closes", compareInstants, false)) satisfies z.ZodMiniType<PlanFollowUp>;

/** The zod schema of {@link PlanAction}, one part of a {@link Plan}. */
export const PlanActionSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ requiredText("id"),
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
      .check(/* @__PURE__ */ capped("name"), /* @__PURE__ */ z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)),
  ),
  status: /* @__PURE__ */ z.enum(ACTION_STATUSES),
  overdue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  why: whyList,
}) satisfies z.ZodMiniType<PlanAction>;

/**
 * One thing for the candidate to do, on the plan's to-do list (`plan.actions`). Its schema is
 * {@link PlanActionSchema}.
 *
 * @example
 * ```ts
 * const action: PlanAction = {
 *   id: "write-thank-you-1",
 *   kind: "write-thank-you",
 *   due: { start: "2026-11-24T15:30:00-06:00[America/Chicago]", end: "2026-11-24T21:00:00-06:00[America/Chicago]" },
 *   channel: "email",
 *   to: { name: "Dana Whitfield", email: "dana@acme.example" },
 *   templateId: "thank-you/email",
 *   status: "pending",
 *   why: [
 *     {
 *       rule: "thank-you.recipients",
 *       text: "Write to Dana Whitfield personally: mention what you discussed together, not a copy of the other letters.",
 *     },
 *   ],
 * };
 * ```
 */
export interface PlanAction {
  /**
   * The action's id, unique in the plan (`"confirm-recipients"`, `"write-thank-you-1"`,
   * `"follow-up-2"`), up to 200 characters. The same input gives the same ids, so an app can keep
   * its own notes against them.
   */
  id: string;
  /** What the action asks the candidate to do. */
  kind: ActionKind;
  /**
   * When to do it, on the candidate's clock: from `start` to `end`, each an ISO 8601 instant with the
   * offset and the zone, as `2026-12-01T08:30:00-06:00[America/Chicago]`. Absent for an action with
   * no time of its own.
   */
  due?:
    | {
        /** The earliest moment worth doing it. */
        start: string;
        /** The moment it is due by; never before `start`. */
        end: string;
      }
    | undefined;
  /** How the action reaches the other person, when it reaches anyone. */
  channel?: ActionChannel | undefined;
  /** Whom it is for: a copy of an interviewer, the scheduler or another contact from the input. */
  to?: Person | undefined;
  /**
   * The template that writes the letter, email or script for it, as `area/name` in lower case
   * (`"thank-you/email"`, `"follow-up/call-script"`); `compose` in `@afterview/templates` takes it.
   */
  templateId?: string | undefined;
  /** Whether it is still to do. When the plan's status changes, the pending actions it leaves behind become `skipped`. */
  status: ActionStatus;
  /**
   * `true` on a pending action whose window closed before the `now` of the `createPlan` or
   * `applyEvent` call that made the plan: it is past due, though it can still be done late. Absent
   * otherwise (core never writes `false`). Computed at that `now` only: a stored plan read later does
   * not update it, so a view with its own clock should also compare `due.end` with it.
   */
  overdue?: boolean | undefined;
  /** Why this action, and why then: up to 20 reasons. */
  why: Why[];
}

/**
 * One follow-up touch after the decision window has passed: a call in the employer's calling hours
 * that also falls in the candidate's own, or an email when the two never meet. Each has a matching
 * `follow-up` action. Its schema is {@link PlanFollowUpSchema}.
 */
export interface PlanFollowUp {
  /** Which touch this is, counting from 1; the count carries on when the plan is re-planned. From 1 to 100. */
  attempt: number;
  /** `phone`, as recruiters advise (E-FU-CHANNEL); `email` when no calling window meets the candidate's hours within a working week. */
  channel: FollowUpChannel;
  /**
   * What to do when nobody answers, or a call is not possible: leave a voicemail, or write an email,
   * each with the template for it. Up to 4; empty for an email touch.
   */
  alternatives: {
    /** The other way to make the touch. */
    channel: "voicemail" | "email";
    /** The template that writes it, as `area/name` (`"follow-up/voicemail"`, `"follow-up/email"`). */
    templateId: string;
  }[];
  /**
   * When the window opens, on the employer's clock: an ISO 8601 instant with the offset and the zone,
   * as `2026-12-01T09:30:00-05:00[America/New_York]`.
   */
  opens: string;
  /** When the window closes, on the employer's clock; after `opens`. */
  closes: string;
  /** The same window on the candidate's clock. */
  forCandidate: {
    /** When the window opens, in the candidate's zone (`2026-12-01T08:30:00-06:00[America/Chicago]`). */
    opens: string;
    /** When it closes, in the candidate's zone; after `opens`. */
    closes: string;
  };
  /** Why this touch, and why then: up to 20 reasons. */
  why: Why[];
}

/**
 * The thank-you advice: whether to send letters, how, to whom and by when, with the reasons. It is
 * also what `adviseThankYou` returns. Its schema is {@link PlanThankYouSchema}.
 */
export interface PlanThankYou {
  /** Whether to send thank-you letters: `false` only when the candidate is not interested in the job. */
  send: boolean;
  /**
   * How the letters go out: by post only when they arrive in time, else by email (E-TY-CHANNEL),
   * unless `policy.thankYou.channel` says otherwise. `none` when `send` is `false`.
   */
  channel: ThankYouChannel;
  /** Typed, or handwritten (only with excellent handwriting on a posted letter). Absent when no letter is sent. */
  format?: ThankYouFormat | undefined;
  /**
   * When the letters should be written by, on the candidate's clock: that evening (21:00), or noon the
   * next day after a late interview (E-TY-TIMING). An ISO 8601 instant with the offset and the zone,
   * as `2026-11-24T21:00:00-06:00[America/Chicago]`. Absent when no letter is sent.
   */
  writeBy?: string | undefined;
  /**
   * When the last letter should be sent by, on the candidate's clock: the end of the email window when
   * any letter goes by email, else the posting deadline. Absent when no letter is sent.
   */
  sendBy?: string | undefined;
  /** The interviewers as the input gave them, one letter each, in input order; empty when no letter is sent. */
  recipients: Person[];
  /** The post, worked out whether or not it was chosen, so an app can show the dates. Absent when no letter is sent. */
  postal?:
    | {
        /** The last moment to post the letters and still make that day's collection, on the candidate's clock. */
        postBy: string;
        /** When a letter posted by `postBy` arrives; `latest` is the slowest letter's last day. */
        arrival: {
          /** The first day it may arrive, `YYYY-MM-DD`. */
          earliest: string;
          /** The last day it may arrive, `YYYY-MM-DD`; never before `earliest`. */
          latest: string;
        };
        /**
         * Whether every letter arrives at least `policy.thankYou.postalMarginBusinessDays` (1) employer
         * business days before the earliest expected decision (E-TY-CHANNEL).
         */
        beforeDecision: boolean;
      }
    | undefined;
  /** Why this advice: up to 20 reasons. */
  why: Why[];
}

/**
 * When the employer is expected to decide: a window of the employer's business days. Its schema is
 * {@link PlanDecisionSchema}.
 */
export interface PlanDecision {
  /** The first business day on which the answer may come, `YYYY-MM-DD` in the employer's calendar. */
  earliest: string;
  /** The last business day of the window, `YYYY-MM-DD`; never before `earliest`. The first follow-up comes after it. */
  latest: string;
  /**
   * Where the window came from: what the employer said (`stated`), the default wait of
   * `policy.decision.defaultBusinessDays` (5, E-FU-STATED) because nothing was said (`default`), or
   * the default because the words named a time that could not be read (`unread`).
   */
  source: DecisionSource;
  /**
   * The reading of what the employer said, as `parseDecisionTimeline` gives it, when they said
   * something. With `source` `default` or `unread` it holds only `text`, so the plan still shows the
   * words and the reasons can quote them.
   */
  timeline?:
    | {
        /** The first business day the answer may come, `YYYY-MM-DD`. */
        earliest?: string | undefined;
        /** The last business day the employer gave itself, `YYYY-MM-DD`; never before `earliest`. */
        latest?: string | undefined;
        /** The smaller stated count, in `unit`, from 0 to 1000; absent when `unit` is `date`. */
        min?: number | undefined;
        /** The larger stated count, in `unit`; at least `min`. */
        max?: number | undefined;
        /** What `min` and `max` count. */
        unit?: TimelineUnit | undefined;
        /** The words the window was read from, as the employer said them (`"within two or three days"`), up to 500 characters. */
        text: string;
        /** How sure the parser is that it read the words as meant. */
        confidence?: TimelineConfidence | undefined;
        /** Up to 4 things worth knowing about the reading (a date that reads two ways, a holiday the employer does not keep); the follow-up's reasons repeat them. */
        notes?: string[] | undefined;
      }
    | undefined;
}

/** One side of the interview as the plan remembers it, so events can re-plan without the input. */
const SideSchema = /* @__PURE__ */ z.object({
  timeZone: TimeZoneName,
  country: CountryCode,
  region: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("code")),
});

/**
 * What the plan keeps of its input so that `applyEvent` can re-plan on its own: both sides' zones and
 * calendars, the interview's end, the company, and the people an action may be addressed to.
 */
const PlanContextSchema = /* @__PURE__ */ z.object({
  interviewEnd: InstantString,
  company: /* @__PURE__ */ requiredText("name"),
  role: /* @__PURE__ */ requiredText("name"),
  employer: SideSchema,
  candidate: SideSchema,
  scheduler: /* @__PURE__ */ z.optional(PlanPersonSchema),
  interviewers: /* @__PURE__ */ z.array(PlanPersonSchema).check(/* @__PURE__ */ capped("smallList")),
  language: /* @__PURE__ */ z.optional(LanguageTag),
}) satisfies z.ZodMiniType<PlanContextData>;

/** What a plan keeps of its interview (`plan.context`); written out in {@link Plan}. */
export type PlanContextData = Plan["context"];

/**
 * Something in the input afterview accepted but doubts, with the dotted `path` of the field
 * (`candidate.timeZone`) and a `message` that says why and what to use instead. See
 * `PLAN_WARNING_CODES` for the codes.
 */
export const PlanWarningSchema = /* @__PURE__ */ z.object({
  code: /* @__PURE__ */ z.enum(PLAN_WARNING_CODES),
  path: /* @__PURE__ */ requiredText("id"),
  message: /* @__PURE__ */ requiredText("sentence"),
}) satisfies z.ZodMiniType<PlanWarning>;

/**
 * Something in the input that afterview accepted but doubts. The plan is made all the same; the
 * warning says what to change. Its schema is {@link PlanWarningSchema}.
 *
 * @example
 * ```ts
 * const warning: PlanWarning = {
 *   code: "fixed-offset-zone",
 *   path: "company.timeZone",
 *   message:
 *     '"EST" is a fixed offset (UTC-05:00): it has no summer time and names no place. ' +
 *     'The clocks in "America/New_York" agree with it on 2026-11-24, but from 2027-03-14 they are 1 hour ahead, ' +
 *     'and times after that would be off: use "America/New_York".',
 * };
 * ```
 */
export interface PlanWarning {
  /** What kind of doubt it is. */
  code: PlanWarningCode;
  /** The dotted path of the field in the interview input (`"candidate.timeZone"`), up to 200 characters. */
  path: string;
  /** Why it is doubtful and what to use instead, in plain sentences, up to 500 characters. */
  message: string;
}

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
  interviewId: /* @__PURE__ */ requiredText("id"),
  createdAt: InstantString,
  status: /* @__PURE__ */ z.enum(PLAN_STATUSES),
  context: PlanContextSchema,
  decision: PlanDecisionSchema,
  thankYou: PlanThankYouSchema,
  followUps: /* @__PURE__ */ z.array(PlanFollowUpSchema).check(/* @__PURE__ */ capped("smallList")),
  quietUntil: /* @__PURE__ */ z.optional(InstantString),
  actions: /* @__PURE__ */ z.array(PlanActionSchema).check(/* @__PURE__ */ capped("actions")),
  offer: /* @__PURE__ */ z.optional(OfferSchema),
  history: /* @__PURE__ */ z.array(PlanEventSchema).check(/* @__PURE__ */ capped("history")),
  warnings: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(PlanWarningSchema).check(/* @__PURE__ */ capped("smallList")),
    () => [],
  ),
}) satisfies z.ZodMiniType<Plan>;

/**
 * The plan for the time after one interview, as plain JSON: when the employer should decide, the
 * thank-you advice, the follow-ups, and the to-do list, each piece with its reasons. `createPlan`
 * makes it and `applyEvent` folds events into it; store it as JSON and pass it back as it is.
 * Instants are ISO 8601 strings with the offset and the zone, as
 * `2026-12-01T09:30:00-05:00[America/New_York]`; dates are `YYYY-MM-DD`. Keys a plan does not define
 * are dropped when it is read back. Its schema is {@link PlanSchema}.
 */
export interface Plan {
  /** The plan format's version, `1`. A plan of another version is refused rather than misread. */
  version: 1;
  /** The `id` of the interview input the plan was made for. */
  interviewId: string;
  /** The `now` that `createPlan` was given, on the candidate's clock. */
  createdAt: string;
  /** Where the process stands. It starts at `awaiting-decision`; events move it on. */
  status: PlanStatus;
  /** What the plan keeps of its interview input, so `applyEvent` can re-plan without it. */
  context: {
    /** When the interview ended, on the employer's clock. */
    interviewEnd: string;
    /** The employer's name (`company.name` of the input). */
    company: string;
    /** The job interviewed for (`role` of the input). */
    role: string;
    /** The employer's zone and calendar, as `company` gave them. */
    employer: {
      /** The IANA time zone of the office that decides. */
      timeZone: string;
      /** The employer's country, upper-case ISO 3166-1 alpha-2. */
      country: string;
      /** The subdivision whose holidays the employer keeps, when given. */
      region?: string | undefined;
    };
    /** The candidate's zone and calendar, as `candidate` gave them. */
    candidate: {
      /** The IANA time zone where the candidate lives. */
      timeZone: string;
      /** The candidate's country, upper-case ISO 3166-1 alpha-2. */
      country: string;
      /** The subdivision whose holidays the candidate keeps, when given. */
      region?: string | undefined;
    };
    /** The person who arranged the interview, when known: the first person to call about the decision. */
    scheduler?: Person | undefined;
    /** The interviewers, as the input gave them (up to 20). */
    interviewers: Person[];
    /** The interview's `language`, when it gave one: a timeline heard later is read in it too. */
    language?: string | undefined;
  };
  /** When the employer is expected to decide. */
  decision: PlanDecision;
  /** Whether, how, to whom and by when to send thank-you letters. */
  thankYou: PlanThankYou;
  /**
   * The follow-up touches after the decision window, earliest first, up to 20: by default 3, at least
   * 5 business days apart (E-FU-STATED). Empty when the candidate is not interested.
   */
  followUps: PlanFollowUp[];
  /**
   * While waiting for the decision: the moment, on the candidate's clock, before which there is
   * nothing to do but wait (the next pending follow-up's opening). Absent when no follow-up is pending.
   */
  quietUntil?: string | undefined;
  /**
   * The to-do list, up to 200 actions, sorted by when each falls due; ties go by kind (confirm, write,
   * send, follow up…) and then by id.
   */
  actions: PlanAction[];
  /** The offer on the table, once one is received. */
  offer?: Offer | undefined;
  /** The events folded into the plan so far, oldest first, up to 1,000. */
  history: PlanEvent[];
  /**
   * Input that afterview accepted but doubts, such as a zone written `"EST"`. Core always writes it;
   * a plan stored before warnings existed reads back with `warnings: []`.
   */
  warnings: PlanWarning[];
}
