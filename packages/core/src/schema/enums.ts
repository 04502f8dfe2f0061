/*
 * The closed sets of words used in inputs and plans. Each is a readonly array (for schemas,
 * menus and loops) and a union type of the same name in the singular.
 */

/** How the interview was held. */
export const INTERVIEW_FORMATS = ["onsite", "video", "phone"] as const;
/** How the interview was held. */
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

/** How much the candidate wants the job; a thank-you letter is advised only for `want`. */
export const INTEREST_LEVELS = ["want", "unsure", "not-interested"] as const;
/** How much the candidate wants the job. */
export type Interest = (typeof INTEREST_LEVELS)[number];

/** The candidate's own view of their handwriting; a handwritten note is advised only when `excellent`. */
export const HANDWRITING_QUALITIES = ["excellent", "average", "poor"] as const;
/** The candidate's own view of their handwriting. */
export type Handwriting = (typeof HANDWRITING_QUALITIES)[number];

/**
 * How a person wishes to be addressed, as the caller knows it (never guessed from a name):
 * `ms` and `mr` allow the gendered formal greetings (`Sehr geehrte Frau …`, `Estimada Sra. …:`),
 * `mx` and `none` ask for each language's gender-neutral greeting (`Guten Tag Alex Morgan,`).
 */
export const ADDRESS_FORMS = ["ms", "mr", "mx", "none"] as const;
/** One of {@link ADDRESS_FORMS}. */
export type AddressForm = (typeof ADDRESS_FORMS)[number];

/** How often an offer's base amount is paid. */
export const PAY_PERIODS = ["hour", "month", "year"] as const;
/** How often an offer's base amount is paid. */
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Where a pay range came from: a job posting, the employer when asked, or the candidate's estimate. */
export const RANGE_SOURCES = ["posted", "given", "estimated"] as const;
/** Where a pay range came from. */
export type RangeSource = (typeof RANGE_SOURCES)[number];

/** Where a plan stands. Every status except `awaiting-decision` and `offer` is final. */
export const PLAN_STATUSES = [
  "awaiting-decision",
  "offer",
  "accepted",
  "declined",
  "rejected",
  "withdrawn",
  "closed-no-response",
] as const;
/** Where a plan stands. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What an action asks the candidate to do. */
export const ACTION_KINDS = [
  "confirm-timeline",
  "confirm-recipients",
  "write-thank-you",
  "send-thank-you",
  "follow-up",
  "reflect",
  "respond-to-offer",
  "negotiate",
  "accept-offer",
  "celebrate",
  "reply-to-rejection",
  "withdraw",
  "restart-search",
] as const;
/** What an action asks the candidate to do. */
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * Whether an action is still to do. A pending action whose window has closed stays `pending` and
 * gains `overdue: true` (see `PlanActionSchema`): it can still be done late.
 */
export const ACTION_STATUSES = ["pending", "done", "skipped"] as const;
/** Whether an action is still to do. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How an action reaches the other person. */
export const ACTION_CHANNELS = ["email", "postal", "phone", "in-person"] as const;
/** How an action reaches the other person. */
export type ActionChannel = (typeof ACTION_CHANNELS)[number];

/** How the thank-you letter goes out; `email-then-postal` sends an email now and the letter after. */
export const THANK_YOU_CHANNELS = ["email", "postal", "email-then-postal", "none"] as const;
/** How the thank-you letter goes out. */
export type ThankYouChannel = (typeof THANK_YOU_CHANNELS)[number];

/** Whether the thank-you letter is typed or written by hand. */
export const THANK_YOU_FORMATS = ["typed", "handwritten"] as const;
/** Whether the thank-you letter is typed or written by hand. */
export type ThankYouFormat = (typeof THANK_YOU_FORMATS)[number];

/** The channel a thank-you letter was actually sent by (one event per channel). */
export const SENT_CHANNELS = ["email", "postal"] as const;
/** The channel a thank-you letter was actually sent by. */
export type SentChannel = (typeof SENT_CHANNELS)[number];

/** How a follow-up is made. */
export const FOLLOW_UP_CHANNELS = ["phone", "email"] as const;
/** How a follow-up is made. */
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

/** What came of a follow-up call. */
export const FOLLOW_UP_OUTCOMES = ["no-answer", "voicemail", "spoke"] as const;
/** What came of a follow-up call. */
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/**
 * Where the expected decision date came from: what the employer said (`stated`), the default wait
 * because nothing was said (`default`), or the default wait because the employer named a time that
 * could not be read (`unread`: the plan then asks the candidate for the date they heard).
 */
export const DECISION_SOURCES = ["stated", "default", "unread"] as const;
/** Where the expected decision date came from. */
export type DecisionSource = (typeof DECISION_SOURCES)[number];

/** Every unit a parsed decision timeline can count in; see {@link TimelineUnit}. */
export const TIMELINE_UNITS = ["business-day", "calendar-day", "week", "month", "date"] as const;
/**
 * What the numbers of a parsed decision timeline count.
 *
 * - `business-day`: the employer's working days. Plain "days" count as business days too.
 * - `calendar-day`: days on the wall calendar; only when the text says "calendar days".
 * - `week`: weeks of five business days each.
 * - `month`: calendar months.
 * - `date`: no count; the text names a day or a part of the calendar ("by Friday", "mid-December",
 *   "early next week"), so `min` and `max` are absent.
 */
export type TimelineUnit = (typeof TIMELINE_UNITS)[number];

/** How sure the timeline parser is of its reading. */
export const TIMELINE_CONFIDENCES = ["high", "medium", "low"] as const;
/** How sure the timeline parser is that it read the text as the speaker meant it. */
export type TimelineConfidence = (typeof TIMELINE_CONFIDENCES)[number];

/** Every kind of plan event, the `type` of a `PlanEvent`. */
export const PLAN_EVENT_TYPES = [
  "thank-you-sent",
  "follow-up-made",
  "timeline-updated",
  "offer-received",
  "offer-accepted",
  "offer-declined",
  "rejected",
  "withdrew",
  "no-response",
] as const;
/** Every kind of plan event. */
export type PlanEventType = (typeof PLAN_EVENT_TYPES)[number];

/**
 * What a plan warns about: input afterview accepted but doubts.
 * - `fixed-offset-zone`: a person's zone is a fixed offset (`"EST"`, `"UTC"`, `"Etc/GMT+5"`), with
 *   no summer time and no place, so times may be an hour or more off;
 * - `zone-abbreviation`: a person's zone is an abbreviation with summer-time rules but no place
 *   (`"CET"`, `"EST5EDT"`), which may not be the rules where they are.
 */
export const PLAN_WARNING_CODES = ["fixed-offset-zone", "zone-abbreviation"] as const;
/** What a plan warns about. */
export type PlanWarningCode = (typeof PLAN_WARNING_CODES)[number];
