import * as z from "zod/mini";
import {
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  type FollowUpChannel,
  type FollowUpOutcome,
  SENT_CHANNELS,
  type SentChannel,
} from "./enums.js";
import { InstantString, requiredText, text } from "./fields.js";
import { type Offer, OfferSchema } from "./offer.js";

/**
 * An event of `type` with `fields` after its caller-chosen `id` (makes `applyEvent` idempotent) and
 * the instant `at`. A function rather than a shared shape spread into each schema: a bundler drops
 * an unused module-level schema only when it can see that building it has no side effects, which a
 * spread does not let it prove.
 */
function event<T extends string, S extends z.core.$ZodLooseShape>(type: T, fields: S) {
  return z.strictObject({ type: z.literal(type), id: requiredText("id"), at: InstantString, ...fields });
}

const ThankYouSentSchema = /* @__PURE__ */ event("thank-you-sent", {
  channel: /* @__PURE__ */ z.enum(SENT_CHANNELS),
  recipient: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("name")),
});

const FollowUpMadeSchema = /* @__PURE__ */ event("follow-up-made", {
  outcome: /* @__PURE__ */ z.enum(FOLLOW_UP_OUTCOMES),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(FOLLOW_UP_CHANNELS)),
  timeline: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("sentence")),
});

const TimelineUpdatedSchema = /* @__PURE__ */ event("timeline-updated", {
  text: /* @__PURE__ */ requiredText("sentence"),
});

const OfferReceivedSchema = /* @__PURE__ */ event("offer-received", { offer: OfferSchema });

const bare = <T extends string>(type: T) => event(type, {});

/**
 * Something that happened after the interview, folded into a plan by `applyEvent`.
 * A union on `type`: `thank-you-sent` (with `channel`), `follow-up-made` (with `outcome`),
 * `timeline-updated` (with `text`), `offer-received` (with `offer`), and `offer-accepted`,
 * `offer-declined`, `rejected`, `withdrew`, `no-response` (no more fields).
 * Unknown keys are refused.
 */
export const PlanEventSchema = /* @__PURE__ */ z.discriminatedUnion("type", [
  ThankYouSentSchema,
  FollowUpMadeSchema,
  TimelineUpdatedSchema,
  OfferReceivedSchema,
  /* @__PURE__ */ bare("offer-accepted"),
  /* @__PURE__ */ bare("offer-declined"),
  /* @__PURE__ */ bare("rejected"),
  /* @__PURE__ */ bare("withdrew"),
  /* @__PURE__ */ bare("no-response"),
]) satisfies z.ZodMiniType<PlanEvent>;

/**
 * The thank-you letter went out by `channel`. The writing and confirming actions are done, and so
 * are the sending actions of that channel: all of them, or those to `recipient` when it is given.
 */
export interface ThankYouSentEvent {
  /** What happened. */
  type: "thank-you-sent";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`, as `2026-11-25T09:10:00-05:00[America/New_York]`. */
  at: string;
  /** How it was sent. A letter that went both ways is two events, one per channel. */
  channel: SentChannel;
  /** The name of the person written to, when letters go out one at a time; matched to the actions' recipients without regard to case. */
  recipient?: string | undefined;
}

/** A follow-up was made: the earliest pending follow-up is done. A new timeline heard on the call re-plans the wait. */
export interface FollowUpMadeEvent {
  /** What happened. */
  type: "follow-up-made";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`, as `2026-12-01T10:05:00-05:00[America/New_York]`. */
  at: string;
  /** What came of it. */
  outcome: FollowUpOutcome;
  /** How it was made, when you want to record it. */
  channel?: FollowUpChannel | undefined;
  /**
   * A new timeline heard on the call, in the employer's words (`"next Tuesday"`), up to 500
   * characters. It is read from `at` in the employer's business days, and the decision window and
   * the follow-ups after it are planned again.
   */
  timeline?: string | undefined;
}

/** The employer gave a new timeline (by email, say): the decision window and the follow-ups are planned again from it. */
export interface TimelineUpdatedEvent {
  /** What happened. */
  type: "timeline-updated";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened, which is when the new count starts: an ISO 8601 instant with an offset or a `[zone]`. */
  at: string;
  /** What the employer said, in their words (`"by the end of next week"`), up to 500 characters, not blank. */
  text: string;
}

/**
 * An offer arrived, or a revised one. The plan moves to `offer`: follow-ups are no longer needed,
 * and the candidate is to negotiate and answer by the offer's `deadline`.
 */
export interface OfferReceivedEvent {
  /** What happened. */
  type: "offer-received";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. Without a `deadline`, the answer is due a set number of business days after it. */
  at: string;
  /** The offer, as validated by {@link OfferSchema}; the plan keeps it as `plan.offer`. */
  offer: Offer;
}

/** The candidate accepted the offer: the plan is `accepted`: accept in writing, withdraw from other processes, and celebrate. */
export interface OfferAcceptedEvent {
  /** What happened. */
  type: "offer-accepted";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. */
  at: string;
}

/** The candidate declined the offer: the plan is `declined`: a gracious letter to write, a reflection, and the search again. */
export interface OfferDeclinedEvent {
  /** What happened. */
  type: "offer-declined";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. */
  at: string;
}

/** The employer said no (or withdrew its offer): the plan is `rejected`, with a gracious reply, a reflection and a fresh start to do. */
export interface RejectedEvent {
  /** What happened. */
  type: "rejected";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. The reply is due a set number of business days after it. */
  at: string;
}

/** The candidate withdrew from the process: the plan is `withdrawn`, with a reflection to write. */
export interface WithdrewEvent {
  /** What happened. */
  type: "withdrew";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. */
  at: string;
}

/**
 * The employer never answered. Accepted once every follow-up is made or the last one's window has
 * closed; the plan is then `closed-no-response`, and it is time to move on.
 */
export interface NoResponseEvent {
  /** What happened. */
  type: "no-response";
  /** Your id for the event, up to 200 characters, not blank. An event whose `id` the plan's history already holds changes nothing, so sending it twice is safe. */
  id: string;
  /** When it happened: an ISO 8601 instant with an offset or a `[zone]`. */
  at: string;
}

/**
 * Something that happened after the interview, folded into a plan by `applyEvent`: one of the
 * interfaces above, told apart by `type`. Every event has your `id` (so applying it twice changes
 * nothing) and the instant `at`. Unknown keys are refused. Its schema is {@link PlanEventSchema}.
 *
 * @example
 * ```ts
 * const event: PlanEvent = { type: "thank-you-sent", id: "e1", at: "2026-11-24T20:15:00-06:00", channel: "email" };
 * ```
 */
export type PlanEvent =
  | ThankYouSentEvent
  | FollowUpMadeEvent
  | TimelineUpdatedEvent
  | OfferReceivedEvent
  | OfferAcceptedEvent
  | OfferDeclinedEvent
  | RejectedEvent
  | WithdrewEvent
  | NoResponseEvent;
