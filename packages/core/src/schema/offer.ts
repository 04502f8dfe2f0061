import * as z from "zod/mini";
import { decimalPlaces, largestExactAmount } from "../money/decimals.js";
import { currencyMinorUnits } from "./currencies.js";
import { PAY_PERIODS, RANGE_SOURCES } from "./enums.js";
import { boundedInt, boundedNumber, CurrencyCode, DateString, InstantString, text } from "./fields.js";
import { LIMITS } from "./limits.js";

/** The largest amount accepted (10^12 major units): far above any pay, well inside exact doubles. */
export const MAX_AMOUNT = 1e12;

/**
 * An amount of money in major units (dollars, not cents) of an ISO 4217 currency, with no more
 * decimals than the currency's minor unit (`95000.5` USD is fine, `1000.5` JPY is not).
 * The amount is finite and between 0 and 10^12.
 */
export const MoneySchema = /* @__PURE__ */ z
  .strictObject({ amount: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT), currency: CurrencyCode })
  .check(
    /* @__PURE__ */ z.superRefine((money, ctx) => {
      const digits = currencyMinorUnits(money.currency);
      if (digits === undefined) return;
      const issue = amountIssue(money.amount, money.currency, digits);
      if (issue) ctx.addIssue({ code: "custom", path: ["amount"], input: money.amount, ...issue });
    }),
  );

/**
 * Why `amount` is not an exact amount of `currency` (more decimals than its minor unit, or more
 * minor units than a safe integer holds), or `undefined` when it is.
 */
function amountIssue(
  amount: number,
  currency: string,
  digits: number,
): { params: { code: string }; message: string } | undefined {
  if (decimalPlaces(amount) > digits) {
    return {
      params: { code: "too-precise" },
      message: `${amount} has more decimals than ${currency} allows (${digits})`,
    };
  }
  const largest = largestExactAmount(digits);
  if (amount > largest) {
    return {
      params: { code: "too-large" },
      message: `${amount} ${currency} is more than can be counted exactly in its minor units (at most ${largest})`,
    };
  }
  return undefined;
}

/** Money in major units of an ISO 4217 currency. See {@link MoneySchema}. */
export type Money = z.infer<typeof MoneySchema>;

const RangeSchema = /* @__PURE__ */ z
  .strictObject({
    min: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT),
    max: /* @__PURE__ */ boundedNumber(0, MAX_AMOUNT),
    source: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(RANGE_SOURCES)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((range, ctx) => {
      if (range.min > range.max) {
        ctx.addIssue({
          code: "custom",
          path: ["max"],
          input: range.max,
          params: { code: "range-order" },
          message: `must be at least min (${range.min})`,
        });
      }
    }),
  );

const EquitySchema = /* @__PURE__ */ z.strictObject({
  /** The grant's whole value (at the offer's valuation), not a yearly amount. */
  amount: MoneySchema,
  /** Years over which the grant vests evenly; 0 means vested at once. */
  vestingYears: /* @__PURE__ */ boundedNumber(0, 10),
  /** Months before the first shares vest (commonly 12); nothing vests before. Absent means no cliff. */
  cliffMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 120)),
});

/**
 * The yearly bonus the employer targets: a share of the yearly base (`{ percent: 10 }`) or an amount
 * per year (`{ amount: { amount: 9000, currency: "USD" } }`), exactly one of the two.
 */
const TargetBonusSchema = /* @__PURE__ */ z
  .strictObject({
    percent: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedNumber(0, 1000)),
    amount: /* @__PURE__ */ z.optional(MoneySchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((bonus, ctx) => {
      if ((bonus.percent === undefined) === (bonus.amount === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [],
          input: bonus,
          params: { code: "one-of" },
          message: "give either percent or amount, not both or neither",
        });
      }
    }),
  );

/**
 * A job offer. `base` is paid per `period`; `range` is the employer's pay range for the role in the
 * same currency and period (`min` ≤ `max`); `salaryFixed` says base pay is not negotiable.
 * `startDate` is a `YYYY-MM-DD` date, `deadline` an instant with an offset or `[zone]`.
 * `signOnBonus` is paid once; `targetBonus` yearly; `equity` is a grant vesting over `vestingYears`.
 * Money in another currency than `base` is compared only with rates the caller gives.
 * Unknown keys are refused so a misspelt field is reported, not ignored.
 */
export const OfferSchema = /* @__PURE__ */ z
  .strictObject({
    id: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(LIMITS.id)),
    base: MoneySchema,
    period: /* @__PURE__ */ z.enum(PAY_PERIODS),
    range: /* @__PURE__ */ z.optional(RangeSchema),
    salaryFixed: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    signOnBonus: /* @__PURE__ */ z.optional(MoneySchema),
    targetBonus: /* @__PURE__ */ z.optional(TargetBonusSchema),
    equity: /* @__PURE__ */ z.optional(EquitySchema),
    /** Paid days off per year. */
    ptoDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ boundedInt(0, 366)),
    startDate: /* @__PURE__ */ z.optional(DateString),
    deadline: /* @__PURE__ */ z.optional(InstantString),
  })
  .check(
    /* @__PURE__ */ z.superRefine((offer, ctx) => {
      // The range is in the base's currency, so its figures are held to the same minor unit.
      const digits = currencyMinorUnits(offer.base.currency);
      if (digits === undefined || !offer.range) return;
      for (const key of ["min", "max"] as const) {
        const issue = amountIssue(offer.range[key], offer.base.currency, digits);
        if (issue) ctx.addIssue({ code: "custom", path: ["range", key], input: offer.range[key], ...issue });
      }
    }),
  );

/** A job offer. See {@link OfferSchema}. */
export type Offer = z.infer<typeof OfferSchema>;
