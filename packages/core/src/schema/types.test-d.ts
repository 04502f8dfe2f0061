import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { Market, MarketSchema, NegotiationContext, NegotiationContextSchema } from "../negotiation/context.js";
import type { CompareOffersContext, CompareOffersContextSchema } from "../offers/compare.js";
import type { PolicyOverrides, PolicyOverridesSchema } from "../policy/overrides.js";
import type { InterviewInput, InterviewInputSchema } from "./interview-input.js";
import type { Money, MoneySchema, Offer, OfferSchema } from "./offer.js";
import type { Person, PersonSchema, PostalAddress, PostalAddressSchema } from "./person.js";
import type {
  Plan,
  PlanAction,
  PlanActionSchema,
  PlanDecision,
  PlanDecisionSchema,
  PlanFollowUp,
  PlanFollowUpSchema,
  PlanSchema,
  PlanThankYou,
  PlanThankYouSchema,
  PlanWarning,
  PlanWarningSchema,
  Why,
  WhySchema,
} from "./plan.js";
import type {
  FollowUpMadeEvent,
  NoResponseEvent,
  OfferAcceptedEvent,
  OfferDeclinedEvent,
  OfferReceivedEvent,
  PlanEvent,
  PlanEventSchema,
  RejectedEvent,
  ThankYouSentEvent,
  TimelineUpdatedEvent,
  WithdrewEvent,
} from "./plan-event.js";

/*
 * The written-out types the API reference shows must be exactly what their schemas produce. Each
 * schema also `satisfies z.ZodMiniType<T>` where it is declared, which catches a schema whose output
 * strays outside its interface; these checks catch the other direction too (a field the interface
 * has and the schema lost, a type the schema narrowed). `tsc` checks this file as well as vitest.
 */

describe("each interface is exactly what its schema parses to", () => {
  it("input types", () => {
    expectTypeOf<z.output<typeof InterviewInputSchema>>().toEqualTypeOf<InterviewInput>();
    expectTypeOf<z.output<typeof PersonSchema>>().toEqualTypeOf<Person>();
    expectTypeOf<z.output<typeof PostalAddressSchema>>().toEqualTypeOf<PostalAddress>();
    expectTypeOf<z.output<typeof MoneySchema>>().toEqualTypeOf<Money>();
    expectTypeOf<z.output<typeof OfferSchema>>().toEqualTypeOf<Offer>();
    expectTypeOf<z.output<typeof PlanEventSchema>>().toEqualTypeOf<PlanEvent>();
    expectTypeOf<z.output<typeof MarketSchema>>().toEqualTypeOf<Market>();
    expectTypeOf<z.output<typeof NegotiationContextSchema>>().toEqualTypeOf<NegotiationContext>();
    expectTypeOf<z.output<typeof CompareOffersContextSchema>>().toEqualTypeOf<CompareOffersContext>();
    expectTypeOf<z.output<typeof PolicyOverridesSchema>>().toEqualTypeOf<PolicyOverrides>();
  });

  it("plan types", () => {
    expectTypeOf<z.output<typeof PlanSchema>>().toEqualTypeOf<Plan>();
    expectTypeOf<z.output<typeof PlanActionSchema>>().toEqualTypeOf<PlanAction>();
    expectTypeOf<z.output<typeof PlanFollowUpSchema>>().toEqualTypeOf<PlanFollowUp>();
    expectTypeOf<z.output<typeof PlanThankYouSchema>>().toEqualTypeOf<PlanThankYou>();
    expectTypeOf<z.output<typeof PlanDecisionSchema>>().toEqualTypeOf<PlanDecision>();
    expectTypeOf<z.output<typeof PlanWarningSchema>>().toEqualTypeOf<PlanWarning>();
    expectTypeOf<z.output<typeof WhySchema>>().toEqualTypeOf<Why>();
  });

  it("each event type is one member of the union, picked by `type`", () => {
    expectTypeOf<Extract<PlanEvent, { type: "thank-you-sent" }>>().toEqualTypeOf<ThankYouSentEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "follow-up-made" }>>().toEqualTypeOf<FollowUpMadeEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "timeline-updated" }>>().toEqualTypeOf<TimelineUpdatedEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "offer-received" }>>().toEqualTypeOf<OfferReceivedEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "offer-accepted" }>>().toEqualTypeOf<OfferAcceptedEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "offer-declined" }>>().toEqualTypeOf<OfferDeclinedEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "rejected" }>>().toEqualTypeOf<RejectedEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "withdrew" }>>().toEqualTypeOf<WithdrewEvent>();
    expectTypeOf<Extract<PlanEvent, { type: "no-response" }>>().toEqualTypeOf<NoResponseEvent>();
  });
});

describe("what each schema accepts", () => {
  it("is its type, for schemas with no defaults", () => {
    expectTypeOf<z.input<typeof InterviewInputSchema>>().toEqualTypeOf<InterviewInput>();
    expectTypeOf<z.input<typeof OfferSchema>>().toEqualTypeOf<Offer>();
    expectTypeOf<z.input<typeof PlanEventSchema>>().toEqualTypeOf<PlanEvent>();
    expectTypeOf<z.input<typeof NegotiationContextSchema>>().toEqualTypeOf<NegotiationContext>();
    expectTypeOf<z.input<typeof CompareOffersContextSchema>>().toEqualTypeOf<CompareOffersContext>();
    expectTypeOf<z.input<typeof PolicyOverridesSchema>>().toEqualTypeOf<PolicyOverrides>();
  });

  it("is a plan whose `warnings` may be left out (a plan stored before they existed)", () => {
    // Flattened: expect-type compares an intersection by its parts, not by the object it makes.
    type StoredPlan = { [K in keyof Plan as K extends "warnings" ? never : K]: Plan[K] } & {
      warnings?: PlanWarning[] | undefined;
    };
    type Flat<T> = { [K in keyof T]: T[K] };
    expectTypeOf<z.input<typeof PlanSchema>>().toEqualTypeOf<Flat<StoredPlan>>();
  });
});
