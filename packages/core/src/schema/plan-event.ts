import * as z from "zod/mini";
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_OUTCOMES, SENT_CHANNELS } from "./enums.js";
import { InstantString, requiredText, text } from "./fields.js";
import { LIMITS } from "./limits.js";
import { OfferSchema } from "./offer.js";

/** Every event has a caller-chosen `id` (makes `applyEvent` idempotent) and the instant `at`. */
const base = { id: /* @__PURE__ */ requiredText(LIMITS.id), at: InstantString };

const ThankYouSentSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("thank-you-sent"),
  ...base,
  channel: /* @__PURE__ */ z.enum(SENT_CHANNELS),
  /** The name of the person written to, when letters went out one at a time. */
  recipient: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.name)),
});

const FollowUpMadeSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("follow-up-made"),
  ...base,
  outcome: /* @__PURE__ */ z.enum(FOLLOW_UP_OUTCOMES),
  channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(FOLLOW_UP_CHANNELS)),
  /** A new timeline heard on the call, in the employer's words ("next Tuesday"). */
  timeline: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.sentence)),
});

const TimelineUpdatedSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("timeline-updated"),
  ...base,
  text: /* @__PURE__ */ requiredText(LIMITS.sentence),
});

const OfferReceivedSchema = /* @__PURE__ */ z.strictObject({
  type: /* @__PURE__ */ z.literal("offer-received"),
  ...base,
  offer: OfferSchema,
});

const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...base });

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
]);

/** Something that happened after the interview. See {@link PlanEventSchema}. */
export type PlanEvent = z.infer<typeof PlanEventSchema>;
