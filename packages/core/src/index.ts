export type { BusinessCalendarOptions } from "./calendar/business-calendar.js";
export { businessCalendar, MAX_BUSINESS_DAYS, NO_COUNTRY, weekdayCalendar } from "./calendar/business-calendar.js";
export { createTableSource } from "./calendar/holidays/browser-source.js";
export { defaultHolidaySource } from "./calendar/holidays/default-source.js";
export type { HolidayTable } from "./calendar/holidays/holiday-table.js";
export { registerHolidays } from "./calendar/holidays/register.js";
export type { BusinessCalendar, CalendarSpec, Holiday, HolidaySource } from "./calendar/types.js";
export { weekendDays } from "./calendar/weekend.js";
export { calendarForZone, countryOfZone } from "./calendar/zone-calendar.js";
export type { AfterviewErrorCode, ValidationIssue } from "./errors/afterview-error.js";
export { AfterviewError, AfterviewValidationError } from "./errors/afterview-error.js";
export type { FollowUpWindow } from "./follow-up/schedule.js";
export { followUpSchedule } from "./follow-up/schedule.js";
export { currencyDigits } from "./money/digits.js";
export { formatMoney } from "./money/format-money.js";
export { isPreciseAmount } from "./money/precise.js";
export { adviseNegotiation } from "./negotiation/advise.js";
export type { Fit, Market, NegotiationContext } from "./negotiation/context.js";
export { FIT_LEVELS, MarketSchema, NegotiationContextSchema, parseNegotiationContext } from "./negotiation/context.js";
export type {
  AdviceRangeSource,
  LeverKind,
  NegotiationAdvice,
  NegotiationLever,
  NegotiationRecommendation,
  NegotiationRisk,
} from "./negotiation/types.js";
export type { CompareOffersContext, OfferComparison, OfferValue, RankedOffer } from "./offers/compare.js";
export { CompareOffersContextSchema, compareOffers } from "./offers/compare.js";
export type { CoordinateOptions } from "./offers/coordinate.js";
export { coordinatePlans } from "./offers/coordinate.js";
export type { ApplyEventOptions } from "./plan/apply-event.js";
export { applyEvent } from "./plan/apply-event.js";
export type { PlanOptions } from "./plan/context.js";
export { createPlan } from "./plan/create-plan.js";
export type {
  CandidateHours,
  NegotiationPolicy,
  Policy,
  PostalService,
  TimeOfDay,
  TimeWindow,
} from "./policy/defaults.js";
export { DEFAULT_POLICY } from "./policy/defaults.js";
export type { PolicyOverrides } from "./policy/overrides.js";
export { PolicyOverridesSchema } from "./policy/overrides.js";
export { resolvePolicy } from "./policy/resolve-policy.js";
export type { PostalArrival, PostalArrivalAddress, PostalArrivalOptions } from "./postal/postal-arrival.js";
export { postalArrival } from "./postal/postal-arrival.js";
export { DEFAULT_WORD_LIMITS } from "./review/checks/length.js";
export { IDENTICAL_LETTERS_THRESHOLD } from "./review/checks/similarity.js";
export { reviewDraft } from "./review/review-draft.js";
export type { DraftSetContext, DraftSetFinding, DraftSetReview, RecipientDraft } from "./review/review-drafts.js";
export { reviewDrafts } from "./review/review-drafts.js";
export { countWords } from "./review/text/count-words.js";
export type {
  DraftChannel,
  DraftFinding,
  DraftFindingCode,
  DraftPosition,
  DraftReview,
  DraftSeverity,
  ReviewContext,
  WordLimits,
} from "./review/types.js";
export { countryCodes, isCountryCode } from "./schema/countries.js";
export { currencyCodes, currencyMinorUnits, isCurrencyCode } from "./schema/currencies.js";
export type {
  ActionChannel,
  ActionKind,
  ActionStatus,
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
export type { InterviewInput } from "./schema/interview-input.js";
export { InterviewInputSchema } from "./schema/interview-input.js";
export type { JsonSchema } from "./schema/json-schema.js";
export {
  interviewInputJsonSchema,
  offerJsonSchema,
  planEventJsonSchema,
  planJsonSchema,
} from "./schema/json-schema.js";
export { LIMITS } from "./schema/limits.js";
export type { Money, Offer } from "./schema/offer.js";
export { MoneySchema, OfferSchema } from "./schema/offer.js";
export { parseInterviewInput, parseOffer, parsePlan, parsePlanEvent } from "./schema/parse.js";
export type { Person, PostalAddress } from "./schema/person.js";
export { PersonSchema, PostalAddressSchema } from "./schema/person.js";
export type { Plan, PlanAction, PlanDecision, PlanFollowUp, PlanThankYou, PlanWarning, Why } from "./schema/plan.js";
export {
  PlanActionSchema,
  PlanDecisionSchema,
  PlanFollowUpSchema,
  PlanSchema,
  PlanThankYouSchema,
  PlanWarningSchema,
  WhySchema,
} from "./schema/plan.js";
export type { PlanEvent } from "./schema/plan-event.js";
export { PlanEventSchema } from "./schema/plan-event.js";
export type { ThankYouAdvice } from "./thank-you/advise.js";
export { adviseThankYou } from "./thank-you/advise.js";
export type { DateInput, InstantInput } from "./time/instant.js";
export { type FormatWhenOptions, formatWhen, toDate, toZoned } from "./time/read.js";
export { convertWallClock, inZone, zonedAt } from "./time/wall-clock.js";
export { detectTimeMention, type TimeMention } from "./timeline/mention.js";
export { MAX_TIMELINE_TEXT, parseDecisionTimeline } from "./timeline/parse.js";
export type {
  DecisionTimeline,
  DecisionTimelineConfidence,
  DecisionTimelineOptions,
  DecisionTimelineUnit,
} from "./timeline/types.js";
