/**
 * `@afterview/core/schema`: the data contracts behind the main entry, for apps that validate or
 * describe afterview's JSON themselves: the zod schemas (compose them into your own forms), the
 * JSON Schema documents (for code in other languages), the enum value lists, the reference tables
 * (country, currency and weekend codes, zone countries) and the limits every field is held to.
 *
 * Most apps need none of it: `parsePlan`, `parseInterviewInput` and the other `parse*` and
 * `safeParse*` functions of `@afterview/core` validate with these same schemas.
 *
 * @packageDocumentation
 */

export type { BusinessCalendarOptions } from "./calendar/business-calendar.js";
export { MAX_BUSINESS_DAYS, NO_COUNTRY } from "./calendar/business-calendar.js";
export type { HolidayTable } from "./calendar/holidays/holiday-table.js";
export type { Holiday } from "./calendar/types.js";
export { weekendDays } from "./calendar/weekend.js";
export { countryOfZone } from "./calendar/zone-calendar.js";
export type { AfterviewErrorCode } from "./errors/afterview-error.js";
export { isPreciseAmount } from "./money/precise.js";
export type { Fit, Market } from "./negotiation/context.js";
export { FIT_LEVELS, MarketSchema, NegotiationContextSchema } from "./negotiation/context.js";
export type {
  AdviceRangeSource,
  LeverKind,
  NegotiationLever,
  NegotiationRecommendation,
  NegotiationRisk,
} from "./negotiation/types.js";
export type { OfferValue, RankedOffer } from "./offers/compare.js";
export { CompareOffersContextSchema } from "./offers/compare.js";
export type { CandidateHours, NegotiationPolicy, PostalService, TimeOfDay, TimeWindow } from "./policy/defaults.js";
export { PolicyOverridesSchema } from "./policy/overrides.js";
export type { PostalArrivalOptions } from "./postal/postal-arrival.js";
export { DEFAULT_WORD_LIMITS } from "./review/checks/length.js";
export { IDENTICAL_LETTERS_THRESHOLD } from "./review/checks/similarity.js";
export type { DraftSetFinding } from "./review/review-drafts.js";
export type { DraftChannel, DraftFindingCode, DraftPosition, DraftSeverity, WordLimits } from "./review/types.js";
export { countryCodes, isCountryCode } from "./schema/countries.js";
export { currencyCodes, currencyMinorUnits, isCurrencyCode } from "./schema/currencies.js";
export type {
  ActionChannel,
  ActionKind,
  ActionStatus,
  AddressForm,
  DecisionSource,
  FollowUpChannel,
  FollowUpOutcome,
  Handwriting,
  Interest,
  InterviewFormat,
  PayPeriod,
  PlanEventType,
  PlanStatus,
  PlanWarningCode,
  RangeSource,
  SentChannel,
  ThankYouChannel,
  ThankYouFormat,
  TimelineConfidence,
  TimelineUnit,
} from "./schema/enums.js";
export {
  ACTION_CHANNELS,
  ACTION_KINDS,
  ACTION_STATUSES,
  ADDRESS_FORMS,
  DECISION_SOURCES,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  HANDWRITING_QUALITIES,
  INTEREST_LEVELS,
  INTERVIEW_FORMATS,
  PAY_PERIODS,
  PLAN_EVENT_TYPES,
  PLAN_STATUSES,
  PLAN_WARNING_CODES,
  RANGE_SOURCES,
  SENT_CHANNELS,
  THANK_YOU_CHANNELS,
  THANK_YOU_FORMATS,
  TIMELINE_CONFIDENCES,
  TIMELINE_UNITS,
} from "./schema/enums.js";
export { InterviewInputSchema } from "./schema/interview-input.js";
export type { JsonSchema } from "./schema/json-schema.js";
export {
  interviewInputJsonSchema,
  offerJsonSchema,
  planEventJsonSchema,
  planJsonSchema,
} from "./schema/json-schema.js";
export { LIMITS } from "./schema/limits.js";
export { MoneySchema, OfferSchema } from "./schema/offer.js";
export type { FormOfAddress } from "./schema/person.js";
export { FormOfAddressSchema, PersonSchema, PostalAddressSchema } from "./schema/person.js";
export {
  PlanActionSchema,
  PlanDecisionSchema,
  PlanFollowUpSchema,
  PlanSchema,
  PlanThankYouSchema,
  PlanWarningSchema,
  WhySchema,
} from "./schema/plan.js";
export type {
  FollowUpMadeEvent,
  NoResponseEvent,
  OfferAcceptedEvent,
  OfferDeclinedEvent,
  OfferReceivedEvent,
  RejectedEvent,
  ThankYouSentEvent,
  TimelineUpdatedEvent,
  WithdrewEvent,
} from "./schema/plan-event.js";
export { PlanEventSchema } from "./schema/plan-event.js";
export type { DateInput, InstantInput } from "./time/instant.js";
export { MAX_TIMELINE_TEXT } from "./timeline/parse.js";
