/**
 * `@afterview/core`: the rules for the time after a job interview, as pure functions. Start with
 * `createPlan` (or `parseInterviewInput` for untyped JSON); the schemas, JSON Schemas, enum lists
 * and reference tables are on `@afterview/core/schema`, the browser's holiday tables on
 * `@afterview/core/holidays`.
 *
 * @packageDocumentation
 */

export { businessCalendar, weekdayCalendar } from "./calendar/business-calendar.js";
export { defaultHolidaySource } from "./calendar/holidays/default-source.js";
export { registerHolidays } from "./calendar/holidays/register.js";
export type { TableSource } from "./calendar/holidays/table-source.js";
export { createTableSource } from "./calendar/holidays/table-source.js";
export type { BusinessCalendar, CalendarSpec, HolidaySource } from "./calendar/types.js";
export { calendarForZone } from "./calendar/zone-calendar.js";
export type { ValidationIssue } from "./errors/afterview-error.js";
export { AfterviewError, AfterviewValidationError } from "./errors/afterview-error.js";
export type { FollowUpWindow } from "./follow-up/schedule.js";
export { followUpSchedule } from "./follow-up/schedule.js";
export { currencyDigits } from "./money/digits.js";
export { formatMoney } from "./money/format-money.js";
export { adviseNegotiation } from "./negotiation/advise.js";
export type { NegotiationContext } from "./negotiation/context.js";
export { parseNegotiationContext } from "./negotiation/context.js";
export type { NegotiationAdvice } from "./negotiation/types.js";
export type { CompareOffersContext, OfferComparison } from "./offers/compare.js";
export { compareOffers } from "./offers/compare.js";
export { coordinatePlans } from "./offers/coordinate.js";
export type { ApplyEventOptions } from "./plan/apply-event.js";
export { applyEvent } from "./plan/apply-event.js";
export type { PlanOptions } from "./plan/context.js";
export { createPlan } from "./plan/create-plan.js";
export type { Policy } from "./policy/defaults.js";
export { DEFAULT_POLICY } from "./policy/defaults.js";
export type { PolicyOverrides } from "./policy/overrides.js";
export { resolvePolicy } from "./policy/resolve-policy.js";
export type { PostalArrival } from "./postal/postal-arrival.js";
export { postalArrival } from "./postal/postal-arrival.js";
export { reviewDraft } from "./review/review-draft.js";
export type { DraftSetContext, DraftSetReview, RecipientDraft } from "./review/review-drafts.js";
export { reviewDrafts } from "./review/review-drafts.js";
export { countWords } from "./review/text/count-words.js";
export type { DraftFinding, DraftReview, ReviewContext } from "./review/types.js";
export type { InterviewInput } from "./schema/interview-input.js";
export type { Money, Offer } from "./schema/offer.js";
export { parseInterviewInput, parseOffer, parsePlan, parsePlanEvent } from "./schema/parse.js";
export type { Person, PostalAddress } from "./schema/person.js";
export type { Plan, PlanAction, PlanDecision, PlanFollowUp, PlanThankYou, PlanWarning, Why } from "./schema/plan.js";
export type { PlanEvent } from "./schema/plan-event.js";
export type { SafeParseResult } from "./schema/safe-parse.js";
export {
  safeParseInterviewInput,
  safeParseNegotiationContext,
  safeParseOffer,
  safeParsePlan,
  safeParsePlanEvent,
} from "./schema/safe-parse.js";
export type { ThankYouAdvice } from "./thank-you/advise.js";
export { adviseThankYou } from "./thank-you/advise.js";
export { type FormatWhenOptions, formatWhen, toDate, toZoned } from "./time/read.js";
export { convertWallClock, zonedAt } from "./time/wall-clock.js";
export { detectTimeMention, type TimeMention } from "./timeline/mention.js";
export { parseDecisionTimeline } from "./timeline/parse.js";
export type { DecisionTimeline, DecisionTimelineOptions } from "./timeline/types.js";
