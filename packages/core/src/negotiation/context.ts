import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { PAY_PERIODS, type PayPeriod } from "../schema/enums.js";
import { boundedNumber, CurrencyCode, capped, text } from "../schema/fields.js";
import { findForbiddenKeys } from "../schema/forbidden-keys.js";
import { toValidationIssues } from "../schema/messages.js";
import { MAX_AMOUNT, type Offer, OfferSchema } from "../schema/offer.js";

/** How well the candidate matches what the role asks for. */
export const FIT_LEVELS = ["strong", "meets", "partial"] as const;
/** How well the candidate matches what the role asks for. */
export type Fit = (typeof FIT_LEVELS)[number];

const PERCENTILES = ["p25", "p50", "p75", "p90"] as const;
const amount = /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT);

/**
 * Market pay for the role (a salary survey, a pay site): any of the 25th, 50th, 75th and 90th
 * percentiles, in non-decreasing order. In the offer's currency and period unless `currency` or
 * `period` says otherwise.
 */
export const MarketSchema = /* @__PURE__ */ z
  .strictObject({
    p25: /* @__PURE__ */ z.optional(amount),
    p50: /* @__PURE__ */ z.optional(amount),
    p75: /* @__PURE__ */ z.optional(amount),
    p90: /* @__PURE__ */ z.optional(amount),
    currency: /* @__PURE__ */ z.optional(CurrencyCode),
    period: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(PAY_PERIODS)),
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ text("name")),
  })
  .check(
    /* @__PURE__ */ z.superRefine((market, ctx) => {
      const given = PERCENTILES.filter((p) => market[p] !== undefined);
      if (given.length === 0) {
        ctx.addIssue({
          code: "custom",
          path: [],
          input: market,
          params: { code: "required" },
          message: "give at least one percentile (p25, p50, p75 or p90)",
        });
      }
      for (let i = 1; i < given.length; i++) {
        const lower = given[i - 1]!;
        const higher = given[i]!;
        if ((market[higher] as number) < (market[lower] as number)) {
          ctx.addIssue({
            code: "custom",
            path: [higher],
            input: market[higher],
            params: { code: "range-order" },
            message: `must be at least ${lower} (${market[lower]})`,
          });
        }
      }
    }),
  ) satisfies z.ZodMiniType<Market>;

/**
 * Market pay for the role, from a salary survey or a pay site: at least one of the 25th, 50th, 75th
 * and 90th percentiles, each at least the one below it. Amounts are in major units, in the offer's
 * currency and period unless `currency` or `period` says otherwise. Without a range on the offer, the
 * advice estimates the employer's range from these figures. Its schema is {@link MarketSchema}.
 *
 * @example
 * ```ts
 * const market: Market = { p25: 88000, p50: 101000, p75: 118000, currency: "USD", period: "year" };
 * ```
 */
export interface Market {
  /** The 25th percentile: a quarter of people in the role earn less. From 0 to 10^12. */
  p25?: number | undefined;
  /** The median. An offer below it strengthens the candidate's hand (`policy.negotiation.leverageWeights.market`). */
  p50?: number | undefined;
  /**
   * The 75th percentile. An offer at or above it weakens the case for asking more; with nothing else
   * in the candidate's favour, an offer at or above `policy.negotiation.acceptAtPercentile` (75) is
   * worth accepting (E-NEG-RANGE).
   */
  p75?: number | undefined;
  /** The 90th percentile: only a tenth of people in the role earn more. */
  p90?: number | undefined;
  /** The figures' currency as an upper-case ISO 4217 code, when not the offer's; the context's `rates` must then convert it. */
  currency?: string | undefined;
  /** What period the figures are per, when not the offer's; restated with `policy.negotiation.hoursPerWeek` × `weeksPerYear`. */
  period?: PayPeriod | undefined;
  /** Where the figures come from (`"a 2026 salary survey"`), up to 200 characters, for your own records; the advice does not quote it. */
  source?: string | undefined;
}

