import * as z from "zod/mini";
import { AfterviewValidationError } from "../errors/afterview-error.js";
import { PAY_PERIODS } from "../schema/enums.js";
import { boundedNumber, CurrencyCode, text } from "../schema/fields.js";
import { findForbiddenKeys } from "../schema/forbidden-keys.js";
import { LIMITS } from "../schema/limits.js";
import { toValidationIssues } from "../schema/messages.js";
import { MAX_AMOUNT, OfferSchema } from "../schema/offer.js";

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
    /** Where the figures come from, for the reasons shown. */
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.name)),
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
  );

/** Market pay for the role. See {@link MarketSchema}. */
export type Market = z.infer<typeof MarketSchema>;

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
    /* @__PURE__ */ z.array(OfferSchema).check(/* @__PURE__ */ z.maxLength(LIMITS.smallList)),
  ),
  walkAway: /* @__PURE__ */ z.optional(amount),
  rates: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      CurrencyCode,
      /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1e9)),
    ),
  ),
  /** Policy overrides (see `PolicyOverrides`); validated by `resolvePolicy`. */
  policy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

/** What the negotiation advice weighs besides the offer. See {@link NegotiationContextSchema}. */
export type NegotiationContext = z.infer<typeof NegotiationContextSchema>;

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
