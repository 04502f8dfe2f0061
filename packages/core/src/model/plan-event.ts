import * as z from "zod/mini";
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_OUTCOMES, SENT_CHANNELS } from "./enums.js";
import { InstantString, requiredText, text } from "./fields.js";
import { LIMITS } from "./limits.js";
import { OfferSchema } from "./offer.js";

/** Every event has a caller-chosen `id` (makes `applyEvent` idempotent) and the instant `at`. */
const base = { id: requiredText(LIMITS.id), at: InstantString };

const ThankYouSentSchema = z.strictObject({
  type: z.literal("thank-you-sent"),
  ...base,
  channel: z.enum(SENT_CHANNELS),
  /** The name of the person written to, when letters went out one at a time. */
  recipient: z.optional(text(LIMITS.name)),
});

const FollowUpMadeSchema = z.strictObject({
  type: z.literal("follow-up-made"),
  ...base,
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  channel: z.optional(z.enum(FOLLOW_UP_CHANNELS)),
  /** A new timeline heard on the call, in the employer's words ("next Tuesday"). */
  timeline: z.optional(text(LIMITS.sentence)),
});

const TimelineUpdatedSchema = z.strictObject({
  type: z.literal("timeline-updated"),
  ...base,
  text: requiredText(LIMITS.sentence),
});

const OfferReceivedSchema = z.strictObject({ type: z.literal("offer-received"), ...base, offer: OfferSchema });

const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...base });

/**
 * Something that happened after the interview, folded into a plan by `applyEvent`.
 * A union on `type`: `thank-you-sent` (with `channel`), `follow-up-made` (with `outcome`),
 * `timeline-updated` (with `text`), `offer-received` (with `offer`), and `offer-accepted`,
 * `offer-declined`, `rejected`, `withdrew`, `no-response` (no more fields).
 * Unknown keys are refused.
 */
export const PlanEventSchema = z.discriminatedUnion("type", [
  ThankYouSentSchema,
  FollowUpMadeSchema,
  TimelineUpdatedSchema,
  OfferReceivedSchema,
  bare("offer-accepted"),
  bare("offer-declined"),
  bare("rejected"),
  bare("withdrew"),
  bare("no-response"),
]);

/** Something that happened after the interview. See {@link PlanEventSchema}. */
export type PlanEvent = z.infer<typeof PlanEventSchema>;