/**
 * What the negotiation advice weighs besides the offer. Every field is optional; the more is known,
 * the firmer the advice. `yearsExperience` and `yearsRequired` compare the candidate with the posting;
 * `fit` is the candidate's honest reading of the match; `market` is pay for the role;
 * `competingOffers` are other offers in hand; `walkAway` is the least base pay the candidate would take,
 * in the offer's currency and period; `rates` converts other currencies into the offer's
 * (`{ EUR: 1.08 }`: one euro is 1.08 of the offer's currency); `policy` overrides the defaults.
 */
export const NegotiationContextSchema = /* @__PURE__ */ z.strictObject({
  yearsExperience: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 80)),
  yearsRequired: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 80)),
  fit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(FIT_LEVELS)),
  market: /* @__PURE__ */ z.optional(MarketSchema),
  competingOffers: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(OfferSchema).check(/* @__PURE__ */ capped("smallList")),
  ),
  walkAway: /* @__PURE__ */ z.optional(amount),
  rates: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      CurrencyCode,
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e9)),
    ),
  ),
  policy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
}) satisfies z.ZodMiniType<NegotiationContext>;

/**
 * What the negotiation advice weighs besides the offer. Every field is optional: the more it knows,
 * the firmer the advice. Unknown keys are refused. Its schema is {@link NegotiationContextSchema}.
 *
 * @example
 * ```ts
 * const context: NegotiationContext = {
 *   yearsExperience: 8,
 *   yearsRequired: 5,
 *   fit: "strong",
 *   market: { p50: 101000, p75: 118000 },
 *   walkAway: 92000,
 * };
 * ```
 */
export interface NegotiationContext {
  /**
   * The candidate's years of relevant experience, from 0 to 80 (fractions allowed). With
   * `yearsRequired` it moves leverage: more years than asked for strengthen the case, fewer weaken it.
   */
  yearsExperience?: number | undefined;
  /** The years of experience the posting asks for, from 0 to 80; read only together with `yearsExperience`. */
  yearsRequired?: number | undefined;
  /** The candidate's honest reading of how well they match the role: `strong` strengthens the case, `partial` weakens it. */
  fit?: Fit | undefined;
  /** Market pay for the role; without a range on the offer, the advice estimates one from it. */
  market?: Market | undefined;
  /**
   * Other offers in hand, up to 20. One whose base, restated in this offer's currency and period,
   * pays more strengthens the case for asking.
   */
  competingOffers?: Offer[] | undefined;
  /**
   * The least base pay the candidate would take, in major units of the offer's currency, per the
   * offer's period. When the offer is below it and cannot rise to it, the advice is to consider
   * declining; the advice never suggests settling under it.
   */
  walkAway?: number | undefined;
  /**
   * Exchange rates into the offer's currency, for market figures and competing offers in another
   * one: `{ EUR: 1.08 }` says one euro is 1.08 of the offer's currency. Keys are upper-case ISO 4217
   * codes; rates are above 0 and at most 10^9.
   */
  rates?: Record<string, number> | undefined;
  /**
   * Changes to the negotiation defaults, as `PolicyOverrides` (only its `negotiation` part
   * matters here). Typed `unknown` because `resolvePolicy` validates it, naming fields under `policy`.
   */
  policy?: unknown;
}

/**
 * Validates a negotiation context (untyped JSON welcome); `undefined` reads as `{}`.
 *
 * @throws {AfterviewValidationError} naming the field, e.g. `market.p75` or `competingOffers[0].base.currency`.
 * @example
 * ```ts
 * parseNegotiationContext({ fit: "strong", yearsExperience: 8 });
 * //=> { fit: "strong", yearsExperience: 8 }
 * parseNegotiationContext({ market: { p50: 100000, p75: 90000 } });
 * // throws: market.p75: must be at least p50 (100000)
 * ```
 */
export function parseNegotiationContext(value: unknown): NegotiationContext {
  if (value === undefined) return {};
  const forbidden = findForbiddenKeys(value);
  if (forbidden.length > 0) throw new AfterviewValidationError(forbidden, { subject: "negotiation context" });
  const result = z.safeParse(NegotiationContextSchema, value, { reportInput: true });
  if (result.success) return result.data;
  throw new AfterviewValidationError(toValidationIssues(result.error.issues), {
    subject: "negotiation context",
    cause: result.error,
  });
}
